#include "dashboard/dashboard_window.h"

#include "notice_bar.h"

#include "dashboard/statistics_refresh.h"

#include "dashboard/dashboard_tiles.h"
#include "dashboard/stats_charts.h"
#include "reports/notice_preview.h"
#include "dashboard/liaison_page.h"
#include "reports/liaison_report_preview.h"
#include "stats/report_content.h"
#include "stats/stats_xlsx.h"
#include "reports/report_preview.h"
#include "stats/stats_export.h"
#include "storage/taxonomy_repository.h"
#include "storage/user_repository.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace casedesk {
namespace {

enum ChartSlot { MonthlySlot, CategorySlot, ChannelSlot, TrendSlot, BusinessSlot, ChartCount };

struct TileSpec {
    const char *key;
    bool upIsGood;
};
// Two rows of six: the volumes, then the rates (both resolution rates side by side: the
// published 投诉解决率 and CaseDesk's 办结解决率, docs/statistics.md).
constexpr int kTilesPerRow = 6;
const TileSpec kTiles[] = {{"received", false},
                           {"accepted", false},
                           {"amountFen", false},
                           {"recoveredFen", true},
                           {"hotline", false},
                           {"finished", true},
                           {"complaintResolutionRate", true},
                           {"resolutionRate", true},
                           {"mediationSuccessRate", true},
                           {"onTimeRate", true},
                           {"satisfactionRate", true},
                           {"firstResponseRate", true}};

// `base` narrowed to one month.
CaseFilter monthFilter(CaseFilter base, int year, int month)
{
    const StatsPeriod p = StatsPeriod::month(year, month);
    base.receivedFrom = p.from;
    base.receivedTo = p.to;
    return base;
}

} // namespace

// What a tile counts, where two figures could be confused (docs/statistics.md defines them).
QString DashboardWindow::definitionOf(const QString &key)
{
    if (key == QLatin1String("received"))
        return tr("Complaints received in the period, including those refused or returned.");
    if (key == QLatin1String("accepted"))
        return tr("Of the complaints received in the period, those the council accepted (not refused, returned or "
                  "still waiting for the decision).");
    if (key == QLatin1String("complaintResolutionRate"))
        return tr("Complaint resolution rate: complaints resolved ÷ complaints accepted, as the China Consumers "
                  "Association's published figures count it. It can pass 100% when older cases are closed.");
    if (key == QLatin1String("firstResponseRate"))
        return tr("24-hour response rate: of the complaints received in the period whose complainant has been "
                  "answered (a first contact recorded, or the decision), those answered within the first-contact "
                  "limit of the rules (24 hours unless a rule set says otherwise).");
    if (key == QLatin1String("resolutionRate"))
        return tr("Resolution rate of closed cases: complaints resolved ÷ cases closed in the period.");
    return {};
}

