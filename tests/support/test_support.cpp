#include "test_support.h"

#include "auth/password_hash.h"
#include "storage/user_repository.h"

#include "storage/taxonomy_repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <stdexcept>

namespace casedesk::test {

TestDatabase::TestDatabase() : m_path(m_dir.filePath(QStringLiteral("test.db")))
{
    auto opened = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

std::unique_ptr<Database> TestDatabase::openAgain() const
{
    auto opened = Database::open(m_path, Database::OpenMode::OpenExisting);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    return std::move(opened).value();
}

void addTestUser(const QSqlDatabase &db, const QString &name, Role role)
{
    auto hash = hashPassword(kTestPassword, HashCost::CheapForTests);
    if (!hash)
        throw std::runtime_error(hash.error().message.toStdString());
    auto added = UserRepository(db).add(name, role, fixedNow(), hash.value());
    if (!added)
        throw std::runtime_error(added.error().message.toStdString());
}

QDateTime fixedNow() { return QDateTime(QDate(2026, 3, 20), QTime(15, 30), QTimeZone(8 * 3600)); }

qint64 categoryIdByName(const QSqlDatabase &db, const QString &name)
{
    auto categories = TaxonomyRepository(db).categories(true);
    if (categories) {
        for (const Category &category : categories.value()) {
            if (category.name == name)
                return category.id;
        }
    }
    throw std::runtime_error("no such category");
}

Complaint sampleComplaint(const QSqlDatabase &db)
{
    Complaint c;
    c.consumer = {0, QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("11010519491231002X"),
                  QStringLiteral("上海市长宁区天山路100弄5号302室")};
    c.business = {0, QStringLiteral("悦动健身会所（长宁店）"), QStringLiteral("91350100M000100Y43"),
                  QStringLiteral("上海市长宁区延安西路1000号"), QStringLiteral("长宁区"), QStringLiteral("新华路街道")};
    c.channel = Channel::Platform12315;
    c.platformRef = QStringLiteral("1231520260315000123");
    c.categoryId = categoryIdByName(db, QStringLiteral("文化娱乐体育"));
    c.nature = Nature::Contract;
    c.amountFen = 240000;
    c.demand = QStringLiteral("要求退还剩余卡内余额2400元");
    c.facts = QStringLiteral("消费者于2025年4月5日办理年卡，支付4800元。2026年3月10日该店突然闭店，工作人员无法联系。");
    c.incidentDate = QDate(2025, 4, 5);
    c.receivedAt = QDateTime(QDate(2026, 3, 16), QTime(10, 15), QTimeZone(8 * 3600));
    c.assignee = QStringLiteral("李敏");
    return c;
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

void execOrFail(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace casedesk::test
