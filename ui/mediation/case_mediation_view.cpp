#include "case_mediation_view.h"

#include "agreement_dialog.h"
#include "auth/permissions.h"
#include "domain/grounds.h"
#include "domain/money.h"
#include "documents/letter_page.h"
#include "letters/letter_service.h"
#include "letters/print_preview.h"
#include "mediation/agreement_service.h"
#include "recovery_question.h"
#include "mediation/mediation_papers.h"
#include "mediation/referral_service.h"
#include "mediation/termination_service.h"
#include "referral_dialog.h"
#include "session_dialog.h"
#include "storage/complaint_repository.h"
#include "storage/mediation_session_repository.h"
#include "workflow/case_workflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

// A date field as the small dialogs of this view show it.
QDateEdit *dateField(const QDate &date, QWidget *parent)
{
    auto *field = new QDateEdit(date, parent);
    field->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    field->setCalendarPopup(true);
    return field;
}

// Adds OK and Cancel at the foot of a small dialog's form and shows it: true on OK.
bool confirmed(QDialog &dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QLabel *summaryLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A group: its summary on top, its buttons below, three to a row so they fit the narrow pane.
QGroupBox *group(const QString &title, QWidget *top, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(top);
    auto *grid = new QGridLayout;
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i / 3, i % 3);
    layout->addLayout(grid);
    return box;
}

QString warningText(const QString &text)
{
    return QStringLiteral("<span style=\"color:#b00020;\">%1</span>").arg(text);
}

} // namespace

CaseMediationView::CaseMediationView(QWidget *parent)
    : QWidget(parent), m_sessions(new QTableWidget(0, 4, this)),
      m_book(button(tr("Book Session..."), QStringLiteral("bookSessionButton"), this)),
      m_open(button(tr("Open Session..."), QStringLiteral("openSessionButton"), this)),
      m_agreement(summaryLabel(QStringLiteral("agreementLabel"), this)),
      m_draft(button(tr("Draft..."), QStringLiteral("draftAgreementButton"), this)),
      m_sign(button(tr("Record Signing..."), QStringLiteral("signAgreementButton"), this)),
      m_perform(button(tr("Performance..."), QStringLiteral("performanceButton"), this)),
      m_agreementPreview(button(tr("Print Preview..."), QStringLiteral("agreementPreviewButton"), this)),
      m_agreementPdf(button(tr("Save PDF..."), QStringLiteral("agreementPdfButton"), this)),
      m_termination(summaryLabel(QStringLiteral("terminationLabel"), this)),
      m_terminate(button(tr("Terminate..."), QStringLiteral("terminateButton"), this)),
      m_notice(button(tr("Parties Told..."), QStringLiteral("noticeButton"), this)),
      m_referral(summaryLabel(QStringLiteral("referralLabel"), this)),
      m_refer(button(tr("Refer to Court..."), QStringLiteral("referButton"), this)),
      m_hearing(button(tr("Add Hearing..."), QStringLiteral("hearingButton"), this)),
      m_close(button(tr("Close Case"), QStringLiteral("closeFromReferralButton"), this)),
      m_referralPreview(button(tr("Print Preview..."), QStringLiteral("referralPreviewButton"), this)),
      m_referralPdf(button(tr("Save PDF..."), QStringLiteral("referralPdfButton"), this))
{
    setObjectName(QStringLiteral("caseMediationView"));
    m_sessions->setObjectName(QStringLiteral("sessionTable"));
    m_sessions->setHorizontalHeaderLabels({tr("When"), tr("Mode"), tr("Mediators"), tr("Outcome")});
    m_sessions->verticalHeader()->hide();
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    // Fit the narrow pane: the mediators' names take what the other columns leave.
    // Fit the narrow pane: the time in full, mode and outcome cut short (the tooltip has them
    // whole), the mediators' names in what is left.
    m_sessions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sessions->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_sessions->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Interactive);
    m_sessions->setColumnWidth(1, 72);
    m_sessions->setColumnWidth(3, 84);
    m_sessions->setMinimumHeight(110);
    m_sessions->setMaximumHeight(170);
    m_sessions->setWordWrap(false);
    m_agreement->setToolTip(tr("The parties may jointly apply to a court for judicial confirmation (司法确认) within "
                               "30 days of signing."));

    auto *sessionsTop = new QWidget(this);
    auto *sessionsLayout = new QVBoxLayout(sessionsTop);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(m_sessions);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(group(tr("Sessions"), sessionsTop, {m_book, m_open}, content));
    layout->addWidget(group(tr("Mediation Agreement"), m_agreement,
                            {m_draft, m_sign, m_perform, m_agreementPreview, m_agreementPdf}, content));
    layout->addWidget(group(tr("Termination"), m_termination, {m_terminate, m_notice}, content));
    layout->addWidget(group(tr("Court Referral"), m_referral,
                            {m_refer, m_hearing, m_close, m_referralPreview, m_referralPdf}, content));
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_book, &QPushButton::clicked, this, &CaseMediationView::bookSession);
    connect(m_open, &QPushButton::clicked, this, &CaseMediationView::openSession);
    connect(m_sessions, &QTableWidget::cellDoubleClicked, this, &CaseMediationView::openSession);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(m_sessions->currentRow() >= 0 && m_caseId != 0); });
    connect(m_draft, &QPushButton::clicked, this, &CaseMediationView::editAgreement);
    connect(m_sign, &QPushButton::clicked, this, &CaseMediationView::signAgreement);
    connect(m_perform, &QPushButton::clicked, this, &CaseMediationView::recordPerformance);
    connect(m_agreementPreview, &QPushButton::clicked, this, &CaseMediationView::previewAgreement);
    connect(m_agreementPdf, &QPushButton::clicked, this, &CaseMediationView::saveAgreementPdf);
    connect(m_terminate, &QPushButton::clicked, this, &CaseMediationView::terminationRequested);
    connect(m_notice, &QPushButton::clicked, this, &CaseMediationView::recordNotice);
    connect(m_refer, &QPushButton::clicked, this, &CaseMediationView::editReferral);
    connect(m_hearing, &QPushButton::clicked, this, &CaseMediationView::addHearing);
    connect(m_close, &QPushButton::clicked, this, &CaseMediationView::closeFromReferral);
    connect(m_referralPreview, &QPushButton::clicked, this, &CaseMediationView::previewReferral);
    connect(m_referralPdf, &QPushButton::clicked, this, &CaseMediationView::saveReferralPdf);
}