DashboardWindow::DashboardWindow(QSqlDatabase db, const QString &userName, QWidget *parent)
    : QWidget(parent, Qt::Window), m_db(std::move(db)), m_user(userName), m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_sub(new QComboBox(this)), m_district(new QComboBox(this)),
      m_category(new QComboBox(this)), m_channel(new QComboBox(this)), m_caseworker(new QComboBox(this)),
      m_error(new NoticeBar(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Dashboard"));
    auto *outer = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    buildPeriodPicker(bar);
    bar->addSpacing(12);
    buildFilters(bar);
    bar->addStretch(1);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportCsvToolButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Headline figures"), this, &DashboardWindow::exportMeasures);
    for (StatsDimension d : allStatsDimensions())
        exportMenu->addAction(tr("By %1").arg(labelOf(d)), this, [this, d] { exportCsv(d); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Excel Workbook, Every Table..."), this, &DashboardWindow::exportWorkbook);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    auto *report = new QPushButton(tr("Report..."), this);
    report->setObjectName(QStringLiteral("reportPushButton"));
    report->setToolTip(tr("Print preview of the period's report; save it as PDF from there"));
    connect(report, &QPushButton::clicked, this, &DashboardWindow::showReport);
    bar->addWidget(report);
    auto *pdf = new QPushButton(tr("Save PDF..."), this);
    pdf->setObjectName(QStringLiteral("savePdfPushButton"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (auto saved = saveReportPdf(this, m_db, m_user, m_shown, m_shownFilter); !saved)
            m_error->showError(saved.error().message);
    });
    bar->addWidget(pdf);
    auto *notice = new QToolButton(this);
    notice->setObjectName(QStringLiteral("noticeToolButton"));
    notice->setText(tr("Enterprise Notice"));
    notice->setToolTip(tr("The quarterly notice on the networked enterprises (季度通报) for the quarter shown, or the "
                          "quarter the shown period ends in"));
    notice->setPopupMode(QToolButton::InstantPopup);
    auto *noticeMenu = new QMenu(notice);
    noticeMenu->addAction(tr("Print Preview..."), this, [this] { showNotice(NoticeOutput::Preview); });
    noticeMenu->addAction(tr("Save PDF..."), this, [this] { showNotice(NoticeOutput::Pdf); });
    noticeMenu->addAction(tr("Save Excel Workbook..."), this, [this] { showNotice(NoticeOutput::Workbook); });
    notice->setMenu(noticeMenu);
    bar->addWidget(notice);
    // The liaison-point page and report (issue 19): for the quarter or year shown, or the quarter
    // the shown month is in (liaisonReportPeriod).
    auto *liaison = new QToolButton(this);
    liaison->setObjectName(QStringLiteral("liaisonToolButton"));
    liaison->setText(tr("Liaison Points"));
    liaison->setToolTip(tr("The liaison points (联络点) of the quarter or year shown: charts by type and by street, "
                           "and the quarterly or annual report"));
    liaison->setPopupMode(QToolButton::InstantPopup);
    auto *liaisonMenu = new QMenu(liaison);
    liaisonMenu->addAction(tr("Charts by Type and Street..."), this, [this] {
        auto *page = findChild<LiaisonPointsPage *>();
        if (!page) {
            page = new LiaisonPointsPage(m_db, m_user, liaisonReportPeriod(m_shown), this);
            page->setAttribute(Qt::WA_DeleteOnClose);
        } else {
            page->setPeriod(liaisonReportPeriod(m_shown));
        }
        page->show();
        page->raise();
    });
    liaisonMenu->addSeparator();
    const auto liaisonReport = [this](LiaisonReportOutput output) {
        if (auto shown = showLiaisonReport(this, m_db, m_user, liaisonReportPeriod(m_shown), output); !shown)
            m_error->showError(shown.error().message);
    };
    liaisonMenu->addAction(tr("Report Print Preview..."), this, [liaisonReport] { liaisonReport(LiaisonReportOutput::Preview); });
    liaisonMenu->addAction(tr("Save Report PDF..."), this, [liaisonReport] { liaisonReport(LiaisonReportOutput::Pdf); });
    liaisonMenu->addAction(tr("Save Report Excel Workbook..."), this,
                           [liaisonReport] { liaisonReport(LiaisonReportOutput::Workbook); });
    liaisonMenu->addAction(tr("Save Report CSV Files..."), this, [liaisonReport] { liaisonReport(LiaisonReportOutput::Csv); });
    liaison->setMenu(liaisonMenu);
    bar->addWidget(liaison);
    outer->addLayout(bar);

    outer->addWidget(m_error);

    auto *tiles = new QGridLayout;
    int i = 0;
    for (const TileSpec &spec : kTiles) {
        auto *tile = new DashboardTile(QLatin1String(spec.key), spec.upIsGood, this);
        tile->setDefinition(definitionOf(QLatin1String(spec.key)));
        m_tiles.append(tile);
        tiles->addWidget(tile, i / kTilesPerRow, i % kTilesPerRow);
        ++i;
    }
    outer->addLayout(tiles);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < ChartCount; ++c) {
        auto *view = new QChartView(content);
        view->setObjectName(QStringLiteral("chartView%1").arg(c));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        view->setMinimumWidth(420);
        view->setCursor(Qt::PointingHandCursor);
        m_views.append(view);
    }
    grid->addWidget(m_views.at(MonthlySlot), 0, 0);
    grid->addWidget(m_views.at(TrendSlot), 0, 1);
    grid->addWidget(m_views.at(CategorySlot), 1, 0);
    grid->addWidget(m_views.at(ChannelSlot), 1, 1);
    grid->addWidget(m_views.at(BusinessSlot), 2, 0);
    // Issue 5's early warnings (sudden runs of complaints against one business) go here.
    auto *warnings = new QLabel(tr("<b>Early warnings</b><br>Sudden runs of complaints against one business will be "
                                   "listed here."),
                                content);
    warnings->setObjectName(QStringLiteral("earlyWarningsPlaceholder"));
    warnings->setFrameShape(QFrame::StyledPanel);
    warnings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    warnings->setWordWrap(true);
    warnings->setMargin(10);
    grid->addWidget(warnings, 2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    const QDate today = QDate::currentDate();
    setPeriod(StatsPeriod::month(today.year(), today.month()));
}

void DashboardWindow::buildPeriodPicker(QLayout *layout)
{
    auto *label = new QLabel(tr("Period"), this);
    layout->addWidget(label);
    m_kind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_kind->addItem(tr("Month"), int(PeriodKind::Month));
    m_kind->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_kind->addItem(tr("Year"), int(PeriodKind::Year));
    m_year->setObjectName(QStringLiteral("periodYearSpinBox"));
    m_year->setRange(2000, 2100);
    m_sub->setObjectName(QStringLiteral("periodSubComboBox"));
    m_sub->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_kind);
    layout->addWidget(m_year);
    layout->addWidget(m_sub);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateSubPeriods();
        refresh();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &DashboardWindow::refresh);
    connect(m_sub, &QComboBox::currentIndexChanged, this, &DashboardWindow::refresh);
}

void DashboardWindow::updateSubPeriods()
{
    const QSignalBlocker blocker(m_sub);
    const PeriodKind kind = PeriodKind(m_kind->currentData().toInt());
    const int keep = m_sub->currentIndex();
    m_sub->clear();
    if (kind == PeriodKind::Month) {
        for (const QString &month : monthLabels())
            m_sub->addItem(month);
    } else if (kind == PeriodKind::Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_sub->addItem(tr("Q%1").arg(q));
    }
    m_sub->setVisible(kind != PeriodKind::Year);
    m_sub->setCurrentIndex(std::clamp(keep, 0, std::max(0, int(m_sub->count()) - 1)));
}

void DashboardWindow::buildFilters(QLayout *layout)
{
    m_district->setObjectName(QStringLiteral("districtComboBox"));
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_caseworker->setObjectName(QStringLiteral("caseworkerComboBox"));
    m_district->addItem(tr("All districts"));
    // A list that cannot be loaded is said (refresh shows it), not offered as "All" alone.
    QStringList failed;
    if (auto stats = StatisticsService::forUser(m_db, m_user)) {
        if (auto districts = stats->districts()) {
            for (const QString &district : districts.value())
                m_district->addItem(district, district);
        } else {
            failed << tr("The districts could not be loaded: %1").arg(districts.error().message);
        }
    }
    m_category->addItem(tr("All categories"));
    if (auto categories = TaxonomyRepository(m_db).categories(true)) {
        for (const Category &category : categories.value())
            m_category->addItem(categoryLabel(category), category.id);
    } else {
        failed << tr("The categories could not be loaded: %1").arg(categories.error().message);
    }
    m_channel->addItem(tr("All channels"));
    for (Channel channel : allChannels())
        m_channel->addItem(labelOf(channel), codeOf(channel));
    m_caseworker->addItem(tr("All caseworkers"));
    if (auto users = UserRepository(m_db).list(true)) {
        for (const User &user : users.value()) {
            if (user.role != Role::Administrator)
                m_caseworker->addItem(user.name, user.name);
        }
    } else {
        failed << tr("The caseworkers could not be loaded: %1").arg(users.error().message);
    }
    m_filterProblem = failed.join(QLatin1Char('\n'));
    for (QComboBox *box : {m_district, m_category, m_channel, m_caseworker}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(std::max(6, int(box->itemText(0).size()) + 1)); // "All ..." shows whole
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWindow::refresh);
    }
}

