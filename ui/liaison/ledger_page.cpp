#include "liaison/ledger_page.h"

#include "day_edit.h"
#include "domain/money.h"
#include "liaison/liaison_ledger_service.h"
#include "notice_bar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

// The columns of a month's row, in LedgerFigures' order; the amount is typed in yuan.
enum Column { Consultations, Trainees, Trainings, Leaflets, Settled, SettledAmount, SavedBy, Columns };

qint64 countOf(const LedgerFigures &f, int column)
{
    switch (column) {
    case Consultations: return f.consultations;
    case Trainees: return f.trainees;
    case Trainings: return f.trainings;
    case Leaflets: return f.leaflets;
    case Settled: return f.settled;
    default: return 0;
    }
}

} // namespace

LedgerPage::LedgerPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_point(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_months(new QTableWidget(12, Columns, this)), m_visits(new QTableWidget(0, 3, this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("ledgerPage"));
    m_year->setRange(2000, QDate::currentDate().year());
    m_year->setValue(QDate::currentDate().year());
    m_months->setObjectName(QStringLiteral("ledgerMonths"));
    m_months->setHorizontalHeaderLabels({tr("Consultations"), tr("People trained"), tr("Trainings"), tr("Leaflets"),
                                         tr("Settled on site"), tr("Amount settled (¥)"), tr("Saved by")});
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_visits->setObjectName(QStringLiteral("ledgerVisits"));
    m_visits->setHorizontalHeaderLabels({tr("Visited on"), tr("Official"), tr("Findings")});
    m_visits->horizontalHeader()->setStretchLastSection(true);
    m_visits->verticalHeader()->hide();
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *save = new QPushButton(tr("Save Changes"), this);
    save->setObjectName(QStringLiteral("ledgerSaveButton"));
    auto *visit = new QPushButton(tr("Record a Visit..."), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Liaison point"), this));
    top->addWidget(m_point, 1);
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(save);
    bottom->addStretch();
    bottom->addWidget(visit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addWidget(m_months, 3);
    layout->addWidget(new QLabel(tr("Visits by the official guiding the point (定人指导)"), this));
    layout->addWidget(m_visits, 1);
    layout->addLayout(bottom);
    m_notice->hide();
    connect(m_point, &QComboBox::activated, this, &LedgerPage::load);
    connect(m_year, &QSpinBox::valueChanged, this, &LedgerPage::load);
    connect(save, &QPushButton::clicked, this, &LedgerPage::saveChanges);
    connect(visit, &QPushButton::clicked, this, &LedgerPage::chooseVisit);
}

void LedgerPage::setPoints(const QList<LiaisonPoint> &points)
{
    const qint64 chosen = m_point->currentData().toLongLong();
    m_points = points;
    m_point->clear();
    for (const LiaisonPoint &point : points)
        m_point->addItem(point.street.isEmpty() ? point.name : QStringLiteral("%1（%2）").arg(point.name, point.street),
                         point.id);
    m_point->setCurrentIndex(std::max(0, m_point->findData(chosen)));
    load();
}

void LedgerPage::showPoint(qint64 pointId, int year)
{
    m_point->setCurrentIndex(std::max(0, m_point->findData(pointId)));
    m_year->blockSignals(true);
    m_year->setValue(year);
    m_year->blockSignals(false);
    load();
}

void LedgerPage::load()
{
    m_loaded.clear();
    const qint64 pointId = m_point->currentData().toLongLong();
    const QLocale locale;
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << locale.monthName(m, QLocale::ShortFormat);
    m_months->setVerticalHeaderLabels(months);
    m_months->clearContents();
    m_visits->setRowCount(0);
    if (pointId <= 0)
        return;
    LiaisonLedgerService ledgers(m_db);
    auto year = ledgers.year(pointId, m_year->value(), m_actor);
    if (!year) {
        m_notice->showError(tr("The ledger could not be loaded: %1").arg(year.error().message));
        m_months->setEnabled(false);
        return;
    }
    m_months->setEnabled(true);
    m_loaded = year.value();
    const QDate today = QDate::currentDate();
    for (int row = 0; row < m_loaded.size() && row < 12; ++row) {
        const LedgerMonth &month = m_loaded.at(row);
        const bool future = month.month > today;
        for (int column = 0; column < Columns; ++column) {
            QString text = column == SettledAmount ? formatYuan(month.figures.settledFen)
                           : column == SavedBy     ? month.savedBy
                                                   : QString::number(countOf(month.figures, column));
            auto *item = new QTableWidgetItem(month.version == 0 && column != SavedBy ? QString() : text);
            item->setTextAlignment(column == SavedBy ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            if (future || column == SavedBy)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_months->setItem(row, column, item);
        }
    }
    auto visits = ledgers.visits(pointId, m_year->value(), m_actor);
    if (!visits) {
        m_notice->showError(tr("The visits could not be loaded: %1").arg(visits.error().message));
        return;
    }
    m_visits->setRowCount(int(visits->size()));
    for (int row = 0; row < visits->size(); ++row) {
        const LiaisonVisit &v = visits->at(row);
        m_visits->setItem(row, 0, new QTableWidgetItem(locale.toString(v.visitedOn, QLocale::ShortFormat)));
        m_visits->setItem(row, 1, new QTableWidgetItem(v.official));
        m_visits->setItem(row, 2, new QTableWidgetItem(v.findings));
    }
    if (m_notice->kind() == NoticeBar::Kind::Error)
        m_notice->hide();
}

LedgerFigures LedgerPage::typedFigures(int row, QString *problem) const
{
    LedgerFigures f;
    qint64 *counts[] = {&f.consultations, &f.trainees, &f.trainings, &f.leaflets, &f.settled};
    for (int column = Consultations; column <= Settled; ++column) {
        const QString text = m_months->item(row, column) ? m_months->item(row, column)->text().trimmed() : QString();
        bool number = text.isEmpty();
        *counts[column] = text.isEmpty() ? 0 : text.toLongLong(&number);
        if (!number)
            *problem = tr("\"%1\" is not a whole number.").arg(text.left(20));
    }
    const QString amount = m_months->item(row, SettledAmount) ? m_months->item(row, SettledAmount)->text().trimmed()
                                                              : QString();
    if (const auto fen = amount.isEmpty() ? std::optional<qint64>(0) : parseYuan(amount))
        f.settledFen = *fen;
    else
        *problem = tr("\"%1\" is not an amount in yuan.").arg(amount.left(20));
    return f;
}

bool LedgerPage::saveChanges()
{
    const QLocale locale;
    QStringList problems;
    int saved = 0;
    LiaisonLedgerService ledgers(m_db);
    for (int row = 0; row < m_loaded.size(); ++row) {
        QString problem;
        const LedgerFigures typed = typedFigures(row, &problem);
        const QString month = locale.monthName(row + 1);
        if (!problem.isEmpty()) {
            problems << tr("%1: %2").arg(month, problem);
            continue;
        }
        LedgerMonth ledger = m_loaded.at(row);
        if (typed == ledger.figures)
            continue; // unchanged (an empty month typed as empty stays unsaved)
        ledger.figures = typed;
        auto stored = ledgers.saveMonth(ledger, m_actor);
        if (!stored) {
            problems << tr("%1: %2").arg(month, stored.error().message);
            continue;
        }
        m_loaded[row] = stored.value(); // its new version: saving again after a refusal elsewhere
        ++saved;
    }
    if (!problems.isEmpty()) {
        // What was saved stays saved; the refused months keep what was typed.
        m_notice->showError(tr("Not saved:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    load();
    m_notice->showMessage(tr("%n month(s) saved.", nullptr, saved), NoticeBar::Kind::Information);
    return true;
}

bool LedgerPage::addVisit(const QDate &on, const QString &findings)
{
    const qint64 pointId = m_point->currentData().toLongLong();
    if (pointId <= 0)
        return false;
    LiaisonVisit visit;
    visit.pointId = pointId;
    visit.visitedOn = on;
    visit.official = m_actor;
    visit.findings = findings.trimmed();
    auto stored = LiaisonLedgerService(m_db).addVisit(visit, m_actor);
    if (!stored) {
        m_notice->showError(stored.error().message);
        return false;
    }
    load();
    m_notice->showMessage(tr("Visit recorded."), NoticeBar::Kind::Information);
    return true;
}

void LedgerPage::chooseVisit()
{
    if (m_point->currentData().toLongLong() <= 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a Visit to %1").arg(m_point->currentText()));
    auto *on = newDayEdit(&dialog);
    auto *findings = new QPlainTextEdit(&dialog);
    findings->setPlaceholderText(tr("What the official found and advised"));
    auto *form = new QFormLayout;
    form->addRow(tr("Visited on"), on);
    form->addRow(tr("Findings"), findings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        addVisit(on->date(), findings->toPlainText());
}

} // namespace casedesk
