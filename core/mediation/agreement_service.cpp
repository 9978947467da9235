#include "mediation/agreement_service.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "mediation/mediation_checks.h"
#include "mediation/mediation_papers.h"
#include "storage/complaint_repository.h"
#include "storage/mediation_agreement_repository.h"
#include "storage/mediation_directory_repository.h"
#include "recovered/recovered_ledger.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

using mediation::checkText;
using mediation::invalid;

Status checkContents(const MediationAgreement &a)
{
    const struct {
        const char *field;
        QString label;
        const QString &text;
        int max;
    } texts[] = {
        {"facts", Msg::tr("The main facts"), a.facts, kMaxMediationText},
        {"disputes", Msg::tr("The matters in dispute"), a.disputes, kMaxMediationText},
        {"responsibility", Msg::tr("Each party's responsibility"), a.responsibility, kMaxMediationText},
        {"terms", Msg::tr("The agreed terms"), a.terms, kMaxMediationText},
        {"performanceMethod", Msg::tr("How the terms are carried out"), a.performanceMethod, 2000},
        {"performancePlace", Msg::tr("Where the terms are carried out"), a.performancePlace, kMaxMediationLine},
    };
    for (const auto &t : texts) {
        if (auto s = checkText(QLatin1String(t.field), t.label, t.text, t.max, false); !s)
            return s;
    }
    if (auto s = mediation::checkAmount(QStringLiteral("amount"), Msg::tr("The agreed amount"), a.amountFen); !s)
        return s;
    if (a.copies < 2 || a.copies > 20)
        return invalid(QStringLiteral("copies"),
                       Msg::tr("An agreement is made in 2 to 20 copies (usually 3: each party "
                               "and the council)."));
    return {};
}

} // namespace

MediationAgreement agreementTemplate(const Complaint &c)
{
    MediationAgreement a;
    a.complaintId = c.id;
    const QString consumer = c.consumer.name;
    const QString business = c.business.name;
    // The case's own account of the facts when there is one; else the bare outline.
    if (!c.facts.trimmed().isEmpty())
        a.facts =
            QStringLiteral("申请人%1与被申请人%2消费纠纷一案，经查：%3").arg(consumer, business, c.facts.trimmed());
    else if (c.incidentDate.isValid())
        a.facts = QStringLiteral("%1，申请人%2在被申请人%3处消费，双方由此发生纠纷。")
                      .arg(chineseDate(c.incidentDate), consumer, business);
    else
        a.facts = QStringLiteral("申请人%1与被申请人%2因消费发生纠纷。").arg(consumer, business);
    QString demand = c.demand.trimmed();
    while (demand.endsWith(QStringLiteral("。")))
        demand.chop(1);
    a.disputes =
        (demand.startsWith(QStringLiteral("要求")) ? QStringLiteral("申请人") : QStringLiteral("申请人要求：")) +
        demand + QStringLiteral("，被申请人对此有异议，双方协商未果。");
    a.responsibility = QStringLiteral("被申请人未按约定履行合同义务，应承担相应责任；申请人对损失扩大无过错。");
    a.amountFen = c.amountFen;
    a.terms = QStringLiteral("1. 被申请人向申请人退还人民币%1元。\n"
                             "2. 被申请人按上述约定履行后，双方就本纠纷再无其他争议。")
                  .arg(formatYuan(c.amountFen));
    a.performanceMethod = QStringLiteral("被申请人以银行转账方式一次性支付至申请人指定账户。");
    a.performancePlace = QStringLiteral("申请人指定的银行账户");
    a.copies = 3;
    return a;
}

QDate judicialConfirmationDeadline(const MediationAgreement &agreement)
{
    return agreement.isSigned() ? agreement.signedOn.addDays(30) : QDate();
}

bool performanceOverdue(const MediationAgreement &agreement, const QDate &today)
{
    return agreement.isSigned() && agreement.performance == Performance::Pending && agreement.performBy.isValid() &&
           agreement.performBy < today;
}

Status checkAgreementComplete(const MediationAgreement &a)
{
    const struct {
        const char *field;
        QString label;
        QString text;
    } required[] = {
        {"facts", Msg::tr("The main facts"), a.facts},
        {"disputes", Msg::tr("The matters in dispute"), a.disputes},
        {"responsibility", Msg::tr("Each party's responsibility"), a.responsibility},
        {"terms", Msg::tr("The agreed terms"), a.terms},
        {"performanceMethod", Msg::tr("How the terms are carried out"), a.performanceMethod},
        {"performancePlace", Msg::tr("Where the terms are carried out"), a.performancePlace},
    };
    for (const auto &r : required) {
        if (r.text.trimmed().isEmpty())
            return invalid(QLatin1String(r.field),
                           Msg::tr("%1 must be given before the agreement is signed.").arg(r.label));
    }
    if (!a.performBy.isValid())
        return invalid(QStringLiteral("performBy"), Msg::tr("Give the date by which the terms are carried out."));
    if (!a.mediatorId)
        return invalid(QStringLiteral("mediator"), Msg::tr("Choose the mediator who signs the agreement."));
    return checkContents(a);
}