void CaseMediationView::setCase(QSqlDatabase db, qint64 caseId)
{
    m_db = std::move(db);
    m_caseId = caseId;
    reload();
}

void CaseMediationView::setUser(const std::optional<User> &user)
{
    m_user = user;
    reload();
}

QString CaseMediationView::agreementSummary() const
{
    return m_agreement->text();
}
QString CaseMediationView::terminationSummary() const
{
    return m_termination->text();
}
QString CaseMediationView::referralSummary() const
{
    return m_referral->text();
}

void CaseMediationView::reload()
{
    m_sessions->setRowCount(0);
    m_sessionList.clear();
    for (QPushButton *b : {m_book, m_open, m_draft, m_sign, m_perform, m_agreementPreview, m_agreementPdf, m_terminate,
                           m_notice, m_refer, m_hearing, m_close, m_referralPreview, m_referralPdf})
        b->setEnabled(false);
    m_agreement->clear();
    m_termination->clear();
    m_referral->clear();
    if (m_caseId == 0 || !m_db.isValid())
        return;
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    if (!complaint) {
        m_agreement->setText(complaint.error().message.toHtmlEscaped());
        return;
    }
    const CaseStatus status = complaint->status;
    const QDate today = QDate::currentDate();
    const bool canMediate = m_user && roleAllows(m_user->role, Permission::Mediate);

    if (auto sessions = MediationSessionRepository(m_db).sessionsOf(m_caseId)) {
        m_sessionList = sessions.value();
        m_sessions->setRowCount(int(m_sessionList.size()));
        for (int row = 0; row < m_sessionList.size(); ++row) {
            const MediationSession &s = m_sessionList.at(row);
            // This year's sessions without the year: the pane is narrow.
            const QString when =
                s.startsAt.toString(s.startsAt.date().year() == today.year() ? QStringLiteral("MM-dd HH:mm")
                                                                             : QStringLiteral("yyyy-MM-dd HH:mm"));
            const QStringList cells = {when, labelOf(s.mode), s.mediatorNames.join(QStringLiteral(", ")),
                                       labelOf(s.outcome)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(s.record.isEmpty() ? cells.at(column)
                                                    : cells.at(column) + QStringLiteral("\n\n") + s.record.left(500));
                m_sessions->setItem(row, column, item);
            }
        }
        m_sessions->resizeRowsToContents();
    }
    m_book->setEnabled(canMediate && status == CaseStatus::InMediation);

    // The agreement.
    auto agreement = MediationAgreementService(m_db).agreementOf(m_caseId);
    if (agreement && agreement.value()) {
        const MediationAgreement &a = *agreement.value();
        QStringList lines;
        if (!a.isSigned()) {
            lines << tr("Draft, last saved %1 by %2.")
                         .arg(a.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.updatedBy)
                         .toHtmlEscaped();
            if (auto complete = checkAgreementComplete(a); !complete)
                lines << warningText(tr("Before signing: %1").arg(complete.error().message).toHtmlEscaped());
        } else {
            lines << tr("Signed on %1; to be carried out by %2 (¥%3).")
                         .arg(day(a.signedOn), day(a.performBy), formatYuan(a.amountFen))
                         .toHtmlEscaped();
            const QDate confirmBy = judicialConfirmationDeadline(a);
            const qint64 left = today.daysTo(confirmBy);
            const QString window =
                left >= 0 ? tr("Judicial confirmation: the parties may apply until %1 (%n day(s) left).", "", int(left))
                                .arg(day(confirmBy))
                          : tr("Judicial confirmation: the 30 days ended on %1.").arg(day(confirmBy));
            lines << window.toHtmlEscaped();
            QString performance = tr("Performance: %1").arg(labelOf(a.performance));
            if (a.performanceCheckedOn.isValid())
                performance +=
                    tr(" (checked %1, ¥%2 recovered)").arg(day(a.performanceCheckedOn), formatYuan(a.recoveredFen));
            lines << (performanceOverdue(a, today)
                          ? warningText(tr("Overdue: the terms were due by %1 and are not recorded as performed.")
                                            .arg(day(a.performBy))
                                            .toHtmlEscaped())
                          : performance.toHtmlEscaped());
        }
        m_agreement->setText(lines.join(QStringLiteral("<br/>")));
        m_draft->setEnabled(canMediate && !a.isSigned() && status == CaseStatus::InMediation);
        m_sign->setEnabled(canMediate && !a.isSigned() && status == CaseStatus::InMediation);
        m_perform->setEnabled(canMediate && a.isSigned() && !isFinalStatus(status));
        m_agreementPreview->setEnabled(true);
        m_agreementPdf->setEnabled(true);
    } else {
        m_agreement->setText(agreement ? tr("No agreement yet.").toHtmlEscaped()
                                       : agreement.error().message.toHtmlEscaped());
        m_draft->setEnabled(canMediate && status == CaseStatus::InMediation);
    }

    // Termination.
    auto termination = TerminationService(m_db).lastTermination(m_caseId);
    if (termination && termination.value()) {
        const TerminationRecord &t = *termination.value();
        QString text = tr("Terminated on %1: %2.")
                           .arg(day(t.terminatedAt.date()), groundLabel(GroundKind::Termination, t.ground))
                           .toHtmlEscaped();
        if (t.notifiedOn.isValid())
            text += QStringLiteral("<br/>") +
                    tr("Parties told on %1 (%2).").arg(day(t.notifiedOn), t.method).toHtmlEscaped();
        else if (today > t.noticeDue)
            text += QStringLiteral("<br/>") + warningText(tr("The parties had to be told by %1 (7 working days); "
                                                             "no notice is recorded.")
                                                              .arg(day(t.noticeDue))
                                                              .toHtmlEscaped());
        else
            text += QStringLiteral("<br/>") +
                    tr("Tell the parties by %1 (7 working days).").arg(day(t.noticeDue)).toHtmlEscaped();
        m_termination->setText(text);
        m_notice->setEnabled(canMediate && !isFinalStatus(status));
    } else {
        m_termination->setText(tr("Mediation was not terminated.").toHtmlEscaped());
    }
    m_terminate->setEnabled(canMediate && status == CaseStatus::InMediation);

    // Court referral.
    auto referral = CourtReferralService(m_db).referralOf(m_caseId);
    if (referral && referral.value()) {
        const CourtReferral &r = *referral.value();
        QStringList lines;
        lines << tr("Referred to %1 on %2 (consent %3).")
                     .arg(r.courtName, day(r.referredOn), day(r.consentOn))
                     .toHtmlEscaped();
        if (!r.courtCaseNumber.isEmpty())
            lines << tr("Court case number: %1").arg(r.courtCaseNumber).toHtmlEscaped();
        for (const CourtHearing &h : r.hearings)
            lines
                << tr("Hearing: %1 %2").arg(h.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), h.note).toHtmlEscaped();
        QString outcome = tr("Outcome: %1").arg(labelOf(r.outcome));
        if (r.outcome != ReferralOutcome::Pending)
            outcome += tr(" on %1; awarded ¥%2, recovered ¥%3")
                           .arg(day(r.decidedOn), formatYuan(r.awardedFen), formatYuan(r.recoveredFen));
        lines << outcome.toHtmlEscaped();
        if (!r.lawyerName.isEmpty())
            lines << tr("Volunteer lawyer: %1").arg(r.lawyerName).toHtmlEscaped();
        m_referral->setText(lines.join(QStringLiteral("<br/>")));
        const bool open = status == CaseStatus::MediationTerminated;
        m_refer->setText(tr("Update Referral..."));
        m_refer->setEnabled(canMediate && open);
        m_hearing->setEnabled(canMediate && open);
        m_close->setEnabled(canMediate && open && r.outcome != ReferralOutcome::Pending);
        m_referralPreview->setEnabled(true);
        m_referralPdf->setEnabled(true);
    } else {
        m_referral->setText(referral ? tr("Not referred to a court.").toHtmlEscaped()
                                     : referral.error().message.toHtmlEscaped());
        m_refer->setText(tr("Refer to Court..."));
        m_refer->setEnabled(canMediate && status == CaseStatus::MediationTerminated);
    }
}

