#include "catch_qt.h"
#include "test_support.h"

#include "export/complaint_json.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/prepaid_card_repository.h"
#include "storage/user_repository.h"

#include <QJsonDocument>

using namespace casedesk;
using namespace casedesk::test;

namespace {

PrepaidCard gymCard(qint64 complaintId)
{
    PrepaidCard card;
    card.complaintId = complaintId;
    card.type = CardType::Fitness;
    card.cardNumber = QStringLiteral("会员号A-1024");
    card.purchaseDate = QDate(2025, 4, 5);
    card.expiryDate = QDate(2026, 4, 5);
    card.termMonths = 12;
    card.paidFen = 480000;
    card.balanceFen = 240000;
    card.sessionsLeft = 36;
    card.businessState = BusinessState::Absconded;
    card.noticeGiven = NoticeGiven::No;
    return card;
}

} // namespace

TEST_CASE("prepaid card details are stored per complaint and audited and checked", "[prepaid]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    auto added = ComplaintRepository(c).add(sampleComplaint(c), QStringLiteral("李敏"), fixedNow());
    REQUIRE(added.ok());
    PrepaidCardRepository cards(c);
    CHECK_FALSE(cards.get(added->id)->has_value());

    REQUIRE(cards.save(gymCard(added->id), QStringLiteral("李敏"), fixedNow()).ok());
    auto stored = cards.get(added->id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK(stored->value().cardNumber == QStringLiteral("会员号A-1024"));
    CHECK(stored->value().sessionsLeft == 36);
    CHECK(stored->value().businessState == BusinessState::Absconded);
    CHECK(ComplaintRepository(c).get(added->id)->version == added->version + 1);
    CHECK(AuditRepository(c).history(added->id)->last().field == QStringLiteral("prepaid_card"));

    PrepaidCard bad = gymCard(added->id);
    bad.balanceFen = 900000; // more than was paid
    bad.purchaseDate = fixedNow().date().addDays(3);
    auto refused = cards.save(bad, QStringLiteral("李敏"), fixedNow());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldErrors.size() == 2);
    CHECK(cards.get(added->id)->value().balanceFen == 240000);
    bad = gymCard(added->id);
    bad.cardNumber = QString(41, QLatin1Char('9'));
    CHECK_FALSE(cards.save(bad, QStringLiteral("李敏"), fixedNow()).ok());
    CHECK(cards.save(gymCard(added->id), QStringLiteral("无此人"), fixedNow()).error().code == ErrorCode::Forbidden);

    REQUIRE(cards.remove(added->id, QStringLiteral("李敏"), fixedNow()).ok());
    CHECK_FALSE(cards.get(added->id)->has_value());
}

TEST_CASE("complaint JSON carries an optional prepaidCard object both ways", "[prepaid][json]")
{
    TestDatabase db;
    const Complaint complaint = sampleComplaint(db.connection());
    const QJsonObject json = complaintToJson(complaint, gymCard(0));
    const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    auto card = prepaidCardFromJson(back);
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    CHECK(card->value().cardNumber == QStringLiteral("会员号A-1024"));
    CHECK(card->value().expiryDate == QDate(2026, 4, 5));
    CHECK(card->value().balanceFen == 240000);
    CHECK(card->value().noticeGiven == NoticeGiven::No);
    CHECK(auditText(card->value()) == auditText(gymCard(0)));

    CHECK_FALSE(prepaidCardFromJson(complaintToJson(complaint)).value().has_value());
    QJsonObject broken = json;
    broken.insert(QStringLiteral("prepaidCard"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("spaceship")},
                              {QStringLiteral("paidFen"), -5},
                              {QStringLiteral("purchaseDate"), QStringLiteral("2025-13-01")}});
    auto refused = prepaidCardFromJson(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldErrors.size() == 3);
    CHECK(refused.error().fieldErrors.first().field.startsWith(QStringLiteral("prepaidCard.")));
}
