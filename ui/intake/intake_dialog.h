#pragma once

#include "intake_draft.h"
#include "query/party_lookup.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QTimer>

class QCompleter;
class QLabel;
class QPushButton;
class QStringListModel;

namespace casedesk {
class NoticeBar;

class IntakeForm;

// Registering a complaint (登记): the form, with help from what the office already knows:
// a returning complainant, known businesses, a likely duplicate, a business with many
// open complaints. Saves a draft as the caseworker types.
class IntakeDialog : public QDialog {
    Q_OBJECT
public:
    IntakeDialog(QSqlDatabase db, QString databasePath, QString actor, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    IntakeForm *form() const { return m_form; }

    // Validates, warns once about a likely duplicate, then registers. Returns true when saved.
    bool registerComplaint();
    // Closes and keeps what was typed as a draft for next time.
    void reject() override;

signals:
    void registered(qint64 caseId, const QString &caseNumber);
    // The caseworker wants to see the open complaints against this business.
    void showBusinessCases(const QString &businessName);

private:
    // The form as typed, with its card details when they can be read.
    void saveDraft();
    void lookUpConsumer();
    void lookUpBusinessLoad();
    void offerBusinesses(const QString &text);
    void takeBusiness(const QString &shown);
    void checkField(const QString &field);
    void setHint(QLabel *label, const QString &text);

    QSqlDatabase m_db;
    QString m_actor;
    IntakeDraft m_draft;
    PartyLookup m_lookup;
    IntakeForm *m_form;
    QLabel *m_draftHint;
    QLabel *m_consumerHint;
    QLabel *m_businessHint;
    QPushButton *m_viewBusinessCases;
    QLabel *m_duplicateHint;
    QStringListModel *m_businessNames;
    QCompleter *m_businessCompleter;
    NoticeBar *m_notice; // a refused registration or a list that could not be loaded
    QList<KnownBusiness> m_offeredBusinesses;
    QTimer m_draftTimer;
    QString m_confirmedDuplicateKey; // phone + business the caseworker chose to register again
};

} // namespace casedesk
