#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace casedesk {

class NoticeBar;

// A business's complaint-network agreement (投诉联网): signed on, contact, its complaint desk,
// ODR, and the day it ended; the business counts as a networked enterprise while it runs.
class EnterpriseAgreementDialog : public QDialog {
    Q_OBJECT
public:
    EnterpriseAgreementDialog(QSqlDatabase db, qint64 businessId, const QString &businessName, int forwardedOpen,
                              const QString &actor, QWidget *parent = nullptr);

    QDateEdit *signedOnEdit() const { return m_signedOn; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *deskEdit() const { return m_desk; }
    QCheckBox *odrBox() const { return m_odr; }
    QCheckBox *endedBox() const { return m_ended; }
    QDateEdit *endedOnEdit() const { return m_endedOn; }
    NoticeBar *notice() const { return m_notice; }

    // Saves the agreement as typed; the problem shown when it fails.
    bool save();

private:
    QSqlDatabase m_db;
    qint64 m_businessId;
    QString m_actor;
    QDateEdit *m_signedOn;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_desk;
    QCheckBox *m_odr;
    QCheckBox *m_ended;
    QDateEdit *m_endedOn;
    NoticeBar *m_notice;
};

} // namespace casedesk
