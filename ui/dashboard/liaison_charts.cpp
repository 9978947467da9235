#include "dashboard/liaison_charts.h"

#include <QFont>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(LiaisonCharts)
};

// The statistics charts' palette (stats_charts.cpp): it prints well in grey too.
const QColor kColors[kLiaisonChartSets] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x3a, 0x9a, 0x5b), QColor(0xe0, 0x7b, 0x39),
                                           QColor(0xc4, 0x3c, 0x3c)};

} // namespace

QChart *liaisonGroupChart(const QString &title, const QList<LiaisonGroupTotals> &groups,
                          QString (*label)(const LiaisonGroupTotals &))
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);

    struct Figure {
        QString name;
        qint64 (*value)(const LiaisonGroupTotals &);
    };
    const Figure figures[kLiaisonChartSets] = {
        {Msg::tr("Consultations"), [](const LiaisonGroupTotals &g) { return g.figures.consultations; }},
        {Msg::tr("People trained"), [](const LiaisonGroupTotals &g) { return g.figures.trainees; }},
        {Msg::tr("Disputes settled on site"), [](const LiaisonGroupTotals &g) { return g.figures.settled; }},
        {Msg::tr("Complaints transferred"), [](const LiaisonGroupTotals &g) { return qint64(g.transfers); }},
    };
    auto *series = new QHorizontalBarSeries;
    qint64 largest = 0;
    for (int i = 0; i < kLiaisonChartSets; ++i) {
        auto *set = new QBarSet(figures[i].name);
        set->setColor(kColors[i]);
        set->setBorderColor(kColors[i]);
        // Only the transfers carry their number: a handful next to hundreds of consultations is a
        // sliver; numbers on every bar ran into each other (the axis reads the long bars).
        QFont small = set->labelFont();
        small.setPointSizeF(7.5);
        set->setLabelFont(small);
        set->setLabelColor(i == kLiaisonChartSets - 1 ? QColor(0x33, 0x33, 0x33) : QColor(Qt::transparent));
        // Horizontal bars are drawn from the bottom: the first group goes last to stand on top.
        for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
            const qint64 value = figures[i].value(*it);
            set->append(double(value));
            largest = std::max(largest, value);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    QStringList labels;
    for (auto it = groups.crbegin(); it != groups.crend(); ++it)
        labels.append(label(*it));
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, std::max<qint64>(largest * 11 / 10 + 1, 4)); // room for the label of the longest bar
    x->applyNiceNumbers();
    x->setMinorTickCount(0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

} // namespace casedesk
