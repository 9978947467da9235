#pragma once

#include "letters/letter.h"
#include "mediation/mediation.h"
#include "pdf_document.h"
#include "storage/user_repository.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// The Mediation tab of a case: its sessions, the mediation agreement (draft, signing,
// performance, judicial-confirmation window, PDF), the termination and its notice deadline,
// and the court referral (hearings, outcome, PDF). Writes go through the core services,
// which check Permission::Mediate themselves; the buttons only follow the case's status.
class CaseMediationView : public QWidget {
    Q_OBJECT
public:
    explicit CaseMediationView(QWidget *parent = nullptr);

    void setCase(QSqlDatabase db, qint64 caseId);
    void setUser(const std::optional<User> &user);
    // Reads everything afresh.
    void reload();

    QString agreementSummary() const;
    QString terminationSummary() const;
    QString referralSummary() const;
    QTableWidget *sessionTable() const { return m_sessions; }

signals:
    // Something was recorded; the case pane shows the case afresh.
    void changed(const QString &message);
    // The caseworker wants to terminate mediation (the pane asks for the ground).
    void terminationRequested();
    // Something was refused or could not be done: for the pane's message line.
    void problem(const QString &message);

private:
    void bookSession();
    void openSession();
    void editAgreement();
    void signAgreement();
    void recordPerformance();
    void recordNotice();
    void editReferral();
    void addHearing();
    void closeFromReferral();
    void previewPaper(LetterKind kind);
    void previewAgreement();
    void saveAgreementPdf();
    void previewReferral();
    void saveReferralPdf();
    void preview(const QString &html, const PdfOptions &options);
    void savePdf(const QString &suggestedName, bool agreement);
    void warn(const QString &message);
    QString actor() const { return m_user ? m_user->name : QString(); }

    QSqlDatabase m_db;
    qint64 m_caseId = 0;
    std::optional<User> m_user;
    QList<MediationSession> m_sessionList;
    QTableWidget *m_sessions;
    QPushButton *m_book;
    QPushButton *m_open;
    QLabel *m_agreement;
    QPushButton *m_draft;
    QPushButton *m_sign;
    QPushButton *m_perform;
    QPushButton *m_agreementPreview;
    QPushButton *m_agreementPdf;
    QLabel *m_termination;
    QPushButton *m_terminate;
    QPushButton *m_notice;
    QLabel *m_referral;
    QPushButton *m_refer;
    QPushButton *m_hearing;
    QPushButton *m_close;
    QPushButton *m_referralPreview;
    QPushButton *m_referralPdf;
};

} // namespace casedesk
