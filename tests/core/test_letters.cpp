#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "deadlines/due_list.h"
#include "demo/demo_generator.h"
#include "domain/money.h"
#include "followup/follow_up_service.h"
#include "funds/fund_service.h"
#include "letters/letter_service.h"
#include "letters/ground_phrases.h"
#include "letters/letter_template_service.h"
#include "letters/letter_wording.h"
#include "mediation/agreement_service.h"
#include "mediation/directory_service.h"
#include "mediation/referral_service.h"
#include "privacy/masking.h"
#include "privacy/retention_service.h"
#include "storage/desk_event_repository.h"
#include "storage/letter_repository.h"
#include "storage/sql_helpers.h"
#include "mediation/termination_service.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kAuditor = QStringLiteral("审计员甲");
const QString kSupervisor = QStringLiteral("王主任");

QDateTime at(int month, int day, int hour = 9)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

// One complaint received on 2026-03-02; "now" is 2026-06-30.
struct LetterCase {
    LetterCase()
    {
        UserRepository users(db.connection());
        REQUIRE(users.add(kCaseworker, Role::Caseworker, now).ok());
        REQUIRE(users.add(kAuditor, Role::Auditor, now).ok());
        REQUIRE(users.add(kSupervisor, Role::Supervisor, now).ok());
        REQUIRE(SettingsRepository(db.connection())
                    .setValue(SettingsRepository::kCouncilName, QStringLiteral("长宁区消费者权益保护委员会"))
                    .ok());
        Complaint c = sampleComplaint(db.connection());
        c.receivedAt = at(3, 2);
        c.assignee = kCaseworker;
        auto added = ComplaintRepository(db.connection()).add(c, kCaseworker, at(3, 2));
        REQUIRE(added.ok());
        complaint = added.value();
    }

    void move(CaseStatus to, const QDateTime &when, const QString &ground = {}, const QString &note = {})
    {
        TransitionRequest request{complaint.id, to, ground, note, when, std::nullopt};
        auto moved = CaseTransitionService(db.connection()).transition(request, kCaseworker, now);
        INFO((moved.ok() ? QString() : moved.error().message).toStdString());
        REQUIRE(moved.ok());
    }

    TestDatabase db;
    Complaint complaint;
    QDateTime now = at(6, 30, 17);
};

} // namespace