void CaseMediationView::warn(const QString &message)
{
    emit problem(message); // in the case pane's message line, not a box over the caseworker's work
}

void CaseMediationView::bookSession()
{
    MediationSession s;
    s.complaintId = m_caseId;
    s.startsAt = QDateTime(QDate::currentDate().addDays(1), QTime(9, 30));
    SessionDialog dialog(m_db, s, actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(
            tr("Session booked for %1.").arg(dialog.session().startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void CaseMediationView::openSession()
{
    const int row = m_sessions->currentRow();
    if (row < 0 || row >= m_sessionList.size())
        return;
    SessionDialog dialog(m_db, m_sessionList.at(row), actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Session saved."));
}

void CaseMediationView::editAgreement()
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    if (!complaint)
        return warn(complaint.error().message);
    auto stored = MediationAgreementService(m_db).agreementOf(m_caseId);
    if (!stored)
        return warn(stored.error().message);
    const MediationAgreement a = stored.value() ? *stored.value() : agreementTemplate(complaint.value());
    AgreementDialog dialog(m_db, complaint.value(), a, actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Agreement of %1 saved as a draft.").arg(complaint->caseNumber));
}

void CaseMediationView::signAgreement()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Agreement Signed"));
    auto *date = dateField(QDate::currentDate(), &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Both parties signed (or sealed, or put their fingerprint on) the agreement, and the "
                               "mediator signed it. The case becomes \"agreement reached\"."),
                            &dialog));
    form->addRow(tr("Signed on"), date);
    if (!confirmed(dialog, form))
        return;
    auto signedAgreement = MediationAgreementService(m_db).sign(m_caseId, date->date(), actor());
    if (!signedAgreement)
        return warn(signedAgreement.error().message);
    emit changed(tr("Agreement signed on %1.").arg(day(date->date())));
}

void CaseMediationView::recordPerformance()
{
    auto stored = MediationAgreementService(m_db).agreementOf(m_caseId);
    if (!stored || !stored.value())
        return;
    const MediationAgreement a = *stored.value();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Performance of the Agreement"));
    auto *status = new QComboBox(&dialog);
    for (Performance p : allPerformances())
        status->addItem(labelOf(p), codeOf(p));
    status->setCurrentIndex(status->findData(codeOf(a.performance)));
    auto *date = dateField(a.performanceCheckedOn.isValid() ? a.performanceCheckedOn : QDate::currentDate(), &dialog);
    auto *recovered = new QLineEdit(formatYuan(a.recoveredFen ? a.recoveredFen : a.amountFen), &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Carried out?"), status);
    form->addRow(tr("Checked on"), date);
    form->addRow(tr("Money recovered (¥)"), recovered);
    if (!confirmed(dialog, form))
        return;
    const Performance performance =
        performanceFromCode(status->currentData().toString()).value_or(Performance::Pending);
    const bool money = performance == Performance::Performed || performance == Performance::Partly;
    const auto fen = money ? parseYuan(recovered->text()) : std::optional<qint64>(0);
    if (!fen)
        return warn(tr("Write the money recovered in yuan, such as 2400 or 2,400.50."));
    auto done = withRecoveryQuestions<MediationAgreement>(this, [&](const RecoveryDecision &decision) {
        return MediationAgreementService(m_db).recordPerformance(m_caseId, performance, date->date(), *fen, actor(),
                                                                 QDateTime::currentDateTime(), decision);
    });
    if (!done)
        return warn(done.error().message);
    emit changed(
        tr("Performance recorded: %1, ¥%2 recovered.").arg(labelOf(done->performance), formatYuan(done->recoveredFen)));
}

void CaseMediationView::recordNotice()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Parties Told of the Termination"));
    auto *date = dateField(QDate::currentDate(), &dialog);
    auto *method = new QLineEdit(&dialog);
    method->setPlaceholderText(tr("Phone, SMS, letter, in person..."));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Told on"), date);
    form->addRow(tr("How"), method);
    if (!confirmed(dialog, form))
        return;
    auto done = TerminationService(m_db).recordNotice(m_caseId, date->date(), method->text(), actor());
    if (!done)
        return warn(done.error().message);
    emit changed(tr("Notice of the termination recorded."));
}

void CaseMediationView::editReferral()
{
    auto stored = CourtReferralService(m_db).referralOf(m_caseId);
    if (!stored)
        return warn(stored.error().message);
    CourtReferral r;
    if (stored.value()) {
        r = *stored.value();
    } else if (auto complaint = ComplaintRepository(m_db).get(m_caseId)) {
        r.claims = complaint->demand;
    }
    r.complaintId = m_caseId;
    ReferralDialog dialog(m_db, r, actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Court referral saved."));
}

void CaseMediationView::addHearing()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Hearing"));
    auto *when = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(14, 0)), &dialog);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    when->setCalendarPopup(true);
    auto *note = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date and time"), when);
    form->addRow(tr("Note"), note);
    if (!confirmed(dialog, form))
        return;
    auto done = CourtReferralService(m_db).addHearing(m_caseId, when->dateTime(), note->text(), actor());
    if (!done)
        return warn(done.error().message);
    emit changed(tr("Hearing added."));
}

