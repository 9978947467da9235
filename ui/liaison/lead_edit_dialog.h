#pragma once

#include "liaison/liaison_lead.h"
#include "liaison/liaison_point.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class NoticeBar;

// A lead (线索) on illegal business a point passed on: a new one, or one followed up (forwarded
// to a regulator, answered). Saved through LiaisonLeadService; a refusal stays shown with what
// was typed.
class LeadEditDialog : public QDialog {
    Q_OBJECT
public:
    LeadEditDialog(QSqlDatabase db, const LiaisonLead &lead, const QList<LiaisonPoint> &points, const QString &actor,
                   QWidget *parent = nullptr);

    bool save();
    const LiaisonLead &saved() const { return m_lead; }
    NoticeBar *notice() const { return m_notice; }

private:
    LiaisonLead edited() const;

    QSqlDatabase m_db;
    QString m_actor;
    LiaisonLead m_lead;
    QComboBox *m_point;
    QDateEdit *m_receivedOn;
    QPlainTextEdit *m_suspicion;
    QLineEdit *m_business;
    QLineEdit *m_place;
    QCheckBox *m_observedKnown;
    QDateEdit *m_observedOn;
    QLineEdit *m_regulator;
    QCheckBox *m_forwarded;
    QDateEdit *m_forwardedOn;
    QComboBox *m_outcome;
    QDateEdit *m_outcomeOn;
    QPlainTextEdit *m_outcomeNote;
    NoticeBar *m_notice;
};

} // namespace casedesk
