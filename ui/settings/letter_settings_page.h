#pragma once

#include "letters/letter.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace casedesk {

class NoticeBar;

// Settings > Letters: the council's own wording of each letter, with the placeholders it may
// use (double-click to insert), a live preview filled with an example case, and versions: a
// save keeps the earlier wording for the letters already sent with it. Supervisors and
// administrators change it; others read it.
class LetterSettingsPage : public QWidget {
    Q_OBJECT
public:
    LetterSettingsPage(QSqlDatabase db, const QString &actor, bool mayEdit, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QListWidget *placeholderList() const { return m_placeholders; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *versionLabel() const { return m_version; }
    NoticeBar *notice() const { return m_notice; }

    // Saves the wording as typed; the problem shown in the page's notice. Returns whether saved.
    bool save();
    bool restoreBuiltIn();

private:
    LetterKind currentKind() const;
    void loadKind();
    void updatePreview();
    void insertPlaceholder();

    QSqlDatabase m_db;
    QString m_actor;
    bool m_mayEdit;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QTextBrowser *m_preview;
    QLabel *m_version;
    QPushButton *m_save;
    QPushButton *m_restore;
    NoticeBar *m_notice;
};

} // namespace casedesk
