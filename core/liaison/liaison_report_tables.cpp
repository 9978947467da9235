#include "liaison/liaison_report_tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(LiaisonReport)
};

using Cell = XlsxWorkbook::Cell;

QList<XlsxWorkbook::Column> groupColumns(const QString &group)
{
    return {{group, Cell::Text, 24},
            {Msg::tr("Active points"), Cell::Integer, 10},
            {Msg::tr("Points with ledgers"), Cell::Integer, 10},
            {Msg::tr("Consultations"), Cell::Integer, 10},
            {Msg::tr("People trained"), Cell::Integer, 10},
            {Msg::tr("Trainings held"), Cell::Integer, 10},
            {Msg::tr("Leaflets"), Cell::Integer, 10},
            {Msg::tr("Disputes settled on site"), Cell::Integer, 10},
            {Msg::tr("Amount settled (yuan)"), Cell::Money, 14},
            {Msg::tr("Complaints transferred"), Cell::Integer, 10}};
}

QVariantList groupRow(const QString &label, const LiaisonGroupTotals &g)
{
    const LedgerFigures &f = g.figures;
    return {label,       g.activePoints, g.reporting, f.consultations, f.trainees,
            f.trainings, f.leaflets,     f.settled,   f.settledFen,    g.transfers};
}

QString groupNote()
{
    return Msg::tr("Active points: points whose status is active today. The ledger figures add up the monthly ledgers "
                   "(台账) of the months in the period, whatever the point's status now; complaints transferred: "
                   "complaints received in the period that name the point.");
}

ReportTable groupTable(const QString &name, const QString &title, const QString &sheet, const QString &group,
                       const QList<LiaisonGroupTotals> &groups, const LiaisonGroupTotals &total,
                       QString (*label)(const LiaisonGroupTotals &))
{
    ReportTable t{name, title, sheet, groupColumns(group), {}, true, groupNote(),
                  Msg::tr("No liaison point was active, filed a ledger or transferred a complaint in the period.")};
    for (const LiaisonGroupTotals &g : groups)
        t.rows.append(groupRow(label(g), g));
    if (t.rows.isEmpty()) {
        t.lastRowIsTotal = false;
        return t;
    }
    t.rows.append(groupRow(Msg::tr("Total"), total));
    return t;
}

QList<XlsxWorkbook::Column> pointColumns()
{
    return {{Msg::tr("Rank"), Cell::Integer, 6},
            {Msg::tr("Liaison point"), Cell::Text, 30},
            {Msg::tr("Type"), Cell::Text, 16},
            {Msg::tr("Street"), Cell::Text, 16}};
}

ReportTable transfersTable(const LiaisonReport &r)
{
    ReportTable t{QStringLiteral("most-transfers"), Msg::tr("3. The points that transferred the most complaints"),
                  Msg::tr("Most transfers"), pointColumns(), {}, false,
                  Msg::tr("Complaints received in the period that name the point; at most %1 points.").arg(kReportTopPoints),
                  Msg::tr("No point transferred a complaint in the period.")};
    t.columns.append({Msg::tr("Complaints transferred"), Cell::Integer, 12});
    t.columns.append({Msg::tr("Disputes settled on site"), Cell::Integer, 12});
    int rank = 0;
    for (const LiaisonPointFigures &p : r.mostTransfers)
        t.rows.append({++rank, p.name, labelOf(p.type), p.street, p.transfers, p.figures.settled});
    return t;
}

ReportTable settlementsTable(const LiaisonReport &r)
{
    ReportTable t{QStringLiteral("most-settlements"), Msg::tr("4. The points that settled the most disputes on site"),
                  Msg::tr("Most settlements"), pointColumns(), {}, false,
                  Msg::tr("Disputes settled on site as the points' ledgers record them; at most %1 points.")
                      .arg(kReportTopPoints),
                  Msg::tr("No point recorded a dispute settled on site in the period.")};
    t.columns.append({Msg::tr("Disputes settled on site"), Cell::Integer, 12});
    t.columns.append({Msg::tr("Amount settled (yuan)"), Cell::Money, 14});
    int rank = 0;
    for (const LiaisonPointFigures &p : r.mostSettlements)
        t.rows.append({++rank, p.name, labelOf(p.type), p.street, p.figures.settled, p.figures.settledFen});
    return t;
}

ReportTable repliesTable(const LiaisonReport &r)
{
    const LiaisonReplyTimeliness &t = r.replies;
    ReportTable table{QStringLiteral("replies"), Msg::tr("5. Transferred complaints answered on time"),
                      Msg::tr("Answered on time"),
                      {{Msg::tr("Complaints transferred"), Cell::Integer, 12},
                       {Msg::tr("Answered within the deadline"), Cell::Integer, 12},
                       {Msg::tr("Answered late"), Cell::Integer, 12},
                       {Msg::tr("Awaiting, within the deadline"), Cell::Integer, 12},
                       {Msg::tr("Awaiting, overdue"), Cell::Integer, 12},
                       {Msg::tr("No deadline"), Cell::Integer, 12},
                       {Msg::tr("On-time rate"), Cell::Percent, 12}},
                      {},
                      false,
                      Msg::tr("A transferred complaint is answered when the council decides on it (accepts, refuses or returns "
                              "it) and tells the point. The deadline "
                              "is the rules' \"answer the liaison point\" limit (5 working days from receipt unless the "
                              "rule set in force on the complaint's received day says otherwise), counted on the "
                              "council's working calendar. On-time rate: answered within the deadline ÷ (answered + "
                              "overdue and still awaiting)."),
                      {}};
    const auto rate = t.onTimeRate().value();
    table.rows.append({t.received, t.answeredOnTime, t.answeredLate, t.awaitingInTime, t.awaitingOverdue,
                       t.withoutDeadline, rate ? QVariant(*rate) : QVariant()});
    return table;
}

