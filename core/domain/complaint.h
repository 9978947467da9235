#pragma once

#include "domain/codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace casedesk {

// The complainant (投诉人). Personal information: see README, "Personal data".
struct Consumer {
    qint64 id = 0;
    QString name;
    QString phone;
    QString idNumber; // optional resident ID (居民身份证号)
    QString address;
};

// The respondent business (被投诉经营者).
struct Business {
    qint64 id = 0;
    QString name;
    QString creditCode; // optional unified social credit code (统一社会信用代码)
    QString address;
    QString district;   // 区
    QString street;     // 街道 / 镇
};

// One complaint case with the registration elements (登记要素) a council records.
struct Complaint {
    qint64 id = 0;
    QString caseNumber; // assigned by storage, e.g. 长宁-2026-000123
    Consumer consumer;
    Business business;
    Channel channel = Channel::Phone;
    QString platformRef; // the 12315 / 12345 ticket number, when there is one
    qint64 categoryId = 0;
    QString categoryName;   // filled when read; not written
    QString categoryNameEn; // likewise, for the English UI
    Nature nature = Nature::Other;
    qint64 amountFen = 0; // amount involved (涉及金额), integer fen
    // Money actually recovered for the consumer (挽回经济损失), integer fen: set from a
    // performed agreement, a court outcome or a payout, never typed in at registration.
    qint64 recoveredFen = 0;
    QString demand;       // 诉求
    QString facts;        // 事实与理由
    QDate incidentDate;   // purchase or incident date; may be unknown
    QDateTime receivedAt; // local time with offset
    CaseStatus status = CaseStatus::Registered; // changes only through the workflow (workflow/)
    QString assignee;     // 承办人
    int version = 0;      // optimistic lock: bumped by every update
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acceptedAt; // first acceptance; invalid until then (read only, kept by the workflow)
    QDateTime closedAt;   // reached closed, refused or returned; invalid while open (likewise)
    // The first contact with the complainant (the 24-hour first response), recorded by
    // FirstContactService; invalid until then. How: phone, sms, in_person.
    QDateTime firstContactAt;
    QString firstContactMethod;
    // A 12345 work order's own times, from the hotline's file (invalid when not known): when the
    // order was dispatched to the council (交办时间), from which the hotline's limits count, and
    // when the hotline wants the reply (到期时间), which then replaces the reply rule's due time.
    // Written at registration only.
    QDateTime orderDispatchedAt;
    QDateTime orderDueAt;
    // The liaison point (消费维权联络点) the complaint came through (channel LiaisonPoint), or 0.
    // Written at registration only; a closed point is refused (liaison/liaison_access.h).
    qint64 liaisonPointId = 0;
    QString liaisonPointName; // filled when read; not written
};

} // namespace casedesk
