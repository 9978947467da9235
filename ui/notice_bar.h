#pragma once

#include <QFrame>

class QLabel;

namespace casedesk {

// The one inline message widget of windows and dialogs (after KeePassXC's MessageWidget): a
// line above the content with a close button, instead of a modal box that would interrupt a
// caseworker on the phone. Errors (a failed save, a list that could not be loaded) show here;
// field errors stay under their field, and a dialog box is only for a question.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);
    void showText(const QString &text) { showMessage(text, Kind::Warning); }
    void showMessage(const QString &text, Kind kind);
    void showError(const QString &text) { showMessage(text, Kind::Error); }
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    // The user closed the notice (not a hide by the program).
    void dismissed();

private:
    QLabel *m_label;
    Kind m_kind = Kind::Warning;
};

} // namespace casedesk