StatsFilter DashboardWindow::filter() const
{
    StatsFilter f;
    if (m_district->currentIndex() > 0)
        f.district = m_district->currentData().toString();
    if (m_category->currentIndex() > 0)
        f.categoryId = m_category->currentData().toLongLong();
    if (m_channel->currentIndex() > 0)
        f.channel = channelFromCode(m_channel->currentData().toString());
    if (m_caseworker->currentIndex() > 0)
        f.caseworker = m_caseworker->currentData().toString();
    return f;
}

void DashboardWindow::setFilter(const StatsFilter &f)
{
    m_building = true;
    m_district->setCurrentIndex(std::max(0, m_district->findData(f.district)));
    m_category->setCurrentIndex(f.categoryId ? std::max(0, m_category->findData(*f.categoryId)) : 0);
    m_channel->setCurrentIndex(f.channel ? std::max(0, m_channel->findData(codeOf(*f.channel))) : 0);
    m_caseworker->setCurrentIndex(std::max(0, m_caseworker->findData(f.caseworker)));
    m_building = false;
    refresh();
}

StatsPeriod DashboardWindow::period() const
{
    const int year = m_year->value();
    switch (PeriodKind(m_kind->currentData().toInt())) {
    case PeriodKind::Month: return StatsPeriod::month(year, m_sub->currentIndex() + 1);
    case PeriodKind::Quarter: return StatsPeriod::quarter(year, m_sub->currentIndex() + 1);
    default: return StatsPeriod::year(year);
    }
}