Result<std::optional<MediationAgreement>> MediationAgreementService::agreementOf(qint64 caseId) const
{
    return MediationAgreementRepository(m_db).agreementOf(caseId);
}

Result<MediationAgreement> MediationAgreementService::saveDraft(const MediationAgreement &agreement,
                                                                const QString &actor, const QDateTime &now)
{
    MediationAgreement a = agreement;
    for (QString *text :
         {&a.facts, &a.disputes, &a.responsibility, &a.terms, &a.performanceMethod, &a.performancePlace})
        *text = text->trimmed();
    if (auto checked = checkContents(a); !checked)
        return checked.error();
    return inRetriedTransaction(m_db, [&]() -> Result<MediationAgreement> {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        auto complaint = ComplaintRepository(m_db).get(a.complaintId);
        if (!complaint)
            return complaint.error();
        MediationAgreementRepository repository(m_db);
        auto stored = repository.agreementOf(a.complaintId);
        if (!stored)
            return stored.error();
        if (stored.value() && stored.value()->isSigned())
            return invalid(QStringLiteral("signedOn"),
                           Msg::tr("The agreement of %1 was signed on %2; its terms can no longer "
                                   "be changed.")
                               .arg(complaint->caseNumber, stored.value()->signedOn.toString(Qt::ISODate)));
        if (complaint->status != CaseStatus::InMediation)
            return invalid(QStringLiteral("status"),
                           Msg::tr("An agreement is drafted while the case is in mediation; %1 is "
                                   "\"%2\".")
                               .arg(complaint->caseNumber, labelOf(complaint->status)));
        if (a.performBy.isValid() && a.performBy < complaint->receivedAt.date())
            return invalid(QStringLiteral("performBy"),
                           Msg::tr("The deadline for carrying out the terms is before the case "
                                   "was received."));
        if (a.mediatorId) {
            auto mediator = MediationDirectoryRepository(m_db).mediator(*a.mediatorId);
            if (!mediator)
                return invalid(QStringLiteral("mediator"), mediator.error().message);
        }
        a.signedOn = QDate();
        a.performance = Performance::Pending;
        a.performanceCheckedOn = QDate();
        a.recoveredFen = 0;
        a.updatedAt = now;
        a.updatedBy = user->name;
        if (auto saved = repository.save(a); !saved)
            return saved.error();
        if (auto logged = mediation::audit(m_db, a.complaintId, now, user->name,
                                           stored.value() ? QStringLiteral("agreement_updated")
                                                          : QStringLiteral("agreement_drafted"),
                                           QStringLiteral("agreement"), QString(), a.terms.left(200));
            !logged)
            return logged.error();
        return a;
    });
}

