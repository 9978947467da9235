#include "validation/complaint_validator.h"

#include "domain/money.h"
#include "text/text_checks.h"
#include "validation/identifiers.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

class Checker {
public:
    void require(const QString &field, const QString &value, const QString &missingMessage, int maxLength)
    {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            add(field, missingMessage);
        else
            limit(field, value, maxLength);
    }

    void limit(const QString &field, const QString &value, int maxLength)
    {
        if (value.size() > maxLength)
            add(field, Msg::tr("This text is too long (%1 characters); at most %2 are allowed.")
                           .arg(value.size())
                           .arg(maxLength));
        else if (const QString problem = textProblem(value); !problem.isEmpty())
            add(field, problem);
    }

    void add(const QString &field, const QString &message) { problems.append({field, message}); }

    QList<FieldError> problems;
};

} // namespace

QList<FieldError> validateComplaint(const Complaint &c, const QDateTime &now)
{
    Checker check;
    check.require(QStringLiteral("consumer.name"), c.consumer.name, Msg::tr("Enter the complainant's name."),
                  kMaxShortTextLength);
    if (const QString problem = phoneProblem(c.consumer.phone.trimmed()); !problem.isEmpty())
        check.add(QStringLiteral("consumer.phone"), problem);
    if (!c.consumer.idNumber.isEmpty()) {
        if (const QString problem = residentIdProblem(c.consumer.idNumber); !problem.isEmpty())
            check.add(QStringLiteral("consumer.idNumber"), problem);
    }
    check.require(QStringLiteral("consumer.address"), c.consumer.address,
                  Msg::tr("Enter the complainant's address."), kMaxShortTextLength);

    check.require(QStringLiteral("business.name"), c.business.name,
                  Msg::tr("Enter the name of the business complained about."), kMaxShortTextLength);
    if (!c.business.creditCode.isEmpty()) {
        if (const QString problem = creditCodeProblem(c.business.creditCode); !problem.isEmpty())
            check.add(QStringLiteral("business.creditCode"), problem);
    }
    check.require(QStringLiteral("business.address"), c.business.address,
                  Msg::tr("Enter the business's address."), kMaxShortTextLength);
    check.limit(QStringLiteral("business.district"), c.business.district, kMaxShortTextLength);
    check.limit(QStringLiteral("business.street"), c.business.street, kMaxShortTextLength);

    check.limit(QStringLiteral("platformRef"), c.platformRef, kMaxShortTextLength);
    if (c.categoryId <= 0)
        check.add(QStringLiteral("category"), Msg::tr("Choose a category."));
    if (c.amountFen < 0)
        check.add(QStringLiteral("amount"), Msg::tr("The amount involved cannot be negative."));
    else if (c.amountFen > kMaxAmountFen)
        check.add(QStringLiteral("amount"), Msg::tr("The amount involved is over ¥%1; please check it.")
                                                .arg(formatYuan(kMaxAmountFen)));

    check.require(QStringLiteral("demand"), c.demand, Msg::tr("Enter what the complainant asks for."),
                  kMaxLongTextLength);
    check.require(QStringLiteral("facts"), c.facts, Msg::tr("Enter the facts of the dispute."),
                  kMaxLongTextLength);
    check.limit(QStringLiteral("assignee"), c.assignee, kMaxShortTextLength);

    if (!c.receivedAt.isValid())
        check.add(QStringLiteral("receivedAt"), Msg::tr("Enter when the complaint was received."));
    else if (c.receivedAt > now)
        check.add(QStringLiteral("receivedAt"), Msg::tr("The received time cannot be in the future."));
    if (c.incidentDate.isValid()) {
        if (c.incidentDate > now.date())
            check.add(QStringLiteral("incidentDate"), Msg::tr("The purchase or incident date cannot be in the future."));
        else if (c.receivedAt.isValid() && c.incidentDate > c.receivedAt.date())
            check.add(QStringLiteral("incidentDate"),
                      Msg::tr("The purchase or incident date cannot be after the complaint was received."));
    }
    return check.problems;
}

Error invalidInput(const QList<FieldError> &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines.append(problem.message);
    return Error{ErrorCode::InvalidInput, lines.join(QLatin1Char('\n')), problems};
}

} // namespace casedesk
