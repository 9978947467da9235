#pragma once

#include <QDialog>
#include <QSqlDatabase>

namespace casedesk {

// Help > About: the version of CaseDesk and of every library and data set it carries, with
// their licences (the font's and the holiday data's full texts included).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // `db`: the open database, whose driver tells the SQLite version it runs (may be invalid).
    explicit AboutDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    // The text shown, as HTML (for tests).
    QString html() const { return m_html; }

private:
    QString m_html;
};

} // namespace casedesk