TEST_CASE("a refused case's letter names the ground, the note, the case and the council", "[letters]")
{
    LetterCase lc;
    lc.move(CaseStatus::Refused, at(3, 4), codeOf(RefusalGround::TimeBarred), QStringLiteral("购买于2022年"));
    LetterService letters(lc.db.connection());

    auto kinds = letters.kindsFor(lc.complaint.id, kCaseworker);
    REQUIRE(kinds.ok());
    CHECK(kinds.value() == QList<LetterKind>{LetterKind::Refusal});

    auto letter = letters.compose(lc.complaint.id, LetterKind::Refusal, kCaseworker, QDate(2026, 3, 5));
    REQUIRE(letter.ok());
    CHECK(letter->title == QStringLiteral("不予受理告知书"));
    CHECK(letter->addressee == lc.complaint.consumer.name);
    CHECK(letter->councilName == QStringLiteral("长宁区消费者权益保护委员会"));
    CHECK(letter->body.contains(lc.complaint.caseNumber));
    CHECK(letter->body.contains(lc.complaint.business.name));
    CHECK(letter->body.contains(QStringLiteral("2026年3月2日"))); // received
    CHECK(letter->body.contains(groundPhrase(RefusalGround::TimeBarred)));
    CHECK(letter->body.contains(QStringLiteral("说明：购买于2022年。")));
    CHECK_FALSE(letter->body.contains(QLatin1Char('{')));

    // A letter that does not fit the case is refused with a message, not printed.
    auto acceptance = letters.compose(lc.complaint.id, LetterKind::Acceptance, kCaseworker);
    REQUIRE_FALSE(acceptance.ok());
    CHECK(acceptance.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(letters.compose(lc.complaint.id, LetterKind::Termination, kCaseworker).ok());
    CHECK_FALSE(letters.compose(lc.complaint.id + 1000, LetterKind::Refusal, kCaseworker).ok());
}

TEST_CASE("a letter recorded as sent is kept as it went out and written to the case's trail", "[letters]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    LetterService letters(lc.db.connection());
    auto sent = letters.recordSent(lc.complaint.id, LetterKind::Acceptance, SendMethod::Sms, QDate(2026, 3, 4),
                                   kCaseworker, lc.now);
    INFO((sent.ok() ? QString() : sent.error().message).toStdString());
    REQUIRE(sent.ok());
    CHECK(sent->letter.date == QDate(2026, 3, 4));
    CHECK(sent->letter.body.contains(QStringLiteral("2026年3月3日"))); // accepted
    CHECK(sent->letter.body.contains(kCaseworker));

    // The council renames itself: a reprint is still the letter that was sent.
    REQUIRE(SettingsRepository(lc.db.connection())
                .setValue(SettingsRepository::kCouncilName, QStringLiteral("新名称消保委"))
                .ok());
    auto kept = letters.sentLetters(lc.complaint.id, kAuditor);
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().id == sent->id);
    CHECK(kept->first().letter.councilName == QStringLiteral("长宁区消费者权益保护委员会"));
    CHECK(kept->first().letter.body == sent->letter.body);
    CHECK(kept->first().letter.caseNumber == lc.complaint.caseNumber);
    CHECK(kept->first().method == SendMethod::Sms);
    CHECK(kept->first().sentOn == QDate(2026, 3, 4));
    CHECK(kept->first().recordedBy == kCaseworker);
    auto fresh = letters.compose(lc.complaint.id, LetterKind::Acceptance, kCaseworker);
    REQUIRE(fresh.ok());
    CHECK(fresh->councilName == QStringLiteral("新名称消保委"));

    auto trail = AuditRepository(lc.db.connection()).history(lc.complaint.id);
    REQUIRE(trail.ok());
    bool logged = false;
    for (const AuditEntry &entry : trail.value())
        logged = logged || (entry.action == QStringLiteral("letter_sent") && entry.field == QStringLiteral("letter") &&
                            entry.newValue == QStringLiteral("acceptance sms 2026-03-04"));
    CHECK(logged);
}

TEST_CASE("recording a letter refuses a future day, a day before the decision and a reader's hand", "[letters]")
{
    LetterCase lc;
    lc.move(CaseStatus::Returned, at(3, 5), codeOf(ReturnReason::UnclearStatement));
    LetterService letters(lc.db.connection());
    const qint64 before = rowCount(lc.db.connection(), QStringLiteral("letters"));
    CHECK_FALSE(letters.recordSent(lc.complaint.id, LetterKind::Return, SendMethod::Post, lc.now.date().addDays(1),
                                   kCaseworker, lc.now).ok());
    CHECK_FALSE(letters.recordSent(lc.complaint.id, LetterKind::Return, SendMethod::Post, QDate(2026, 3, 4), kCaseworker,
                                   lc.now).ok());
    auto reader = letters.recordSent(lc.complaint.id, LetterKind::Return, SendMethod::Post, QDate(2026, 3, 6), kAuditor,
                                     lc.now);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == ErrorCode::Forbidden);
    CHECK_FALSE(letters.recordSent(lc.complaint.id, LetterKind::Acceptance, SendMethod::Post, QDate(2026, 3, 6),
                                   kCaseworker, lc.now).ok());
    CHECK(rowCount(lc.db.connection(), QStringLiteral("letters")) == before);
    auto sent = letters.recordSent(lc.complaint.id, LetterKind::Return, SendMethod::Post, QDate(2026, 3, 6), kCaseworker,
                                   lc.now);
    REQUIRE(sent.ok());
    CHECK(sent->letter.body.contains(groundPhrase(ReturnReason::UnclearStatement)));
}