void DashboardWindow::setPeriod(const StatsPeriod &period)
{
    m_building = true;
    {
        const QSignalBlocker a(m_kind), b(m_year);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(period.kind))));
        m_year->setValue(period.from.year());
        updateSubPeriods();
    }
    {
        const QSignalBlocker c(m_sub);
        if (period.kind == PeriodKind::Month)
            m_sub->setCurrentIndex(period.from.month() - 1);
        else if (period.kind == PeriodKind::Quarter)
            m_sub->setCurrentIndex((period.from.month() - 1) / 3);
    }
    m_building = false;
    refresh();
}

void DashboardWindow::setUser(const QString &userName)
{
    m_user = userName;
    refresh();
}

QString DashboardWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DashboardWindow::refresh()
{
    if (m_building)
        return;
    m_error->hide();
    if (!m_filterProblem.isEmpty())
        m_error->showError(m_filterProblem);
    const StatsPeriod p = period();
    const StatsFilter f = filter();
    m_shown = p;
    m_shownFilter = f;
    auto fail = [this](const Error &error) {
        m_error->showError(error.message);
    };
    auto stats = StatisticsService::forUser(m_db, m_user);
    if (!stats)
        return fail(stats.error());
    // Cases changed since the figures were last counted are counted first: at once for a
    // few, with progress and Cancel for a whole file.
    if (auto counted = refreshStatistics(this, m_db); !counted)
        return fail(counted.error());
    auto summary = stats->summary(p, f);
    if (!summary)
        return fail(summary.error());
    const QString comparedWith = p.sameLastYear().label();
    for (const MeasureLine &line : measureLines(summary.value())) {
        for (DashboardTile *tile : std::as_const(m_tiles)) {
            if (tile->key() == line.key)
                tile->setMeasure(line, comparedWith);
        }
    }
    const int year = p.to.year();
    auto thisYear = stats->monthlyReceived(year, f);
    auto lastYear = stats->monthlyReceived(year - 1, f);
    auto categories = stats->breakdown(StatsDimension::Category, p, f);
    auto channels = stats->breakdown(StatsDimension::Channel, p, f);
    auto businesses = stats->topBusinesses(p, f, 8);
    auto months = stats->monthlyCounts(year, QDate::currentDate(), f);
    for (const Error *error : {thisYear ? nullptr : &thisYear.error(), lastYear ? nullptr : &lastYear.error(),
                               categories ? nullptr : &categories.error(), channels ? nullptr : &channels.error(),
                               businesses ? nullptr : &businesses.error(), months ? nullptr : &months.error()}) {
        if (error)
            return fail(*error);
    }
    setChart(MonthlySlot, monthlyVolumeChart(year, thisYear.value(), lastYear.value()));
    setChart(TrendSlot, rateTrendChart(tr("Resolution, satisfaction and on-time rates, %1").arg(year), months.value()));
    setChart(CategorySlot, breakdownBarChart(tr("Complaints by category, %1").arg(p.label()), categories.value(), 8));
    setChart(ChannelSlot, breakdownPieChart(tr("Complaints by channel, %1").arg(p.label()), channels.value(), 6));
    setChart(BusinessSlot,
             breakdownBarChart(tr("Businesses with the most complaints, %1").arg(p.label()), businesses.value(), 8));
}

void DashboardWindow::setChart(int index, QChart *chart)
{
    setChartFont(chart, font());
    QChartView *view = m_views.at(index);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    connectClicks(index, chart);
}

