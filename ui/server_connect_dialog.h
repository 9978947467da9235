#pragma once

#include "server_profiles.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace casedesk {

class NoticeBar;

// File > Connect to Server: where the office's server is (a saved connection, or a new one),
// checked before anything is tried; Connect remembers it under its name on this desk, without
// the password, which connectToServer() asks for.
class ServerConnectDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: the server this window works on, if any (shown first).
    explicit ServerConnectDialog(const QString &current, QWidget *parent = nullptr);

    // The address to connect to, once accepted (no password).
    QString url() const { return m_url; }

    QComboBox *savedList() const { return m_saved; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *securityChoice() const { return m_security; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QPushButton *forgetButton() const { return m_forget; }
    NoticeBar *notice() const { return m_notice; }

    void accept() override;

private:
    void showProfile(const ServerProfile &profile);
    ServerProfile typedProfile() const;
    void reloadSaved(const QString &select);
    void forgetSelected();
    void updateCaFile();

    QComboBox *m_saved;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_security;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QPushButton *m_forget;
    NoticeBar *m_notice;
    QString m_url;
};

} // namespace casedesk