TEST_CASE("the termination notice sent records when the parties were told", "[letters]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    lc.move(CaseStatus::InMediation, at(3, 4));
    TerminationService termination(lc.db.connection());
    REQUIRE(termination.terminate(lc.complaint.id, codeOf(TerminationGround::RespondentRefused), {}, at(4, 20),
                                  kCaseworker, lc.now).ok());
    LetterService letters(lc.db.connection());
    auto kinds = letters.kindsFor(lc.complaint.id, kCaseworker);
    REQUIRE(kinds.ok());
    CHECK(kinds.value() == QList<LetterKind>{LetterKind::Acceptance, LetterKind::Termination});

    auto sent = letters.recordSent(lc.complaint.id, LetterKind::Termination, SendMethod::Post, QDate(2026, 4, 22),
                                   kCaseworker, lc.now);
    REQUIRE(sent.ok());
    CHECK(sent->letter.title == QStringLiteral("终止调解告知书"));
    CHECK(sent->letter.body.contains(QStringLiteral("2026年4月20日")));
    CHECK(sent->letter.body.contains(groundPhrase(TerminationGround::RespondentRefused)));
    auto record = termination.lastTermination(lc.complaint.id);
    REQUIRE(record.ok());
    REQUIRE(record.value().has_value());
    CHECK(record.value()->notifiedOn == QDate(2026, 4, 22));
    CHECK(record.value()->method == labelOf(SendMethod::Post));
}

TEST_CASE("a stored ground code is phrased by the one helper every paper uses", "[letters]")
{
    for (RefusalGround ground : allRefusalGrounds())
        CHECK(groundPhraseOfCode(GroundKind::Refusal, codeOf(ground)) == groundPhrase(ground));
    for (ReturnReason reason : allReturnReasons())
        CHECK(groundPhraseOfCode(GroundKind::Return, codeOf(reason)) == groundPhrase(reason));
    for (TerminationGround ground : allTerminationGrounds()) {
        CHECK(groundPhraseOfCode(GroundKind::Termination, codeOf(ground)) == groundPhrase(ground));
        CHECK(groundPhraseForCourtOfCode(codeOf(ground)) == groundPhraseForCourt(ground));
        CHECK_FALSE(groundPhraseForCourt(ground).isEmpty());
    }
    // A code no (longer) known, or a vocabulary that takes none: no words, so the paper says less.
    CHECK(groundPhraseOfCode(GroundKind::Refusal, QStringLiteral("no_such_ground")).isEmpty());
    CHECK(groundPhraseOfCode(GroundKind::None, codeOf(RefusalGround::TimeBarred)).isEmpty());
    CHECK(groundPhraseOfCode(GroundKind::Return, codeOf(RefusalGround::TimeBarred)).isEmpty());
    CHECK(groundPhraseForCourtOfCode(QString()).isEmpty());
}

TEST_CASE("a wording with an unknown placeholder is refused, naming it", "[letters]")
{
    const QHash<QString, QString> values{{QStringLiteral("business"), QStringLiteral("某健身房")}};
    auto filled = fillPlaceholders(QStringLiteral("关于{business}的投诉"), values);
    REQUIRE(filled.ok());
    CHECK(filled.value() == QStringLiteral("关于某健身房的投诉"));
    auto misspelt = fillPlaceholders(QStringLiteral("关于{bussiness}的投诉"), values);
    REQUIRE_FALSE(misspelt.ok());
    CHECK(misspelt.error().message.contains(QStringLiteral("{bussiness}")));
    // Every built-in wording uses only the placeholders CaseDesk fills for its kind.
    for (LetterKind kind : allLetterKinds()) {
        CAPTURE(codeOf(kind));
        const LetterWording builtIn = builtInWording(kind);
        CHECK_FALSE(builtIn.title.isEmpty());
        CHECK(LetterTemplateService::check(kind, builtIn.title, builtIn.body).ok());
    }
    // A placeholder of another kind's letters is not one of this kind's.
    CHECK_FALSE(LetterTemplateService::check(LetterKind::Acceptance, QStringLiteral("受理通知书"),
                                             QStringLiteral("{session_place}")).ok());
    CHECK_FALSE(LetterTemplateService::check(LetterKind::Acceptance, QString(), QStringLiteral("x")).ok());
    CHECK_FALSE(LetterTemplateService::check(LetterKind::Acceptance, QStringLiteral("受理\n通知书"),
                                             QStringLiteral("x")).ok());
    CHECK_FALSE(LetterTemplateService::check(LetterKind::Acceptance, QStringLiteral("受理通知书"),
                                             QStringLiteral("坏") + QChar(0xFFFD)).ok());
}

