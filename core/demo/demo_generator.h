#pragma once

#include "auth/password_hash.h"
#include "result.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace casedesk {

struct DemoOptions {
    int cases = 2000;
    quint64 seed = 20261123;
    QDate until = QDate::currentDate(); // cases are received over the three years before this day
    // The demo users' password (kDemoPassword) is hashed once at this cost; tests pass the cheap one.
    HashCost passwordCost = HashCost::Interactive;
};

// Every demo user (the caseworkers, their supervisor, kDemoAdministrator and kDemoAuditor)
// signs in with this password; the README and the sign-in window of a demo file say so.
inline const QString kDemoPassword = QStringLiteral("demo1234");
inline const QString kDemoAdministrator = QStringLiteral("管理员");
inline const QString kDemoAuditor = QStringLiteral("审计员");

// Whether the file was written by the demo generator (settings key "demo_database").
bool isDemoDatabase(const QSqlDatabase &db);
// Refused (Conflict) unless the file is a demo database or nobody can sign in to it yet.
Status checkDemoAllowed(const QSqlDatabase &db);

struct DemoSummary {
    int cases = 0;
    int consumers = 0;
    int businesses = 0;
    // The businesses given a sudden run of complaints (prepaid-card closures): the early
    // warning must find these.
    QStringList burstBusinesses;
    // The businesses this run forwarded most cases to, most first (ties by id; up to 100): the
    // demo's networked enterprises come from these.
    QList<qint64> mostForwarded;
};

// Called now and then with the cases written so far; return false to cancel.
using DemoProgress = std::function<bool(int done, int total)>;

// Writes realistic demo cases in one transaction: same options, same data.
// A cancel or failure leaves the database as it was. Refused (Conflict) for a database
// whose real users can sign in: demo users with a published password must never enter
// an office's file.
Result<DemoSummary> generateDemoData(const QSqlDatabase &db, const DemoOptions &options,
                                     const DemoProgress &progress = {});

} // namespace casedesk
