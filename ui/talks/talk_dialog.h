#pragma once

#include "talks/talk.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// A new talk (约谈) with one business: when and where, who attended on each side, what led to
// it (filled in when opened from an early-warning alert), the problems raised and what the
// business promised by when (a row each). Save checks and records it; the dialog stays open
// with the problem shown when something is missing, nothing typed lost.
class TalkDialog : public QDialog {
    Q_OBJECT
public:
    TalkDialog(QSqlDatabase db, qint64 businessId, const QString &businessName, const QString &actor,
               const QString &reason = {}, QWidget *parent = nullptr);

    QDateEdit *heldOnEdit() const { return m_heldOn; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *councilEdit() const { return m_council; }
    QLineEdit *businessEdit() const { return m_business; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *problemsEdit() const { return m_problems; }
    QTableWidget *promiseTable() const { return m_promises; }
    NoticeBar *notice() const { return m_notice; }
    // The promise rows: a text and a day, added and taken away.
    void addPromiseRow(const QString &text = {}, const QDate &due = {});

    // Records the talk as typed; the problem shown when it fails. The recorded talk, if any.
    std::optional<Talk> save();

private:
    Talk typed() const;

    QSqlDatabase m_db;
    qint64 m_businessId;
    QString m_actor;
    QDateEdit *m_heldOn;
    QLineEdit *m_place;
    QLineEdit *m_council;
    QLineEdit *m_business;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_problems;
    QTableWidget *m_promises;
    NoticeBar *m_notice;
};

} // namespace casedesk