ReportTable leadsTable(const LiaisonReport &r)
{
    ReportTable t{QStringLiteral("leads"), Msg::tr("6. Leads on illegal business and their outcomes"), Msg::tr("Leads"),
                  {{Msg::tr("Outcome"), Cell::Text, 28}, {Msg::tr("Leads"), Cell::Integer, 10}}, {}, true,
                  Msg::tr("Leads (线索) the points passed on that the council received in the period, by where they "
                          "stand today."),
                  {}};
    for (const LeadOutcomeCount &c : r.leads)
        t.rows.append({labelOf(c.outcome), c.leads});
    t.rows.append({Msg::tr("Total"), r.leadsReceived});
    return t;
}

ReportTable unvisitedTable(const LiaisonReport &r)
{
    ReportTable t{QStringLiteral("unvisited"), Msg::tr("7. Active points not visited in the period"),
                  Msg::tr("Not visited"),
                  {{Msg::tr("Liaison point"), Cell::Text, 30},
                   {Msg::tr("Type"), Cell::Text, 16},
                   {Msg::tr("Street"), Cell::Text, 16},
                   {Msg::tr("Assigned official"), Cell::Text, 14}},
                  {},
                  false,
                  Msg::tr("Points active today with no visit of an official (定人指导) dated in the period."),
                  Msg::tr("The officials visited every active point in the period.")};
    for (const UnvisitedPoint &p : r.unvisited)
        t.rows.append({p.name, labelOf(p.type), p.street, p.official.isEmpty() ? Msg::tr("None assigned") : p.official});
    return t;
}

ReportTable transferResultsTable(const LiaisonReport &r)
{
    ReportTable t{QStringLiteral("transfer-results"), Msg::tr("8. The result of each complaint a point transferred"),
                  Msg::tr("Transfer results"),
                  {{Msg::tr("Liaison point"), Cell::Text, 30},
                   {Msg::tr("Case number"), Cell::Text, 18},
                   {Msg::tr("Received"), Cell::Date, 12},
                   {Msg::tr("Status now"), Cell::Text, 14},
                   {Msg::tr("Answered"), Cell::Date, 12},
                   {Msg::tr("Answer due"), Cell::Date, 12},
                   {Msg::tr("Reply"), Cell::Text, 16}},
                  {},
                  false,
                  Msg::tr("Every complaint received in the period that names a point, by point: what the point is told "
                          "when it asks what became of its transfers."),
                  Msg::tr("No point transferred a complaint in the period.")};
    for (const LiaisonTransferResult &x : r.transferResults)
        t.rows.append({x.pointName, x.caseNumber, x.receivedOn, labelOf(x.status),
                       x.answeredOn.isValid() ? QVariant(x.answeredOn) : QVariant(),
                       x.dueOn.isValid() ? QVariant(x.dueOn) : QVariant(), labelOf(x.state)});
    return t;
}

} // namespace

QList<ReportTable> liaisonReportTables(const LiaisonReport &r)
{
    return {groupTable(QStringLiteral("by-type"), Msg::tr("1. The points' work by type"), Msg::tr("By type"),
                       Msg::tr("Type of point"), r.byType, r.total, &labelOfTypeGroup),
            groupTable(QStringLiteral("by-street"), Msg::tr("2. The points' work by street"), Msg::tr("By street"),
                       Msg::tr("Street"), r.byStreet, r.total, &labelOfStreetGroup),
            transfersTable(r),
            settlementsTable(r),
            repliesTable(r),
            leadsTable(r),
            unvisitedTable(r),
            transferResultsTable(r)};
}

QStringList liaisonReportTableNames()
{
    return {QStringLiteral("by-type"),  QStringLiteral("by-street"), QStringLiteral("most-transfers"),
            QStringLiteral("most-settlements"), QStringLiteral("replies"), QStringLiteral("leads"),
            QStringLiteral("unvisited"), QStringLiteral("transfer-results")};
}

Status writeLiaisonReportXlsx(const LiaisonReport &report, const QString &path)
{
    return writeReportTablesXlsx(liaisonReportTables(report),
                                 QStringLiteral("%1 · %2").arg(report.councilName, liaisonReportTitle(report)),
                                 report.analysis, path);
}

Result<QStringList> writeLiaisonReportCsv(const LiaisonReport &report, const QString &path, const QString &table)
{
    const QFileInfo info(path);
    QStringList written;
    for (const ReportTable &t : liaisonReportTables(report)) {
        if (!table.isEmpty() && t.name != table)
            continue;
        const QString file = !table.isEmpty() ? path
                                              : info.dir().filePath(QStringLiteral("%1-%2.%3").arg(
                                                    info.completeBaseName(), t.name,
                                                    info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix()));
        if (auto saved = writeReportTableCsv(t, file); !saved)
            return saved.error();
        written << file;
    }
    if (written.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("The report has no table \"%1\"; its tables are %2.")
                         .arg(table, liaisonReportTableNames().join(QStringLiteral(", "))),
                     {}};
    return written;
}

} // namespace casedesk
