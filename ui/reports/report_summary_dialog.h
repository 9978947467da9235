#pragma once

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace casedesk {

// The report's written summary before the report is shown or saved: generated from the
// figures, and the supervisor may reword it (the tables are not touched). Paragraphs are
// separated by a blank line.
class ReportSummaryDialog : public QDialog {
    Q_OBJECT
public:
    // `title` and `intro`: for another document's written text (the quarterly notice's analysis);
    // empty, the report's summary.
    ReportSummaryDialog(const QStringList &generated, QWidget *parent = nullptr, const QString &title = {},
                        const QString &intro = {});

    QStringList paragraphs() const; // as edited
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QStringList m_generated;
    QPlainTextEdit *m_editor;
};

} // namespace casedesk
