#include "liaison/liaison_report_analysis.h"

#include "domain/money.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(LiaisonReport)
};

QString count(qint64 n) { return QString::number(n); }

// Two sentences of one paragraph: a space between them in English, none in Chinese.
QString joined(const QString &first, const QString &second)
{
    return second.isEmpty() ? first : Msg::tr("%1 %2", "two sentences of a paragraph; Chinese: %1%2").arg(first, second);
}

QString ledgerParagraph(const LiaisonReport &r)
{
    const LedgerFigures &f = r.total.figures;
    if (r.total.reporting == 0)
        return Msg::tr("In %1 the district had %2 active liaison points; none of them has filed a ledger for the period.")
            .arg(r.period.label(), count(r.activePoints));
    return Msg::tr("In %1 the district had %2 active liaison points; %3 points filed ledgers. The points answered %4 "
                   "consultations, trained %5 people in %6 trainings, handed out %7 leaflets and settled %8 disputes on "
                   "site, involving ¥%9.")
        .arg(r.period.label(), count(r.activePoints), count(r.total.reporting), count(f.consultations),
             count(f.trainees), count(f.trainings), count(f.leaflets), count(f.settled), formatYuan(f.settledFen));
}

QString transferParagraph(const LiaisonReport &r)
{
    const LiaisonReplyTimeliness &t = r.replies;
    if (t.received == 0)
        return Msg::tr("No complaint came to the council through a liaison point in the period.");
    QString text = Msg::tr("The points transferred %1 complaints to the council. Of the %2 whose answer was due, %3 were "
                           "answered within the deadline (on-time rate %4); %5 were answered late and %6 are overdue "
                           "and still awaiting an answer.")
                       .arg(count(t.received), count(t.onTimeRate().whole), count(t.answeredOnTime),
                            formatPercent(t.onTimeRate()), count(t.answeredLate), count(t.awaitingOverdue));
    if (!r.mostTransfers.isEmpty()) {
        const LiaisonPointFigures &top = r.mostTransfers.first();
        text = joined(text, Msg::tr("The most transfers came from %1 (%2).").arg(top.name, count(top.transfers)));
    }
    return text;
}

QString settlementSentence(const LiaisonReport &r)
{
    if (r.mostSettlements.isEmpty())
        return {};
    const LiaisonPointFigures &top = r.mostSettlements.first();
    return Msg::tr("%1 settled the most disputes on site: %2, involving ¥%3.")
        .arg(top.name, count(top.figures.settled), formatYuan(top.figures.settledFen));
}

QString leadParagraph(const LiaisonReport &r)
{
    if (r.leadsReceived == 0)
        return Msg::tr("The points passed no lead on illegal business in the period.");
    int counts[5] = {};
    for (const LeadOutcomeCount &c : r.leads)
        counts[int(c.outcome)] = c.leads;
    return Msg::tr("The points passed %1 leads on illegal business: %2 were confirmed and penalised, %3 were not "
                   "confirmed, %4 are with the regulator, %5 are not forwarded yet and %6 ended otherwise.")
        .arg(count(r.leadsReceived), count(counts[int(LeadOutcome::Penalised)]),
             count(counts[int(LeadOutcome::NotConfirmed)]), count(counts[int(LeadOutcome::Forwarded)]),
             count(counts[int(LeadOutcome::Pending)]), count(counts[int(LeadOutcome::Other)]));
}

QString visitParagraph(const LiaisonReport &r)
{
    if (r.activePoints == 0)
        return {};
    if (r.unvisited.isEmpty())
        return Msg::tr("The assigned officials visited every active point at least once in the period.");
    return Msg::tr("%1 of the %2 active points had no visit from an official in the period (listed in the last "
                   "table); their officials are asked to visit them early in the next period.")
        .arg(count(r.unvisited.size()), count(r.activePoints));
}

} // namespace

QStringList draftLiaisonAnalysis(const LiaisonReport &r)
{
    QStringList paragraphs;
    paragraphs << joined(ledgerParagraph(r), settlementSentence(r)) << transferParagraph(r) << leadParagraph(r);
    if (const QString visits = visitParagraph(r); !visits.isEmpty())
        paragraphs << visits;
    return paragraphs;
}

} // namespace casedesk
