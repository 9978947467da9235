#include "dashboard/stats_charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(StatsCharts)
};

// A calm palette that prints well in grey too.
const QColor kThisYear(0x1f, 0x5f, 0xa8);
const QColor kLastYear(0xa9, 0xc4, 0xe4);
const QList<QColor> kPalette = {QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x7b, 0x39), QColor(0x3a, 0x9a, 0x5b),
                                QColor(0xc4, 0x3c, 0x3c), QColor(0x7b, 0x5e, 0xa7), QColor(0x8c, 0x8c, 0x8c),
                                QColor(0x2a, 0xa1, 0xb3)};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max<qint64>(largest, 4));
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    return axis;
}

} // namespace

QStringList monthLabels()
{
    QStringList labels;
    for (int m = 1; m <= 12; ++m)
        labels.append(QLocale().monthName(m, QLocale::ShortFormat)); // 1月 … 12月 in Chinese
    return labels;
}

QChart *monthlyVolumeChart(int year, const QList<qint64> &thisYear, const QList<qint64> &lastYear)
{
    QChart *chart = newChart(Msg::tr("Complaints per month, %1 against %2").arg(year).arg(year - 1));
    auto *before = new QBarSet(QString::number(year - 1));
    auto *now = new QBarSet(QString::number(year));
    before->setColor(kLastYear);
    before->setBorderColor(kLastYear);
    now->setColor(kThisYear);
    now->setBorderColor(kThisYear);
    qint64 largest = 0;
    QStringList keys;
    for (int m = 0; m < 12; ++m) {
        before->append(double(lastYear.value(m)));
        now->append(double(thisYear.value(m)));
        largest = std::max({largest, lastYear.value(m), thisYear.value(m)});
        keys.append(QStringLiteral("%1-%2").arg(year).arg(m + 1, 2, 10, QLatin1Char('0')));
    }
    auto *series = new QBarSeries;
    series->append(before);
    series->append(now);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(largest);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setProperty("keys", keys);
    return chart;
}

QChart *breakdownBarChart(const QString &title, const QList<BreakdownRow> &rows, int limit)
{
    QChart *chart = newChart(title);
    chart->legend()->hide();
    const QList<BreakdownRow> shown = rows.mid(0, limit);
    auto *set = new QBarSet(Msg::tr("Complaints"));
    set->setColor(kThisYear);
    set->setBorderColor(kThisYear);
    QStringList labels;
    QStringList keys;
    qint64 largest = 0;
    // Horizontal bars are drawn from the bottom: the largest goes last to stand on top.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        set->append(double(it->received));
        labels.append(it->label);
        keys.append(it->key);
        largest = std::max(largest, it->received);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(largest);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->setProperty("keys", keys);
    chart->setProperty("labels", labels);
    return chart;
}

QChart *breakdownPieChart(const QString &title, const QList<BreakdownRow> &rows, int limit)
{
    QChart *chart = newChart(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    qint64 total = 0;
    for (const BreakdownRow &row : rows)
        total += row.received;
    auto *series = new QPieSeries;
    series->setPieSize(0.78);
    QStringList keys;
    qint64 other = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (i >= limit) {
            other += rows.at(i).received;
            continue;
        }
        const BreakdownRow &row = rows.at(i);
        QPieSlice *slice = series->append(
            QStringLiteral("%1 %2").arg(row.label, formatPercent(Rate{row.received, total})), double(row.received));
        slice->setColor(kPalette.at(i % kPalette.size()));
        keys.append(row.key);
    }
    if (other > 0) {
        QPieSlice *slice = series->append(
            QStringLiteral("%1 %2").arg(Msg::tr("Other"), formatPercent(Rate{other, total})), double(other));
        slice->setColor(QColor(0xcc, 0xcc, 0xcc));
        keys.append(QString());
    }
    chart->addSeries(series);
    chart->setProperty("keys", keys);
    return chart;
}

QChart *rateTrendChart(const QString &title, const QList<MonthCounts> &months)
{
    QChart *chart = newChart(title);
    struct Line {
        QString name;
        Rate (*rate)(const PeriodCounts &);
        QColor color;
    };
    const QList<Line> lines = {{Msg::tr("Complaint resolution rate"), &complaintResolutionRate, kPalette.at(4)},
                               {Msg::tr("Resolution rate of closed cases"), &resolutionRate, kPalette.at(0)},
                               {Msg::tr("Satisfaction rate"), &satisfactionRate, kPalette.at(2)},
                               {Msg::tr("On-time rate"), &onTimeRate, kPalette.at(1)}};
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels());
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    y->setTickCount(6);
    chart->addAxis(y, Qt::AlignLeft);
    QStringList keys;
    for (const MonthCounts &m : months)
        keys.append(QString::number(m.month));
    // Resolved ÷ accepted can pass 100% in a month that closes older cases: the axis grows with it.
    double top = 100.0;
    for (const Line &line : lines) {
        for (const MonthCounts &m : months) {
            if (const auto value = line.rate(m.counts).value())
                top = std::max(top, std::ceil(*value * 10.0) * 10.0);
        }
    }
    // A line every 20% up to 100%; a higher top gets a rounder step so that at most six labels
    // share the axis (fifty of them were each cut to "…").
    double step = 20.0;
    while (top / step > 5.0) // 20, 50, 100, 200, 500, 1000, ...
        step *= QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2.0;
    top = std::ceil(top / step) * step;
    y->setRange(0, top);
    y->setTickCount(int(top / step) + 1);
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (const MonthCounts &m : months) {
            if (const auto value = line.rate(m.counts).value())
                series->append(m.month - 1, *value * 100.0);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->setProperty("keys", keys);
    return chart;
}

void setChartFont(QChart *chart, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(font);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(font);
        }
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(font);
        }
    }
}

QImage renderChart(QChart *chart, const QSize &size, qreal scale)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDevicePixelRatio(1.0);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), scene.sceneRect());
    painter.end();
    return image;
}

} // namespace casedesk
