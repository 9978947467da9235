#include "dashboard/liaison_page.h"

#include "dashboard/liaison_charts.h"
#include "domain/money.h"
#include "liaison/liaison_report.h"
#include "notice_bar.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace casedesk {

LiaisonPointsPage::LiaisonPointsPage(QSqlDatabase db, const QString &userName, const StatsPeriod &period,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window), m_db(std::move(db)), m_user(userName), m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_quarter(new QComboBox(this)), m_error(new NoticeBar(this)),
      m_totals(new QLabel(this)), m_byType(new QChartView(this)), m_byStreet(new QChartView(this))
{
    setObjectName(QStringLiteral("liaisonPointsPage"));
    setWindowTitle(tr("Liaison Points"));
    resize(1100, 720);
    auto *outer = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period"), this));
    m_kind->setObjectName(QStringLiteral("liaisonPeriodKindComboBox"));
    m_kind->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_kind->addItem(tr("Year"), int(PeriodKind::Year));
    m_year->setObjectName(QStringLiteral("liaisonYearSpinBox"));
    m_year->setRange(2000, 2100);
    m_quarter->setObjectName(QStringLiteral("liaisonQuarterComboBox"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Q%1").arg(q));
    bar->addWidget(m_kind);
    bar->addWidget(m_year);
    bar->addWidget(m_quarter);
    bar->addStretch(1);
    auto *report = new QToolButton(this);
    report->setObjectName(QStringLiteral("liaisonReportToolButton"));
    report->setText(tr("Report"));
    report->setToolTip(tr("The liaison-point report of the period shown"));
    report->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(report);
    menu->addAction(tr("Print Preview..."), this, [this] { export_(LiaisonReportOutput::Preview); });
    menu->addAction(tr("Save PDF..."), this, [this] { export_(LiaisonReportOutput::Pdf); });
    menu->addAction(tr("Save Excel Workbook..."), this, [this] { export_(LiaisonReportOutput::Workbook); });
    menu->addAction(tr("Save CSV Files..."), this, [this] { export_(LiaisonReportOutput::Csv); });
    report->setMenu(menu);
    bar->addWidget(report);
    outer->addLayout(bar);
    outer->addWidget(m_error);
    m_totals->setObjectName(QStringLiteral("liaisonTotalsLabel"));
    m_totals->setWordWrap(true);
    outer->addWidget(m_totals);

    auto *charts = new QHBoxLayout;
    for (QChartView *view : {m_byType, m_byStreet}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 360);
        charts->addWidget(view, 1);
    }
    m_byType->setObjectName(QStringLiteral("liaisonByTypeChartView"));
    m_byStreet->setObjectName(QStringLiteral("liaisonByStreetChartView"));
    outer->addLayout(charts, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LiaisonPointsPage::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &LiaisonPointsPage::refresh);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &LiaisonPointsPage::refresh);
    setPeriod(period);
}

StatsPeriod LiaisonPointsPage::period() const
{
    return PeriodKind(m_kind->currentData().toInt()) == PeriodKind::Year
               ? StatsPeriod::year(m_year->value())
               : StatsPeriod::quarter(m_year->value(), m_quarter->currentIndex() + 1);
}

void LiaisonPointsPage::setPeriod(const StatsPeriod &period)
{
    m_building = true;
    m_kind->setCurrentIndex(period.kind == PeriodKind::Year ? 1 : 0);
    m_year->setValue(period.from.year());
    m_quarter->setCurrentIndex((period.from.month() - 1) / 3);
    m_building = false;
    refresh();
}

void LiaisonPointsPage::refresh()
{
    if (m_building)
        return;
    m_quarter->setVisible(PeriodKind(m_kind->currentData().toInt()) == PeriodKind::Quarter);
    m_error->hide();
    auto report = buildLiaisonReport(m_db, period(), m_user);
    if (!report) {
        // A load that failed says so; the old charts do not stay as if they were this period's.
        m_error->showError(report.error().message);
        m_totals->clear();
        m_byType->setChart(new QChart);
        m_byStreet->setChart(new QChart);
        return;
    }
    const LiaisonGroupTotals &t = report->total;
    m_totals->setText(tr("%1: %2 active points; ledgers from %3 points (suspended and closed ones included); %4 consultations, %5 people trained, %6 leaflets, "
                         "%7 disputes settled on site (¥%8); %9 complaints transferred, %10 answered within the "
                         "deadline; %11 leads; %12 active points not visited.")
                          .arg(report->period.label())
                          .arg(report->activePoints)
                          .arg(t.reporting)
                          .arg(t.figures.consultations)
                          .arg(t.figures.trainees)
                          .arg(t.figures.leaflets)
                          .arg(t.figures.settled)
                          .arg(formatYuan(t.figures.settledFen))
                          .arg(report->replies.received)
                          .arg(report->replies.answeredOnTime)
                          .arg(report->leadsReceived)
                          .arg(report->unvisited.size()));
    // setChart() leaves the old chart to its view's owner: deleted here, after the new one is in.
    QChart *oldType = m_byType->chart();
    QChart *oldStreet = m_byStreet->chart();
    m_byType->setChart(liaisonGroupChart(tr("By type of point, %1").arg(report->period.label()), report->byType,
                                         &labelOfTypeGroup));
    m_byStreet->setChart(liaisonGroupChart(tr("By street, %1").arg(report->period.label()), report->byStreet,
                                           &labelOfStreetGroup));
    delete oldType;
    delete oldStreet;
}

QString LiaisonPointsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString LiaisonPointsPage::totalsText() const
{
    return m_totals->text();
}

void LiaisonPointsPage::export_(LiaisonReportOutput output)
{
    if (auto shown = showLiaisonReport(this, m_db, m_user, period(), output); !shown)
        m_error->showError(shown.error().message);
}

} // namespace casedesk