TEST_CASE("an edited wording writes the next letter while a letter sent earlier reprints unchanged", "[letters]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    LetterService letters(lc.db.connection());
    LetterTemplateService wordings(lc.db.connection());
    auto first = letters.recordSent(lc.complaint.id, LetterKind::Acceptance, SendMethod::Post, QDate(2026, 3, 4),
                                    kCaseworker, lc.now);
    REQUIRE(first.ok());
    CHECK(first->letter.templateVersion == 0);

    // Caseworkers do not change the council's wording; supervisors do, as a new version.
    const QString body = QStringLiteral("经审查，您关于{business}的投诉（{case_number}）本会予以受理。\n本会地址：某路1号。");
    auto refused = wordings.save(LetterKind::Acceptance, QStringLiteral("投诉受理通知书"), body, kCaseworker, lc.now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    auto saved = wordings.save(LetterKind::Acceptance, QStringLiteral("投诉受理通知书"), body + QStringLiteral("\n\n"),
                               kSupervisor, lc.now);
    REQUIRE(saved.ok());
    CHECK(saved->version == 1);
    // The same wording again is no new version.
    auto again = wordings.save(LetterKind::Acceptance, QStringLiteral("投诉受理通知书"), body, kSupervisor, lc.now);
    REQUIRE(again.ok());
    CHECK(again->version == 1);
    REQUIRE(wordings.versions(LetterKind::Acceptance).value().size() == 1);
    auto log = DeskEventRepository(lc.db.connection()).latest(5);
    REQUIRE(log.ok());
    CHECK(log->first().action == QStringLiteral("letter_wording_saved"));
    CHECK(log->first().subject == QStringLiteral("acceptance"));

    auto next = letters.compose(lc.complaint.id, LetterKind::Acceptance, kCaseworker, QDate(2026, 3, 5));
    REQUIRE(next.ok());
    CHECK(next->title == QStringLiteral("投诉受理通知书"));
    CHECK(next->body.contains(QStringLiteral("本会地址：某路1号。")));
    CHECK(next->body.contains(lc.complaint.caseNumber));
    CHECK(next->templateVersion == 1);

    auto kept = letters.sentLetters(lc.complaint.id, kCaseworker);
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().letter.title == QStringLiteral("受理通知书"));
    CHECK(kept->first().letter.body == first->letter.body);
    CHECK(kept->first().letter.templateVersion == 0);

    // Back to the built-in wording: a third version, the first one's text.
    auto restored = wordings.restoreBuiltIn(LetterKind::Acceptance, kSupervisor, lc.now);
    REQUIRE(restored.ok());
    CHECK(restored->version == 2);
    CHECK(letters.compose(lc.complaint.id, LetterKind::Acceptance, kCaseworker, QDate(2026, 3, 4))->body ==
          first->letter.body);
}

TEST_CASE("the termination notice sent meets its deadline: it leaves the due list", "[letters][duelist]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    lc.move(CaseStatus::InMediation, at(3, 4));
    REQUIRE(TerminationService(lc.db.connection())
                .terminate(lc.complaint.id, codeOf(TerminationGround::NoAgreement), {}, at(6, 26), kCaseworker, lc.now)
                .ok());
    const auto noticeDue = [&lc](auto list) {
        REQUIRE(list.ok());
        int found = 0;
        for (const DueItem &item : list.value())
            found += item.caseId == lc.complaint.id && item.deadline.kind == DeadlineKind::TerminationNotice;
        return found;
    };
    CHECK(noticeDue(dueSoonOrOverdue(lc.db.connection(), lc.now, 5)) == 1);

    auto sent = LetterService(lc.db.connection())
                    .recordSent(lc.complaint.id, LetterKind::Termination, SendMethod::InPerson, QDate(2026, 6, 29),
                                kCaseworker, lc.now);
    REQUIRE(sent.ok());
    CHECK(noticeDue(dueSoonOrOverdue(lc.db.connection(), lc.now, 5)) == 0);
    CHECK(noticeDue(dueSoonOrOverdueComputed(lc.db.connection(), lc.now, 5)) == 0);
    auto deadlines = deadlinesOfCase(lc.db.connection(), lc.complaint.id, lc.now);
    REQUIRE(deadlines.ok());
    bool met = false;
    for (const Deadline &deadline : deadlines.value())
        met = met || (deadline.kind == DeadlineKind::TerminationNotice && deadline.doneAt.date() == QDate(2026, 6, 29));
    CHECK(met);
}