Result<MediationAgreement> MediationAgreementService::sign(qint64 caseId, const QDate &signedOn, const QString &actor,
                                                           const QDateTime &now)
{
    // Everything that can be refused is checked before the status changes, so the two steps
    // (the workflow's own transaction, then the date) cannot leave half a signing behind
    // except through a failing disk.
    auto user = authorize(m_db, actor, Permission::Mediate);
    if (!user)
        return user.error();
    auto complaint = ComplaintRepository(m_db).get(caseId);
    if (!complaint)
        return complaint.error();
    auto stored = agreementOf(caseId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return invalid(QStringLiteral("agreement"),
                       Msg::tr("%1 has no agreement to sign; draft it first.").arg(complaint->caseNumber));
    MediationAgreement a = *stored.value();
    if (a.isSigned())
        return invalid(QStringLiteral("signedOn"), Msg::tr("The agreement of %1 was already signed on %2.")
                                                       .arg(complaint->caseNumber, a.signedOn.toString(Qt::ISODate)));
    if (auto complete = checkAgreementComplete(a); !complete)
        return complete.error();
    if (auto dated =
            mediation::checkPastDate(QStringLiteral("signedOn"), Msg::tr("The signing date"), signedOn, now.date());
        !dated)
        return dated.error();
    if (signedOn < complaint->receivedAt.date())
        return invalid(QStringLiteral("signedOn"), Msg::tr("The signing date is before the case was received."));
    auto mediating = mediation::lastStepAt(m_db, caseId, CaseStatus::InMediation);
    if (!mediating)
        return mediating.error();
    if (auto s = mediation::checkNotBefore(QStringLiteral("signedOn"), Msg::tr("The signing date"), signedOn,
                                           Msg::tr("the start of mediation"),
                                           mediating->value_or(QDateTime()).date());
        !s)
        return s.error();
    if (a.performBy < signedOn)
        return invalid(QStringLiteral("performBy"),
                       Msg::tr("The deadline for carrying out the terms (%1) is before the "
                               "signing date.")
                           .arg(a.performBy.toString(Qt::ISODate)));
    if (complaint->status != CaseStatus::InMediation)
        return invalid(QStringLiteral("status"), Msg::tr("An agreement is signed while the case is in mediation; %1 is "
                                                         "\"%2\".")
                                                     .arg(complaint->caseNumber, labelOf(complaint->status)));

    TransitionRequest request;
    request.caseId = caseId;
    request.to = CaseStatus::AgreementReached;
    request.at = signedOn == now.date() ? now : QDateTime(signedOn, QTime(23, 59), now.timeZone());
    request.note = Msg::tr("Mediation agreement signed.");
    request.expectedVersion = complaint->version;
    auto moved = CaseTransitionService(m_db).transition(request, user->name, now);
    if (!moved)
        return moved.error();

    return inRetriedTransaction(m_db, [&]() -> Result<MediationAgreement> {
        a.signedOn = signedOn;
        a.updatedAt = now;
        a.updatedBy = user->name;
        if (auto saved = MediationAgreementRepository(m_db).save(a); !saved)
            return saved.error();
        if (auto logged = mediation::audit(m_db, caseId, now, user->name, QStringLiteral("agreement_signed"),
                                           QStringLiteral("signedOn"), QString(), signedOn.toString(Qt::ISODate));
            !logged)
            return logged.error();
        return a;
    });
}

Result<MediationAgreement> MediationAgreementService::recordPerformance(qint64 caseId, Performance performance,
                                                                        const QDate &checkedOn, qint64 recoveredFen,
                                                                        const QString &actor, const QDateTime &now,
                                                                        const RecoveryDecision &decision)
{
    if (auto s = mediation::checkAmount(QStringLiteral("recovered"), Msg::tr("The money recovered"), recoveredFen); !s)
        return s.error();
    return inRetriedTransaction(m_db, [&]() -> Result<MediationAgreement> {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        auto complaint = ComplaintRepository(m_db).get(caseId);
        if (!complaint)
            return complaint.error();
        auto stored = MediationAgreementRepository(m_db).agreementOf(caseId);
        if (!stored)
            return stored.error();
        if (!stored.value() || !stored.value()->isSigned())
            return invalid(QStringLiteral("agreement"), Msg::tr("%1 has no signed agreement whose performance could be "
                                                                "recorded.")
                                                            .arg(complaint->caseNumber));
        MediationAgreement a = *stored.value();
        if (performance != Performance::Pending) {
            if (auto dated = mediation::checkPastDate(QStringLiteral("checkedOn"), Msg::tr("The date of the check"),
                                                      checkedOn, now.date());
                !dated)
                return dated.error();
            if (checkedOn < a.signedOn)
                return invalid(QStringLiteral("checkedOn"),
                               Msg::tr("The date of the check is before the agreement was signed."));
        }
        const QString field = QStringLiteral("recovered");
        if ((performance == Performance::Pending || performance == Performance::NotPerformed) && recoveredFen != 0)
            return invalid(field, Msg::tr("Money recovered goes with a performed or partly performed agreement."));
        if (performance == Performance::Partly && recoveredFen == 0)
            return invalid(field, Msg::tr("Give the money recovered so far for a partly performed agreement."));
        if (a.amountFen > 0 && recoveredFen > a.amountFen)
            return invalid(field, Msg::tr("The money recovered (¥%1) is more than the agreement's amount (¥%2).")
                                      .arg(formatYuan(recoveredFen), formatYuan(a.amountFen)));
        RecoveryPosting posting;
        posting.caseId = caseId;
        posting.source = RecoverySource::Agreement;
        posting.amountFen = recoveredFen;
        posting.on = checkedOn;
        posting.auditAction = QStringLiteral("agreement_performance");
        if (auto posted = postRecovery(m_db, posting, decision, user->name, now); !posted)
            return posted.error();
        const QString before = codeOf(a.performance);
        a.performance = performance;
        a.performanceCheckedOn = performance == Performance::Pending ? QDate() : checkedOn;
        a.recoveredFen = recoveredFen;
        a.updatedAt = now;
        a.updatedBy = user->name;
        if (auto saved = MediationAgreementRepository(m_db).save(a); !saved)
            return saved.error();
        if (auto logged = mediation::audit(m_db, caseId, now, user->name, QStringLiteral("agreement_performance"),
                                           QStringLiteral("performance"), before, codeOf(performance));
            !logged)
            return logged.error();
        return a;
    });
}

} // namespace casedesk
