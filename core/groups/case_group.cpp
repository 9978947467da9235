#include "groups/case_group.h"

#include "domain/code_table.h"

#include <QCoreApplication>

namespace casedesk {
namespace {
using namespace codetable;

const Entry<OutcomeBasis> kBases[] = {
    {OutcomeBasis::Balance, "balance", QT_TRANSLATE_NOOP("Groups", "of each card balance")},
    {OutcomeBasis::Paid, "paid", QT_TRANSLATE_NOOP("Groups", "of each amount paid")},
    {OutcomeBasis::Amount, "amount", QT_TRANSLATE_NOOP("Groups", "of each amount involved")},
};

} // namespace

QList<GroupMember> GroupView::representatives() const
{
    QList<GroupMember> chosen;
    for (const GroupMember &member : members) {
        if (member.representative)
            chosen.append(member);
    }
    return chosen;
}

QString codeOf(OutcomeBasis basis) { return codeIn(kBases, basis); }
QString labelOf(OutcomeBasis basis) { return labelIn("Groups", kBases, basis); }
std::optional<OutcomeBasis> outcomeBasisFromCode(const QString &code) { return fromCode(kBases, code); }

qint64 outcomeAmount(const GroupMember &member, OutcomeBasis basis, int percent)
{
    // Without card details (whyLeftOut) a balance or paid basis has nothing to take a share of.
    const qint64 base = basis == OutcomeBasis::Balance ? (member.hasCard ? member.balanceFen : 0)
                        : basis == OutcomeBasis::Paid  ? (member.hasCard ? member.paidFen : 0)
                                                       : member.amountFen;
    return (base * percent + 50) / 100;
}

QString whyLeftOut(const GroupMember &member, bool referred, OutcomeBasis basis)
{
    if (referred)
        return QCoreApplication::translate("Groups", "referred to a court; the court's outcome applies");
    switch (member.status) {
    case CaseStatus::MediationTerminated:
        return QCoreApplication::translate("Groups", "mediation was terminated");
    case CaseStatus::Refused:
        return QCoreApplication::translate("Groups", "the complaint was not accepted");
    case CaseStatus::Returned:
        return QCoreApplication::translate("Groups", "the complaint was returned");
    default:
        break;
    }
    if (!member.hasCard && basis != OutcomeBasis::Amount)
        return basis == OutcomeBasis::Balance
                   ? QCoreApplication::translate("Groups", "no card details, so no card balance to take a share of")
                   : QCoreApplication::translate("Groups", "no card details, so no amount paid to take a share of");
    return {};
}

} // namespace casedesk
