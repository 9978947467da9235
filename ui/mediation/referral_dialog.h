#pragma once

#include "mediation/mediation.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {
class NoticeBar;

// Refers a case to a court (诉调对接) or keeps its referral up to date: the consumer's
// consent, the court, the claims, the volunteer lawyer, the court's case number, the outcome
// and the money awarded and recovered.
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    ReferralDialog(QSqlDatabase db, const CourtReferral &referral, const QString &actor, QWidget *parent = nullptr);

    CourtReferral referral() const;
    void setReferral(const CourtReferral &referral);
    QString save();

private:
    void trySave();
    void updateOutcomeFields();

    QSqlDatabase m_db;
    CourtReferral m_referral;
    QString m_actor;
    QDateEdit *m_consentOn;
    QComboBox *m_court;
    QDateEdit *m_referredOn;
    QPlainTextEdit *m_claims;
    QComboBox *m_lawyer;
    QLineEdit *m_courtCaseNumber;
    QComboBox *m_outcome;
    QDateEdit *m_decidedOn;
    QLineEdit *m_awarded;
    QLineEdit *m_recovered;
    NoticeBar *m_problem;
};

} // namespace casedesk