void CaseMediationView::closeFromReferral()
{
    auto closed = CourtReferralService(m_db).closeCase(m_caseId, actor());
    if (!closed)
        return warn(closed.error().message);
    emit changed(tr("%1 is now: %2").arg(closed->caseNumber, labelOf(closed->status)));
}

void CaseMediationView::preview(const QString &html, const PdfOptions &options)
{
    if (auto shown = showPrintPreview(this, html, options); !shown)
        warn(shown.error().message);
}

void CaseMediationView::previewPaper(LetterKind kind)
{
    auto letter = LetterService(m_db).compose(m_caseId, kind, actor());
    if (!letter)
        return warn(letter.error().message);
    auto page = letterPage(m_db, letter.value());
    if (!page)
        return warn(page.error().message);
    preview(page->html, page->options);
}

void CaseMediationView::previewAgreement() { previewPaper(LetterKind::Agreement); }

void CaseMediationView::previewReferral() { previewPaper(LetterKind::Referral); }

void CaseMediationView::savePdf(const QString &suggestedName, bool agreement)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggestedName, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = writeCaseLetterPdf(m_db, m_caseId, agreement ? LetterKind::Agreement : LetterKind::Referral,
                                          actor(), path);
        !written)
        return warn(written.error().message);
    emit changed(tr("Saved %1").arg(path));
}

void CaseMediationView::saveAgreementPdf()
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    savePdf(QStringLiteral("调解协议书-%1.pdf").arg(complaint ? complaint->caseNumber : QString()), true);
}

void CaseMediationView::saveReferralPdf()
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    savePdf(QStringLiteral("诉调对接移送函-%1.pdf").arg(complaint ? complaint->caseNumber : QString()), false);
}

} // namespace casedesk
