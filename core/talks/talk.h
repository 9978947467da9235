#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A talk (约谈) with a business whose complaints climb: the council calls its managers in,
// raises the problems and has them promise remedies by a date, then checks each promise.

namespace casedesk {

struct TalkPromise {
    qint64 id = 0;
    qint64 talkId = 0;
    QString text;  // what the business promised
    QDate dueOn;   // by when
    QDate checkedOn;            // invalid until checked
    std::optional<bool> kept;   // the check's finding
    QString checkNote;
    QString checkedBy;
};

struct Talk {
    qint64 id = 0;
    qint64 businessId = 0;
    QString businessName; // filled when read
    QDate heldOn;
    QString place;
    QString councilAttendees;  // who attended for the council
    QString businessAttendees; // for the business (names and posts)
    QString reason;            // the complaints or alert that led to it
    QString problems;          // the problems raised
    QList<TalkPromise> promises;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace casedesk