CaseFilter DashboardWindow::periodFilter() const
{
    CaseFilter f;
    f.receivedFrom = m_shown.from;
    f.receivedTo = m_shown.to;
    // The case list narrows by everything the dashboard's filters do.
    f.categoryId = m_shownFilter.categoryId;
    f.channel = m_shownFilter.channel;
    f.assignee = m_shownFilter.caseworker;
    f.district = m_shownFilter.district;
    return f;
}

void DashboardWindow::connectClicks(int index, QChart *chart)
{
    const QStringList keys = chart->property("keys").toStringList();
    const QStringList labels = chart->property("labels").toStringList();
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this, index, keys, labels](int i, QBarSet *set) {
                CaseFilter f = periodFilter();
                const QString key = keys.value(i);
                if (index == MonthlySlot) {
                    // The bar of the year before or of this year, in that month.
                    const int year = set->label().toInt();
                    f = monthFilter(f, year, i + 1);
                } else if (index == CategorySlot) {
                    f.categoryId = key.toLongLong();
                } else if (index == BusinessSlot) {
                    // Cases have no business filter: the business's name finds them.
                    f.text = labels.value(i);
                }
                emit openCases(f);
            });
        }
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            connect(pie, &QPieSeries::clicked, this, [this, pie, keys](QPieSlice *slice) {
                CaseFilter f = periodFilter();
                f.channel = channelFromCode(keys.value(int(pie->slices().indexOf(slice))));
                emit openCases(f);
            });
        }
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
                emit openCases(
                    monthFilter(periodFilter(), m_shown.to.year(), std::clamp(qRound(point.x()) + 1, 1, 12)));
            });
        }
    }
}

void DashboardWindow::exportCsv(StatsDimension dimension)
{
    auto stats = StatisticsService::forUser(m_db, m_user);
    if (!stats)
        return m_error->showError(stats.error().message);
    if (auto counted = refreshStatistics(this, m_db); !counted)
        return m_error->showError(counted.error().message);
    auto rows = stats->breakdown(dimension, m_shown, m_shownFilter);
    if (!rows)
        return m_error->showError(rows.error().message);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("%1-%2.csv").arg(m_shown.code(), codeOf(dimension)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(breakdownToCsv(dimension, rows.value()).toUtf8()) < 0)
        m_error->showError(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
}

void DashboardWindow::exportMeasures()
{
    auto stats = StatisticsService::forUser(m_db, m_user);
    if (!stats)
        return m_error->showError(stats.error().message);
    if (auto counted = refreshStatistics(this, m_db); !counted)
        return m_error->showError(counted.error().message);
    auto summary = stats->summary(m_shown, m_shownFilter);
    if (!summary)
        return m_error->showError(summary.error().message);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("%1.csv").arg(m_shown.code()), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(measuresToCsv(summary.value()).toUtf8()) < 0)
        m_error->showError(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
}

void DashboardWindow::exportWorkbook()
{
    auto stats = StatisticsService::forUser(m_db, m_user);
    if (!stats)
        return m_error->showError(stats.error().message);
    if (auto counted = refreshStatistics(this, m_db); !counted)
        return m_error->showError(counted.error().message);
    auto scope = describeScope(m_db, m_shownFilter);
    if (!scope)
        return m_error->showError(scope.error().message);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Excel Workbook"),
                                                      QStringLiteral("%1.xlsx").arg(m_shown.code()),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString title =
        scope->isEmpty() ? m_shown.label() : QStringLiteral("%1 · %2").arg(m_shown.label(), scope.value());
    if (auto written = writeStatisticsXlsx(stats.value(), m_shown, m_shownFilter, path, title); !written)
        m_error->showError(written.error().message);
}

StatsPeriod DashboardWindow::noticeQuarter() const
{
    if (m_shown.kind == PeriodKind::Quarter)
        return m_shown;
    const QDate end = std::min(m_shown.to, QDate::currentDate());
    return StatsPeriod::quarter(end.year(), (end.month() - 1) / 3 + 1);
}

void DashboardWindow::showNotice(NoticeOutput output)
{
    if (auto shown = showQuarterlyNotice(this, m_db, m_user, noticeQuarter(), output); !shown)
        m_error->showError(shown.error().message);
}

void DashboardWindow::showReport()
{
    if (auto shown = showReportPreview(this, m_db, m_user, m_shown, m_shownFilter); !shown)
        m_error->showError(shown.error().message);
}

} // namespace casedesk
