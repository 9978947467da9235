#pragma once

#include "domain/complaint.h"
#include "mediation/mediation.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace casedesk {
class NoticeBar;

// Edits the draft of a mediation agreement (调解协议书): the contents the People's Mediation
// Law requires, starting from the Chinese template for a new one. Saves a draft; signing is
// a separate step on the Mediation tab.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(QSqlDatabase db, const Complaint &complaint, const MediationAgreement &agreement,
                    const QString &actor, QWidget *parent = nullptr);

    MediationAgreement agreement() const;
    void setAgreement(const MediationAgreement &agreement);
    // Saves the draft; returns the problem, or empty on success.
    QString save();

private:
    void trySave();

    QSqlDatabase m_db;
    Complaint m_complaint;
    MediationAgreement m_agreement;
    QString m_actor;
    QPlainTextEdit *m_facts;
    QPlainTextEdit *m_disputes;
    QPlainTextEdit *m_responsibility;
    QPlainTextEdit *m_terms;
    QLineEdit *m_method;
    QLineEdit *m_place;
    QDateEdit *m_performBy;
    QLineEdit *m_amount;
    QComboBox *m_mediator;
    QSpinBox *m_copies;
    NoticeBar *m_problem;
};

} // namespace casedesk