TEST_CASE("the termination notice recorded by hand also leaves the due list", "[letters][duelist]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    lc.move(CaseStatus::InMediation, at(3, 4));
    TerminationService termination(lc.db.connection());
    REQUIRE(termination.terminate(lc.complaint.id, codeOf(TerminationGround::NoAgreement), {}, at(6, 26), kCaseworker,
                                  lc.now).ok());
    REQUIRE(termination.recordNotice(lc.complaint.id, QDate(2026, 6, 26), QStringLiteral("电话"), kCaseworker, lc.now)
                .ok());
    auto due = dueSoonOrOverdue(lc.db.connection(), lc.now, 5);
    REQUIRE(due.ok());
    for (const DueItem &item : due.value())
        CHECK_FALSE((item.caseId == lc.complaint.id && item.deadline.kind == DeadlineKind::TerminationNotice));
}

TEST_CASE("the forwarding letter masks the complainant's phone; the receipt is theirs, in full", "[letters]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    lc.move(CaseStatus::ForwardedToEnterprise, at(3, 4));
    LetterService letters(lc.db.connection());
    auto forwarding = letters.compose(lc.complaint.id, LetterKind::Forwarding, kCaseworker, QDate(2026, 3, 4));
    REQUIRE(forwarding.ok());
    CHECK(forwarding->addressee == lc.complaint.business.name);
    CHECK(forwarding->body.contains(maskPhone(lc.complaint.consumer.phone)));
    CHECK_FALSE(forwarding->body.contains(lc.complaint.consumer.phone));
    CHECK(forwarding->body.contains(QStringLiteral("2026年3月18日"))); // 10 working days after 3-4

    FundService funds(lc.db.connection());
    Fund fund;
    fund.name = QStringLiteral("某商场先行赔付金");
    fund.holder = QStringLiteral("某商场");
    auto fundId = funds.create(fund, kSupervisor, lc.now);
    REQUIRE(fundId.ok());
    REQUIRE(funds.topUp(fundId.value(), 1000000, {}, kSupervisor, lc.now).ok());
    auto paid = funds.payout(fundId.value(), lc.complaint.id, 120050, {}, kSupervisor, lc.now);
    INFO((paid.ok() ? QString() : paid.error().message).toStdString());
    REQUIRE(paid.ok());
    auto receipt = letters.compose(lc.complaint.id, LetterKind::PayoutReceipt, kCaseworker, lc.now.date());
    REQUIRE(receipt.ok());
    CHECK(receipt->addressee == lc.complaint.consumer.name);
    CHECK(receipt->body.contains(QStringLiteral("¥1,200.50")));
    CHECK(receipt->body.contains(QStringLiteral("壹仟贰佰元伍角整")));
    CHECK(receipt->body.contains(QStringLiteral("某商场先行赔付金")));
    if (!lc.complaint.consumer.idNumber.isEmpty())
        CHECK(receipt->body.contains(lc.complaint.consumer.idNumber));

    // Records are printed and signed, never recorded as sent.
    REQUIRE_FALSE(letters.compose(lc.complaint.id, LetterKind::FollowUpRecord, kCaseworker).ok());
    auto record = letters.recordSent(lc.complaint.id, LetterKind::SessionRecord, SendMethod::Post, QDate(2026, 3, 10),
                                     kCaseworker, lc.now);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("letters to a group's members are recorded on every case or on none", "[letters][groups]")
{
    LetterCase lc;
    lc.move(CaseStatus::Accepted, at(3, 3));
    Complaint other = sampleComplaint(lc.db.connection());
    other.receivedAt = at(3, 2);
    other.consumer.phone = QStringLiteral("13900001111");
    other.consumer.name = QStringLiteral("第二位");
    auto added = ComplaintRepository(lc.db.connection()).add(other, kCaseworker, at(3, 2));
    REQUIRE(added.ok());
    LetterService letters(lc.db.connection());
    // The second case was never accepted: nothing is recorded on the first either.
    auto failed = letters.recordSentToEach({lc.complaint.id, added->id}, LetterKind::Acceptance, SendMethod::Post,
                                           QDate(2026, 3, 5), kCaseworker, lc.now);
    REQUIRE_FALSE(failed.ok());
    CHECK(rowCount(lc.db.connection(), QStringLiteral("letters")) == 0);

    TransitionRequest accept{added->id, CaseStatus::Accepted, {}, {}, at(3, 3), std::nullopt};
    REQUIRE(CaseTransitionService(lc.db.connection()).transition(accept, kCaseworker, lc.now).ok());
    auto both = letters.recordSentToEach({lc.complaint.id, added->id}, LetterKind::Acceptance, SendMethod::Post,
                                         QDate(2026, 3, 5), kCaseworker, lc.now);
    REQUIRE(both.ok());
    REQUIRE(both->size() == 2);
    CHECK(both->at(0).letter.addressee == lc.complaint.consumer.name);
    CHECK(both->at(1).letter.addressee == QStringLiteral("第二位"));
    CHECK(rowCount(lc.db.connection(), QStringLiteral("letters")) == 2);
}

TEST_CASE("every kind of letter fits some case of a demo file and fills every placeholder", "[letters]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{400, 7, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const QSqlDatabase c = db.connection();
    const QString reader = QStringLiteral("审计员"); // the demo's auditor reads every letter
    LetterService letters(c);
    QSet<LetterKind> seen;
    auto ids = runQuery(c, QStringLiteral("SELECT id, case_number FROM complaints ORDER BY id"));
    REQUIRE(ids.ok());
    while (ids->next() && seen.size() < allLetterKinds().size()) {
        const qint64 id = ids->value(0).toLongLong();
        auto kinds = letters.kindsFor(id, reader);
        REQUIRE(kinds.ok());
        for (LetterKind kind : kinds.value()) {
            if (seen.contains(kind))
                continue;
            CAPTURE(codeOf(kind), id);
            auto letter = letters.compose(id, kind, reader, QDate(2026, 6, 1));
            REQUIRE(letter.ok());
            CHECK(letter->title == builtInWording(kind).title);
            CHECK(letter->caseNumber == ids->value(1).toString());
            CHECK_FALSE(letter->body.contains(QLatin1Char('{')));
            CHECK_FALSE(letter->councilName.isEmpty());
            seen.insert(kind);
        }
    }
    // The demo has no first-compensation payouts nor court referrals (tests above and below
    // print them).
    const QList<LetterKind> all = allLetterKinds();
    QSet<LetterKind> expected(all.cbegin(), all.cend());
    for (LetterKind absent : {LetterKind::PayoutReceipt, LetterKind::Referral}) {
        expected.remove(absent);
        seen.remove(absent);
    }
    CHECK(seen == expected);
}

TEST_CASE("anonymising an old case takes the complainant's name out of the letters sent too", "[letters][privacy]")
{
    LetterCase lc;
    lc.move(CaseStatus::Refused, at(3, 4), codeOf(RefusalGround::OutsideDuties));
    // A council's wording that names the complainant in the text as well.
    REQUIRE(LetterTemplateService(lc.db.connection())
                .save(LetterKind::Refusal, QStringLiteral("不予受理告知书"),
                      QStringLiteral("{complainant}女士/先生：因{ground}，本会不予受理。"), kSupervisor, lc.now)
                .ok());
    REQUIRE(LetterService(lc.db.connection())
                .recordSent(lc.complaint.id, LetterKind::Refusal, SendMethod::Post, QDate(2026, 3, 5), kCaseworker,
                            lc.now)
                .ok());
    const QString name = lc.complaint.consumer.name;
    // A referral letter's page as sent to the court, with the complainant's details in full.
    const Consumer &person = lc.complaint.consumer;
    REQUIRE_FALSE(person.phone.isEmpty());
    Letter toCourt;
    toCourt.kind = LetterKind::Referral;
    toCourt.caseId = lc.complaint.id;
    toCourt.councilName = QStringLiteral("长宁区消费者权益保护委员会");
    toCourt.title = QStringLiteral("诉调对接移送函");
    toCourt.addressee = QStringLiteral("长宁区人民法院");
    toCourt.body = QStringLiteral("消费者%1一案").arg(name);
    toCourt.date = QDate(2026, 3, 6);
    toCourt.page = QStringLiteral("<td>%1；联系电话：%2；身份证号码：%3；住址：%4</td>")
                       .arg(name, person.phone, person.idNumber, person.address);
    REQUIRE(LetterRepository(lc.db.connection())
                .add({0, toCourt, SendMethod::Post, QDate(2026, 3, 6), kCaseworker, lc.now})
                .ok());
    const SentLetter before = LetterService(lc.db.connection()).sentLetters(lc.complaint.id, kCaseworker)->first();
    REQUIRE(before.letter.addressee == name);
    REQUIRE(before.letter.body.contains(name));
    REQUIRE(UserRepository(lc.db.connection()).add(QStringLiteral("管理员甲"), Role::Administrator, lc.now).ok());
    auto applied = RetentionService(lc.db.connection())
                       .apply(QStringLiteral("管理员甲"), QDateTime(QDate(2040, 1, 1), QTime(9, 0), QTimeZone(8 * 3600)));
    REQUIRE(applied.ok());
    REQUIRE(applied->caseCount() == 1);
    auto kept = LetterService(lc.db.connection()).sentLetters(lc.complaint.id, kCaseworker);
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 2);
    CHECK(kept->first().letter.addressee == RetentionService::kAnonymisedName);
    CHECK_FALSE(kept->first().letter.body.contains(name));
    // The letter to the court keeps its addressee; its text and page lose the person's details.
    const Letter &court = kept->last().letter;
    CHECK(court.addressee == QStringLiteral("长宁区人民法院"));
    CHECK_FALSE(court.body.contains(name));
    CHECK_FALSE(court.page.contains(name));
    CHECK_FALSE(court.page.contains(person.phone));
    if (!person.idNumber.isEmpty())
        CHECK_FALSE(court.page.contains(person.idNumber));
    if (!person.address.isEmpty())
        CHECK_FALSE(court.page.contains(person.address));
    CHECK(court.page.contains(RetentionService::kAnonymisedName));
}

