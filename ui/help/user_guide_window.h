#pragma once

#include <QDialog>

class QTextBrowser;

namespace casedesk {

// Help > User Guide (F1): the user guide (docs/user-guide-zh.md or -en.md, built into the
// program) in a window of its own, offline, opened at the section for the window in front.
class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // Shows the one guide window (made on first use) at the section for `front`, the window
    // the user was working in when F1 was pressed.
    static UserGuideWindow *showFor(QWidget *front, QWidget *owner);

    // Scrolls to the section `key` ("main", "intake", "decision", "mediation", "prepaid",
    // "court", "followup", "statistics", "backup", "settings"); false if the guide has none.
    bool showSection(const QString &key);
    QString section() const { return m_section; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
    QString m_section;
};

// The guide's section for a window, by its object name (the main window: "main").
QString guideSectionFor(const QWidget *window);

} // namespace casedesk
