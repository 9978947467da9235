#pragma once

#include "talks/talk.h"

#include <QDialog>
#include <QSqlDatabase>

class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace casedesk {

class NoticeBar;

// A business's talks (约谈), newest first: the chosen one's record and its promises, each with
// its check; a new talk, a promise's check and the printed record (约谈记录) from here.
class TalksDialog : public QDialog {
    Q_OBJECT
public:
    TalksDialog(QSqlDatabase db, qint64 businessId, const QString &businessName, const QString &actor,
                QWidget *parent = nullptr);

    QListWidget *talkList() const { return m_talks; }
    QTableWidget *promiseTable() const { return m_promises; }
    QTextBrowser *record() const { return m_record; }
    NoticeBar *notice() const { return m_notice; }

    void reload();
    // The check of the promise in `row` of the promise table; the problem shown when it fails.
    bool checkPromise(int row, bool kept, const QDate &on, const QString &note);
    bool savePdf(const QString &path);

signals:
    void changed(const QString &message);

private:
    void showChosen();
    void newTalk();
    void askForCheck();
    void askForPdf();

    QSqlDatabase m_db;
    qint64 m_businessId;
    QString m_businessName;
    QString m_actor;
    QList<Talk> m_list;
    QListWidget *m_talks;
    QTextBrowser *m_record;
    QTableWidget *m_promises;
    QPushButton *m_check;
    QPushButton *m_pdf;
    NoticeBar *m_notice;
};

} // namespace casedesk
