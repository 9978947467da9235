#include "groups/roster_csv.h"

#include "export/csv_text.h"

#include "domain/money.h"
#include "privacy/masking.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Roster)
};

} // namespace

RosterTable rosterTable(const GroupView &view)
{
    RosterTable table;
    table.title = Msg::tr("Roster of claimants: %1").arg(view.group.name);
    table.headers = {Msg::tr("No."),     Msg::tr("Case number"), Msg::tr("Name"),    Msg::tr("Phone"),
                     Msg::tr("Card number"), Msg::tr("Paid (yuan)"), Msg::tr("Balance (yuan)"), Msg::tr("Claim (yuan)")};
    int n = 0;
    for (const GroupMember &m : view.members) {
        table.rows.append({QString::number(++n), m.caseNumber, m.consumerName, maskPhone(m.consumerPhone), m.cardNumber,
                           formatYuan(m.paidFen), formatYuan(m.balanceFen), formatYuan(m.claimFen())});
    }
    table.rows.append({Msg::tr("Total"), Msg::tr("%n claimant(s)", nullptr, int(view.members.size())), QString(),
                       QString(), QString(), formatYuan(view.totalPaidFen), formatYuan(view.totalBalanceFen),
                       formatYuan(view.totalClaimFen)});
    return table;
}

QByteArray rosterCsv(const GroupView &view)
{
    const RosterTable table = rosterTable(view);
    QByteArray bytes("\xEF\xBB\xBF");
    auto line = [&bytes](const QStringList &fields) {
        QStringList safe;
        for (const QString &f : fields)
            safe.append(csvSafeText(f));
        bytes += csvLine(safe).toUtf8();
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return bytes;
}

} // namespace casedesk
