#include "groups/case_group.h"

#include "domain/code_table.h"

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
    const qint64 base = basis == OutcomeBasis::Balance ? (member.hasCard ? member.balanceFen : member.amountFen)
                        : basis == OutcomeBasis::Paid  ? (member.hasCard ? member.paidFen : member.amountFen)
                                                       : member.amountFen;
    return (base * percent + 50) / 100;
}

} // namespace casedesk
