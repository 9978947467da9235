#include "stats_fixture.h"

#include "test_support.h"

#include <QStringList>

// The fixture (amounts in yuan; times +08:00; all business days are ordinary working days):
//
// case  received    channel  cat  business  amount  status      accepted  closed    recovered  events
// C1    2026-01-05  12315    A    B1        2400    closed      01-06     01-22     2000       mediation, agreement
// 01-20 C2    2026-01-08  12345    E    B2        5000    closed      01-20 (late: due 01-19)  01-28  0  mediation,
// terminated 01-27 C3    2026-01-12  12345    E    B2        1000    closed      01-13     01-23     1000 forwarded
// 01-13 (张强) C4    2026-01-15  phone    A    B1         500    registered C5    2026-01-20  12315    A    B1 300
// refused     -         01-21 C6    2025-12-22  12315    A    B1         800    closed      12-23     2026-01-09  800
// mediation, agreement 2026-01-08 C7    2025-12-10  online   E    B2         200    registered C8    2025-01-06  12315
// A    B1         600    closed      01-07     01-16     600        mediation, agreement 01-15 C9    2025-01-10  12345
// A    B1         400    registered C10   2025-01-20  phone    E    B2         100    registered C11   2025-01-22 12315
// A    B1         100    registered
//
// A = 文化娱乐体育, E = 家用电子电器; B1 悦动健身 (长宁区 新华路街道), B2 好运家电 (徐汇区 田林街道).
// Follow-ups: C1 01-26 满意 (attitude 5); C2 01-29 不满意; C3 01-26 not reached, 01-27 基本满意;
// C6 2026-01-12 满意; C8 2025-01-20 满意.

namespace casedesk::test {
namespace {

QString at(const QString &date, const QString &time = QStringLiteral("10:00"))
{
    return date + QLatin1Char('T') + time + QStringLiteral(":00+08:00");
}

struct Step {
    QString date;
    QString from;
    QString to;
};

void addCase(const QSqlDatabase &db, int n, const QString &received, const QString &channel, const QString &category,
             int business, qint64 amountFen, const QString &status, const QString &accepted, const QString &closed,
             qint64 recoveredFen, const QString &assignee, const QList<Step> &steps)
{
    const QString sql =
        QStringLiteral(
            "INSERT INTO complaints(id, case_number, consumer_id, business_id, channel, category_id, nature, "
            "amount_fen,"
            " demand, facts, received_at, status, assignee, created_at, updated_at, accepted_at, closed_at, "
            "recovered_fen)"
            " VALUES (%1, '长宁-TEST-%1', 1, %2, '%3', (SELECT id FROM categories WHERE name = '%4'), 'contract', %5,"
            " '退款', '闭店', '%6', '%7', '%8', '%6', '%6', %9, %10, %11)")
            .arg(n)
            .arg(business)
            .arg(channel, category)
            .arg(amountFen)
            .arg(at(received, QStringLiteral("09:00")), status, assignee,
                 accepted.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + at(accepted) + QLatin1Char('\''),
                 closed.isEmpty() ? QStringLiteral("NULL")
                                  : QLatin1Char('\'') + at(closed, QStringLiteral("16:00")) + QLatin1Char('\''))
            .arg(recoveredFen);
    execOrFail(db, sql);
    for (const Step &s : steps) {
        const QString time = s.to == QLatin1String("closed") ? QStringLiteral("16:00") : QStringLiteral("10:00");
        execOrFail(
            db, QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status, to_status)"
                               " VALUES (%1, '%2', '%2', '%3', '%4', '%5')")
                    .arg(n)
                    .arg(at(s.date, time), assignee, s.from, s.to));
    }
}

void addVisit(const QSqlDatabase &db, int n, const QString &date, bool reached, const QString &result, int attitude)
{
    execOrFail(db,
               QStringLiteral("INSERT INTO follow_ups(complaint_id, at, recorded_at, actor, reached, result, attitude)"
                              " VALUES (%1, '%2', '%2', '李敏', %3, '%4', %5)")
                   .arg(n)
                   .arg(at(date))
                   .arg(reached ? 1 : 0)
                   .arg(result)
                   .arg(attitude));
}

// The usual path to an agreement and closing.
QList<Step> agreed(const QString &accepted, const QString &agreement, const QString &closed)
{
    return {{accepted, QStringLiteral("registered"), QStringLiteral("accepted")},
            {accepted, QStringLiteral("accepted"), QStringLiteral("in_mediation")},
            {agreement, QStringLiteral("in_mediation"), QStringLiteral("agreement_reached")},
            {closed, QStringLiteral("agreement_reached"), QStringLiteral("closed")}};
}

} // namespace