TEST_CASE("the agreement and the referral letter take the council's wording; a referral sent reprints as it went out",
          "[letters]")
{
    LetterCase lc;
    const QSqlDatabase c = lc.db.connection();
    lc.move(CaseStatus::Accepted, at(3, 3));
    lc.move(CaseStatus::InMediation, at(3, 4));
    LetterService letters(c);
    auto kinds = letters.kindsFor(lc.complaint.id, kCaseworker);
    REQUIRE(kinds.ok());
    CHECK_FALSE(kinds->contains(LetterKind::Agreement));
    CHECK_FALSE(kinds->contains(LetterKind::Referral));

    // A draft agreement: printed for signing with the council's effect clause, never "sent".
    REQUIRE(MediationAgreementService(c).saveDraft(agreementTemplate(lc.complaint), kCaseworker).ok());
    auto agreement = letters.compose(lc.complaint.id, LetterKind::Agreement, kCaseworker, at(4, 1).date());
    REQUIRE(agreement.ok());
    CHECK(agreement->title == QStringLiteral("人民调解协议书"));
    CHECK(agreement->body.contains(QStringLiteral("本协议一式三份")));
    LetterTemplateService wordings(c);
    REQUIRE(wordings.save(LetterKind::Agreement, QStringLiteral("调解协议书"),
                          QStringLiteral("本协议一式{copies}份，由{council}留存{council_copies}份。"), kSupervisor, lc.now)
                .ok());
    agreement = letters.compose(lc.complaint.id, LetterKind::Agreement, kCaseworker, at(4, 1).date());
    REQUIRE(agreement.ok());
    CHECK(agreement->title == QStringLiteral("调解协议书"));
    CHECK(agreement->body == QStringLiteral("本协议一式三份，由长宁区消费者权益保护委员会留存一份。"));
    auto sentAgreement = letters.recordSent(lc.complaint.id, LetterKind::Agreement, SendMethod::InPerson, at(4, 1).date(),
                                            kCaseworker, lc.now);
    REQUIRE_FALSE(sentAgreement.ok());

    // Mediation fails; the complainant agrees to go to court.
    Court court;
    court.name = QStringLiteral("长宁区人民法院");
    auto saved = MediationDirectoryService(c).saveCourt(court, kSupervisor);
    REQUIRE(saved.ok());
    REQUIRE(TerminationService(c)
                .terminate(lc.complaint.id, codeOf(TerminationGround::NoAgreement), {}, at(4, 20), kCaseworker, lc.now)
                .ok());
    CourtReferral r;
    r.complaintId = lc.complaint.id;
    r.consentOn = QDate(2026, 4, 22);
    r.referredOn = QDate(2026, 4, 23);
    r.courtId = saved->id;
    r.claims = QStringLiteral("判令被告退还剩余会员费。");
    REQUIRE(CourtReferralService(c).save(r, kCaseworker, lc.now).ok());
    kinds = letters.kindsFor(lc.complaint.id, kCaseworker);
    REQUIRE(kinds.ok());
    CHECK(kinds->contains(LetterKind::Referral));

    auto referral = letters.compose(lc.complaint.id, LetterKind::Referral, kCaseworker, at(4, 23).date());
    REQUIRE(referral.ok());
    CHECK(referral->addressee == QStringLiteral("长宁区人民法院"));
    CHECK(referral->body ==
          QStringLiteral("消费者%1与经营者%2消费纠纷一案，经本会调解，因双方分歧较大，无法达成调解协议，于2026年4月20日"
                         "终止调解。根据诉调对接工作机制，经消费者本人于2026年4月22日同意，现将该纠纷移送你院依法处理。"
                         "有关情况如下：")
              .arg(lc.complaint.consumer.name, lc.complaint.business.name));

    // Recorded as sent, with the page laid out that day; not before the referral.
    CHECK_FALSE(letters.recordSent(lc.complaint.id, LetterKind::Referral, SendMethod::Post, at(4, 23).date(),
                                   kCaseworker, lc.now)
                    .ok()); // no layout to keep the page with
    LetterService laidOut(c, [](const Letter &letter) -> Result<QString> {
        return QStringLiteral("<p>%1</p><table><tr><td>%2</td></tr></table>").arg(letter.body, letter.addressee);
    });
    CHECK_FALSE(
        laidOut.recordSent(lc.complaint.id, LetterKind::Referral, SendMethod::Post, at(4, 22).date(), kCaseworker, lc.now)
            .ok());
    auto sent =
        laidOut.recordSent(lc.complaint.id, LetterKind::Referral, SendMethod::Post, at(4, 23).date(), kCaseworker, lc.now);
    REQUIRE(sent.ok());
    const QString page = sent->letter.page;
    CHECK(page.startsWith(QStringLiteral("<p>消费者")));
    CHECK(page.contains(QStringLiteral("<td>长宁区人民法院</td>")));

    // A new wording: the next referral letter uses it, the one sent reprints unchanged.
    REQUIRE(wordings.save(LetterKind::Referral, QStringLiteral("移送函"),
                          QStringLiteral("{court}：兹将{complainant}诉{business}一案移送你院{court_point}。"), kSupervisor,
                          lc.now)
                .ok());
    referral = letters.compose(lc.complaint.id, LetterKind::Referral, kCaseworker, at(4, 23).date());
    REQUIRE(referral.ok());
    CHECK(referral->body.startsWith(QStringLiteral("长宁区人民法院：兹将")));
    auto kept = letters.sentLetter(sent->id, kCaseworker);
    REQUIRE(kept.ok());
    CHECK(kept->letter.page == page);
    CHECK(kept->letter.title == QStringLiteral("诉调对接移送函"));
    CHECK(kept->letter.kind == LetterKind::Referral);
    CHECK(kept->method == SendMethod::Post);
}

TEST_CASE("the wording of the agreement and the referral letter takes only their placeholders", "[letters]")
{
    CHECK(LetterTemplateService::check(LetterKind::Referral, QStringLiteral("移送函"), QStringLiteral("{court}{mediation_result}"))
              .ok());
    CHECK_FALSE(LetterTemplateService::check(LetterKind::Referral, QStringLiteral("移送函"), QStringLiteral("{copies}")).ok());
    CHECK(LetterTemplateService::check(LetterKind::Agreement, QStringLiteral("协议书"), QStringLiteral("一式{copies}份")).ok());
    CHECK_FALSE(LetterTemplateService::check(LetterKind::Agreement, QStringLiteral("协议书"), QStringLiteral("{court}")).ok());
}
