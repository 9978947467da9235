#include "session_dialog.h"

#include "notice_bar.h"

#include "groups/group_service.h"

#include "mediation/session_service.h"
#include "storage/mediation_directory_repository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

SessionDialog::SessionDialog(QSqlDatabase db, const MediationSession &session, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_session(session), m_actor(actor), m_startsAt(new QDateTimeEdit(this)),
      m_minutes(new QSpinBox(this)), m_mode(new QComboBox(this)), m_mediators(new QListWidget(this)),
      m_place(new QLineEdit(this)), m_participants(new QLineEdit(this)), m_record(new QPlainTextEdit(this)),
      m_outcome(new QComboBox(this)), m_problem(new NoticeBar(this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(session.id == 0 ? tr("Book Mediation Session") : tr("Mediation Session"));
    m_startsAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startsAt->setCalendarPopup(true);
    m_minutes->setRange(5, 600);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    for (SessionMode mode : allSessionModes())
        m_mode->addItem(labelOf(mode), codeOf(mode));
    for (SessionOutcome outcome : allSessionOutcomes())
        m_outcome->addItem(labelOf(outcome), codeOf(outcome));
    if (auto people = MediationDirectoryRepository(m_db).mediators(true)) {
        for (const Mediator &m : people.value()) {
            if (!m.active && !session.mediatorIds.contains(m.id))
                continue;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2%3)")
                    .arg(m.name, labelOf(m.kind), m.office.isEmpty() ? QString() : QStringLiteral(", ") + m.office),
                m_mediators);
            item->setData(Qt::UserRole, m.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_mediators->setObjectName(QStringLiteral("mediatorList"));
    m_mediators->setMaximumHeight(110);
    m_place->setPlaceholderText(tr("Room, address or meeting number"));
    m_participants->setPlaceholderText(tr("The parties and others present"));
    m_record->setPlaceholderText(tr("What each party said, what was proposed, what was agreed"));
    m_problem->setObjectName(QStringLiteral("problemBar"));

    auto *form = new QFormLayout;
    form->addRow(tr("Date and time"), m_startsAt);
    form->addRow(tr("Length"), m_minutes);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Mediators"), m_mediators);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Participants"), m_participants);
    form->addRow(tr("Record (笔录)"), m_record);
    form->addRow(tr("Outcome"), m_outcome);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    setSession(session);
    resize(560, 560);
}

void SessionDialog::setSession(const MediationSession &s)
{
    m_startsAt->setDateTime(s.startsAt.isValid() ? s.startsAt : QDateTime::currentDateTime());
    m_minutes->setValue(s.minutes);
    m_mode->setCurrentIndex(m_mode->findData(codeOf(s.mode)));
    m_outcome->setCurrentIndex(m_outcome->findData(codeOf(s.outcome)));
    for (int i = 0; i < m_mediators->count(); ++i) {
        QListWidgetItem *item = m_mediators->item(i);
        item->setCheckState(s.mediatorIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    m_place->setText(s.place);
    m_participants->setText(s.participants);
    m_record->setPlainText(s.record);
}

MediationSession SessionDialog::session() const
{
    MediationSession s = m_session;
    s.startsAt = m_startsAt->dateTime();
    s.minutes = m_minutes->value();
    s.mode = sessionModeFromCode(m_mode->currentData().toString()).value_or(SessionMode::OnSite);
    s.outcome = sessionOutcomeFromCode(m_outcome->currentData().toString()).value_or(SessionOutcome::Planned);
    s.mediatorIds.clear();
    for (int i = 0; i < m_mediators->count(); ++i) {
        if (m_mediators->item(i)->checkState() == Qt::Checked)
            s.mediatorIds.append(m_mediators->item(i)->data(Qt::UserRole).toLongLong());
    }
    s.place = m_place->text();
    s.participants = m_participants->text();
    s.record = m_record->toPlainText();
    return s;
}

QString SessionDialog::save(bool acceptClashes)
{
    MediationSessionService service(m_db);
    const MediationSession s = session();
    if (!acceptClashes) {
        auto clashes = service.clashesFor(s);
        if (clashes && !clashes->isEmpty()) {
            QStringList lines;
            for (const BookingClash &c : clashes.value())
                lines << tr("%1 is already booked for %2 at %3 (%4 min).")
                             .arg(c.mediatorName, c.otherCaseNumber,
                                  c.otherStartsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                             .arg(c.otherMinutes);
            const auto answer = QMessageBox::question(this, tr("Mediator Booked Twice"),
                                                      lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                                          tr("Book this session anyway?"));
            if (answer != QMessageBox::Yes)
                return tr("Not saved: choose another time or mediator.");
        }
    }
    if (m_groupId != 0) {
        auto booked = GroupService(m_db).scheduleSession(m_groupId, s, m_actor);
        if (!booked)
            return booked.error().message;
        m_session = booked->first().session;
        return {};
    }
    auto saved = service.save(s, m_actor);
    if (!saved)
        return saved.error().message;
    m_session = saved->session;
    return {};
}

void SessionDialog::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    setWindowTitle(tr("Session for the Whole Group"));
}

void SessionDialog::trySave()
{
    const QString problem = save(false);
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_problem->showError(problem);
}

} // namespace casedesk