void buildStatsFixture(const QSqlDatabase &db)
{
    const QString created = at(QStringLiteral("2024-12-01"));
    // Users who can sign in (with kTestPassword), so the CLI can be run on the fixture too.
    addTestUser(db, QStringLiteral("李敏"), Role::Caseworker);
    addTestUser(db, QStringLiteral("张强"), Role::Caseworker);
    addTestUser(db, QStringLiteral("王主任"), Role::Supervisor);
    addTestUser(db, QStringLiteral("赵管理"), Role::Administrator);
    execOrFail(db, QStringLiteral("INSERT INTO consumers(id, name, phone, created_at) VALUES (1, '张伟', '13812345678', '%1')")
                       .arg(created));
    execOrFail(db, QStringLiteral("INSERT INTO businesses(id, name, district, street, created_at) VALUES"
                                  " (1, '悦动健身', '长宁区', '新华路街道', '%1'), (2, '好运家电', '徐汇区', '田林街道', '%1')")
                       .arg(created));
    const QString A = QStringLiteral("文化娱乐体育");
    const QString E = QStringLiteral("家用电子电器");
    const QString me = QStringLiteral("李敏");
    const QString closed = QStringLiteral("closed");
    const QString registered = QStringLiteral("registered");

    addCase(db, 1, QStringLiteral("2026-01-05"), QStringLiteral("12315"), A, 1, 240000, closed,
            QStringLiteral("2026-01-06"), QStringLiteral("2026-01-22"), 200000, me,
            agreed(QStringLiteral("2026-01-06"), QStringLiteral("2026-01-20"), QStringLiteral("2026-01-22")));
    addCase(db, 2, QStringLiteral("2026-01-08"), QStringLiteral("12345"), E, 2, 500000, closed,
            QStringLiteral("2026-01-20"), QStringLiteral("2026-01-28"), 0, me,
            {{QStringLiteral("2026-01-20"), registered, QStringLiteral("accepted")},
             {QStringLiteral("2026-01-21"), QStringLiteral("accepted"), QStringLiteral("in_mediation")},
             {QStringLiteral("2026-01-27"), QStringLiteral("in_mediation"), QStringLiteral("mediation_terminated")},
             {QStringLiteral("2026-01-28"), QStringLiteral("mediation_terminated"), closed}});
    addCase(db, 3, QStringLiteral("2026-01-12"), QStringLiteral("12345"), E, 2, 100000, closed,
            QStringLiteral("2026-01-13"), QStringLiteral("2026-01-23"), 100000, QStringLiteral("张强"),
            {{QStringLiteral("2026-01-13"), registered, QStringLiteral("accepted")},
             {QStringLiteral("2026-01-13"), QStringLiteral("accepted"), QStringLiteral("forwarded")},
             {QStringLiteral("2026-01-23"), QStringLiteral("forwarded"), closed}});
    addCase(db, 4, QStringLiteral("2026-01-15"), QStringLiteral("phone"), A, 1, 50000, registered, {}, {}, 0, me, {});
    addCase(db, 5, QStringLiteral("2026-01-20"), QStringLiteral("12315"), A, 1, 30000, QStringLiteral("refused"), {},
            QStringLiteral("2026-01-21"), 0, me,
            {{QStringLiteral("2026-01-21"), registered, QStringLiteral("refused")}});
    addCase(db, 6, QStringLiteral("2025-12-22"), QStringLiteral("12315"), A, 1, 80000, closed,
            QStringLiteral("2025-12-23"), QStringLiteral("2026-01-09"), 80000, me,
            agreed(QStringLiteral("2025-12-23"), QStringLiteral("2026-01-08"), QStringLiteral("2026-01-09")));
    addCase(db, 7, QStringLiteral("2025-12-10"), QStringLiteral("online"), E, 2, 20000, registered, {}, {}, 0, me, {});
    addCase(db, 8, QStringLiteral("2025-01-06"), QStringLiteral("12315"), A, 1, 60000, closed,
            QStringLiteral("2025-01-07"), QStringLiteral("2025-01-16"), 60000, me,
            agreed(QStringLiteral("2025-01-07"), QStringLiteral("2025-01-15"), QStringLiteral("2025-01-16")));
    addCase(db, 9, QStringLiteral("2025-01-10"), QStringLiteral("12345"), A, 1, 40000, registered, {}, {}, 0, me, {});
    addCase(db, 10, QStringLiteral("2025-01-20"), QStringLiteral("phone"), E, 2, 10000, registered, {}, {}, 0, me, {});
    addCase(db, 11, QStringLiteral("2025-01-22"), QStringLiteral("12315"), A, 1, 10000, registered, {}, {}, 0, me, {});

    addVisit(db, 1, QStringLiteral("2026-01-26"), true, QStringLiteral("satisfied"), 5);
    addVisit(db, 2, QStringLiteral("2026-01-29"), true, QStringLiteral("dissatisfied"), 2);
    addVisit(db, 3, QStringLiteral("2026-01-26"), false, QString(), 0);
    addVisit(db, 3, QStringLiteral("2026-01-27"), true, QStringLiteral("basically_satisfied"), 4);
    addVisit(db, 6, QStringLiteral("2026-01-12"), true, QStringLiteral("satisfied"), 5);
    addVisit(db, 8, QStringLiteral("2025-01-20"), true, QStringLiteral("satisfied"), 5);
}

} // namespace casedesk::test
