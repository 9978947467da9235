#include "catch_qt.h"
#include "test_support.h"

#include "notice_bar.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "talks/talk_dialog.h"
#include "talks/talks_dialog.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a talk typed in, its promise checked, its record saved as PDF", "[ui][talks]")
{
    TestDatabase db;
    const QString boss = QStringLiteral("王主任");
    REQUIRE(UserRepository(db.connection()).add(boss, Role::Supervisor).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), boss, fixedNow());
    REQUIRE(added.ok());
    const qint64 businessId = added->business.id;
    const QString business = added->business.name;

    TalkDialog form(db.connection(), businessId, business, boss, QStringLiteral("风险预警：投诉激增"));
    CHECK(form.reasonEdit()->toPlainText() == QStringLiteral("风险预警：投诉激增"));
    form.heldOnEdit()->setDate(QDate::currentDate().addDays(-2));
    form.placeEdit()->setText(QStringLiteral("本会二楼会议室"));
    form.businessEdit()->setText(QStringLiteral("张总经理"));
    // The problems raised are missing: refused, the dialog keeps what was typed.
    form.promiseTable()->item(0, 0)->setText(QStringLiteral("十日内处理完毕全部退费申请"));
    CHECK_FALSE(form.save().has_value());
    CHECK(form.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(form.placeEdit()->text() == QStringLiteral("本会二楼会议室"));
    form.problemsEdit()->setPlainText(QStringLiteral("退费拖延，客服电话无人接听。"));
    form.addPromiseRow(QStringLiteral("增设客服热线"), QDate::currentDate().addDays(30));
    form.addPromiseRow(); // left empty: no promise
    auto talk = form.save();
    REQUIRE(talk.has_value());
    CHECK(talk->promises.size() == 2);

    TalksDialog talks(db.connection(), businessId, business, boss);
    REQUIRE(talks.talkList()->count() == 1);
    CHECK(talks.record()->toPlainText().contains(QStringLiteral("约谈记录")));
    REQUIRE(talks.promiseTable()->rowCount() == 2);
    CHECK(talks.promiseTable()->item(0, 2)->text() == QStringLiteral("not checked yet"));
    // A check dated before the talk is refused; today's is recorded.
    CHECK_FALSE(talks.checkPromise(0, true, QDate::currentDate().addDays(-5), {}));
    REQUIRE(talks.checkPromise(0, true, QDate::currentDate(), QStringLiteral("已抽查退费记录")));
    CHECK(talks.promiseTable()->item(0, 2)->text().startsWith(QStringLiteral("kept")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("talk.pdf"));
    REQUIRE(talks.savePdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(printed.contains(QStringLiteral("约谈记录")));
    CHECK(printed.contains(QStringLiteral("增设客服热线")));
    CHECK(printed.contains(QStringLiteral("已履行")));
}
