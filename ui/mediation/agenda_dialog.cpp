#include "agenda_dialog.h"

#include "mediation/session_service.h"
#include "notice_bar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

AgendaDialog::AgendaDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_span(new QComboBox(this)), m_tree(new QTreeWidget(this)), m_warning(new NoticeBar(this))
{
    setObjectName(QStringLiteral("agendaDialog"));
    setWindowTitle(tr("Mediation Agenda"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_span->addItem(tr("Week"), true);
    m_span->addItem(tr("Day"), false);
    auto *previous = new QPushButton(tr("< Previous"), this);
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(tr("Next >"), this);
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setHeaderLabels({tr("Time"), tr("Case"), tr("Mode"), tr("Mediators"), tr("Place"), tr("Outcome")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_warning->setObjectName(QStringLiteral("agendaWarning"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_date);
    bar->addWidget(m_span);
    bar->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, this, &AgendaDialog::reload);
    connect(m_span, &QComboBox::currentIndexChanged, this, &AgendaDialog::reload);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const qint64 caseId = item->data(0, Qt::UserRole).toLongLong();
        if (caseId != 0)
            emit caseRequested(caseId);
    });
    reload();
    resize(900, 520);
}

void AgendaDialog::showPeriod(const QDate &date, bool week)
{
    m_span->setCurrentIndex(week ? 0 : 1);
    m_date->setDate(date);
    reload();
}

QString AgendaDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void AgendaDialog::step(int direction)
{
    const bool week = m_span->currentData().toBool();
    m_date->setDate(m_date->date().addDays(direction * (week ? 7 : 1)));
}

void AgendaDialog::reload()
{
    m_tree->clear();
    m_warning->hide();
    const bool week = m_span->currentData().toBool();
    const QDate from = week ? m_date->date().addDays(1 - m_date->date().dayOfWeek()) : m_date->date();
    const QDate to = week ? from.addDays(6) : from;
    MediationSessionService service(m_db);
    auto sessions = service.agenda(from, to);
    if (!sessions) {
        m_warning->showError(tr("The agenda could not be loaded: %1").arg(sessions.error().message));
        return;
    }
    QStringList clashes;
    QDate current;
    for (const MediationSession &s : sessions.value()) {
        if (s.startsAt.date() != current) {
            current = s.startsAt.date();
            auto *dayItem = new QTreeWidgetItem(m_tree, {QLocale().toString(current, QLocale::LongFormat)});
            dayItem->setFirstColumnSpanned(true);
            QFont bold = dayItem->font(0);
            bold.setBold(true);
            dayItem->setFont(0, bold);
        }
        auto *item =
            new QTreeWidgetItem(m_tree, {QStringLiteral("%1–%2").arg(s.startsAt.toString(QStringLiteral("HH:mm")),
                                                                     s.endsAt().toString(QStringLiteral("HH:mm"))),
                                         s.caseNumber, labelOf(s.mode), s.mediatorNames.join(QStringLiteral(", ")),
                                         s.place, labelOf(s.outcome)});
        item->setData(0, Qt::UserRole, s.complaintId);
        auto clash = service.clashesFor(s);
        if (clash && !clash->isEmpty()) {
            item->setToolTip(3, tr("Booked twice"));
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, QColor(0xb0, 0x00, 0x20));
            // Each pair once: the later-listed session of a pair names the earlier one.
            for (const BookingClash &c : clash.value()) {
                if (c.otherSessionId < s.id)
                    continue;
                clashes << tr("%1 on %2: %3 and %4.")
                               .arg(c.mediatorName, s.startsAt.toString(QStringLiteral("MM-dd HH:mm")), s.caseNumber,
                                    c.otherCaseNumber);
            }
        }
    }
    if (sessions->isEmpty())
        new QTreeWidgetItem(m_tree, {tr("No sessions in this period.")});
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    if (!clashes.isEmpty()) {
        constexpr int kShown = 4;
        QString text = tr("Mediators booked twice:") + QLatin1Char(' ') + clashes.mid(0, kShown).join(QLatin1Char(' '));
        if (clashes.size() > kShown)
            text += QLatin1Char(' ') + tr("And %1 more (shown in red).").arg(clashes.size() - kShown);
        m_warning->showMessage(text, NoticeBar::Kind::Warning);
    }
}

} // namespace casedesk
