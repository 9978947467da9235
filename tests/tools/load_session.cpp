// casedesk-load-session: the helper of scripts/load-test.sh (an office of desks on one server).
//
//   casedesk-load-session setup URL SESSIONS
//       Sets up the server database, SESSIONS caseworkers (负载01, 负载02, ...) who sign in with
//       the password in kPassword, and 20 cases for them to share.
//   casedesk-load-session run URL USER SECONDS LOG SEED
//       Connects to the server with USER's own login and password, as a desk does (so the
//       server's rights for a caseworker are what the session works under), and, for SECONDS, registers, edits, assigns, moves and attaches evidence
//       to cases shared with the other sessions, as a caseworker would, through the core's
//       services. Writes one line per step to LOG: "ok|conflict|refused|denied|failed OP MS WHAT"
//       (denied: refused by the server's rights for a caseworker, which fails the check).
//       A step is "ok" only when the service reported it committed.
//   casedesk-load-session check URL LOGDIR
//       Afterwards: every step a session reported committed is in the database with what it
//       wrote (the audit trail names the session's user and value), every case is whole (its
//       registration, and an event and an audit line for every move), the audit chain
//       verifies, and the statistics summaries equal a full recount. Prints the figures;
//       exit 0 when all holds.

#include "auth/password_hash.h"
#include "auth/sign_in_service.h"
#include "stats/stats_summary_counter.h"
#include "storage/audit_verifier.h"
#include "storage/complaint_repository.h"
#include "storage/database.h"
#include "storage/evidence_repository.h"
#include "storage/login_accounts.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace casedesk;

namespace {

const QString kPassword = QStringLiteral("load-test-密码");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString sessionUser(int index) { return QStringLiteral("负载%1").arg(index, 2, 10, QLatin1Char('0')); }

Complaint newCase(qint64 categoryId, const QString &tag)
{
    Complaint c;
    c.consumer = {0, QStringLiteral("张伟"), QStringLiteral("13812345678"), {}, QStringLiteral("上海市长宁区天山路100弄")};
    c.business = {0, QStringLiteral("悦动健身会所"), {}, QStringLiteral("上海市长宁区延安西路1000号"),
                  QStringLiteral("长宁区"), QStringLiteral("新华路街道")};
    c.channel = Channel::Phone;
    c.categoryId = categoryId;
    c.nature = Nature::Contract;
    c.amountFen = 480000;
    c.demand = tag;
    c.facts = QStringLiteral("健身房突然闭店，会员卡余额无法退还。");
    c.incidentDate = QDate::currentDate().addDays(-3);
    c.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
    c.status = CaseStatus::Registered;
    return c;
}

int setup(const QString &url, int sessions)
{
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        out() << "open failed: " << opened.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = opened.value()->connection();
    auto hash = hashPassword(kPassword, HashCost::CheapForTests);
    auto category = queryScalar(db, QStringLiteral("SELECT min(id) FROM categories"));
    if (!hash || !category)
        return 1;
    for (int i = 1; i <= sessions; ++i) {
        if (auto added = UserRepository(db).add(sessionUser(i), Role::Caseworker, QDateTime::currentDateTime(),
                                                hash.value());
            !added) {
            out() << "user failed: " << added.error().message << Qt::endl;
            return 1;
        }
        // Their login's password (server_rights.h), as when an administrator adds a user.
        if (auto set = LoginAccounts(db).setPassword(sessionUser(i), hash.value(), kPassword); !set) {
            out() << "password failed: " << set.error().message << Qt::endl;
            return 1;
        }
    }
    for (int i = 0; i < 20; ++i) {
        if (auto added = ComplaintRepository(db).add(newCase(category->toLongLong(), QStringLiteral("共用%1").arg(i)),
                                                sessionUser(1));
            !added) {
            out() << "case failed: " << added.error().message << Qt::endl;
            return 1;
        }
    }
    out() << "set up " << sessions << " caseworkers and 20 cases" << Qt::endl;
    return 0;
}

// One session's steps, each logged as it ends.
class Session {
public:
    Session(QSqlDatabase db, QString user, int sessions, qint64 categoryId, QFile &log, quint32 seed)
        : m_db(std::move(db)), m_user(std::move(user)), m_sessions(sessions), m_categoryId(categoryId), m_log(&log),
          m_dice(seed)
    {
    }

    void step(int n)
    {
        const int kind = int(m_dice.bounded(10));
        QElapsedTimer clock;
        clock.start();
        if (kind < 2)
            registerCase(n, clock);
        else if (kind < 5)
            edit(n, clock);
        else if (kind < 7)
            assign(clock);
        else if (kind < 9)
            move(n, clock);
        else
            attach(n, clock);
    }

private:
    // A case shared with the other sessions (any one; they overlap on purpose).
    std::optional<Complaint> someCase()
    {
        auto id = queryScalar(m_db, QStringLiteral("SELECT id FROM complaints ORDER BY id DESC LIMIT 1 OFFSET ?"),
                              {qint64(m_dice.bounded(30))});
        if (!id || id->isNull()) {
            if (!id)
                pause(); // the server is away: a caseworker waits a moment too
            return std::nullopt;
        }
        auto found = ComplaintRepository(m_db).get(id->toLongLong());
        if (!found)
            pause();
        return found ? std::optional<Complaint>(found.value()) : std::nullopt;
    }

    static void pause() { QThread::msleep(200); }

    template <typename T>
    void write(const QString &op, const QElapsedTimer &clock, const Result<T> &done, const QString &what)
    {
        QString outcome = QStringLiteral("ok");
        QString detail = what;
        if (!done) {
            const ErrorCode code = done.error().code;
            // Denied: refused by the server's rights (SQLSTATE 42501, server_rights.h), which
            // must never happen to work CaseDesk lets a caseworker do.
            const bool denied = code == ErrorCode::Forbidden && done.error().message.contains(QLatin1String("(42501)"));
            outcome = denied                                                 ? QStringLiteral("denied")
                      : code == ErrorCode::Conflict || code == ErrorCode::Busy ? QStringLiteral("conflict")
                      : code == ErrorCode::InvalidInput || code == ErrorCode::Forbidden
                          ? QStringLiteral("refused")
                          : QStringLiteral("failed");
            detail = done.error().message.simplified();
            if (outcome == QLatin1String("failed"))
                pause();
        }
        QTextStream(m_log) << outcome << '\t' << op << '\t' << clock.nsecsElapsed() / 1000000.0 << '\t' << detail
                           << '\n';
        m_log->flush();
    }

    void registerCase(int n, const QElapsedTimer &clock)
    {
        const QString tag = QStringLiteral("%1-登记-%2").arg(m_user).arg(n);
        auto added = ComplaintRepository(m_db).add(newCase(m_categoryId, tag), m_user);
        write(QStringLiteral("register"), clock, added, added ? QStringLiteral("%1\t%2").arg(added->id).arg(tag) : QString());
    }

    void edit(int n, const QElapsedTimer &clock)
    {
        auto c = someCase();
        if (!c)
            return;
        c->demand = QStringLiteral("%1-修改-%2").arg(m_user).arg(n);
        auto saved = ComplaintRepository(m_db).update(*c, m_user);
        write(QStringLiteral("edit"), clock, saved, QStringLiteral("%1\t%2").arg(c->id).arg(c->demand));
    }

    void assign(const QElapsedTimer &clock)
    {
        auto c = someCase();
        if (!c)
            return;
        const QString to = sessionUser(1 + int(m_dice.bounded(m_sessions)));
        if (to == c->assignee)
            return; // nothing to change: the service writes nothing either
        auto done = CaseTransitionService(m_db).assign(c->id, to, m_user, QDateTime::currentDateTime(), c->version);
        write(QStringLiteral("assign"), clock, done, QStringLiteral("%1\t%2").arg(c->id).arg(to));
    }

    void move(int n, const QElapsedTimer &clock)
    {
        auto c = someCase();
        if (!c)
            return;
        const QList<CaseStatus> next = allowedTransitions(c->status, Role::Caseworker);
        if (next.isEmpty())
            return;
        const CaseStatus to = next.at(int(m_dice.bounded(next.size())));
        TransitionRequest request{c->id, to, {}, QStringLiteral("%1-流转-%2").arg(m_user).arg(n),
                                  QDateTime::currentDateTime(), c->version};
        auto done = CaseTransitionService(m_db).transition(request, m_user);
        write(QStringLiteral("transition"), clock, done, QStringLiteral("%1\t%2").arg(c->id).arg(codeOf(to)));
    }

    void attach(int n, const QElapsedTimer &clock)
    {
        auto c = someCase();
        if (!c)
            return;
        const QString name = QStringLiteral("%1-证据-%2.txt").arg(m_user).arg(n);
        auto added = EvidenceRepository(m_db).add(c->id, name, name.toUtf8(), QString(), m_user);
        write(QStringLiteral("evidence"), clock, added, QStringLiteral("%1\t%2").arg(c->id).arg(name));
    }

    QSqlDatabase m_db;
    QString m_user;
    int m_sessions;
    qint64 m_categoryId;
    QFile *m_log;
    QRandomGenerator m_dice;
};

// `user`'s own login to the database at `url` (the maintenance account's URL).
Result<QString> loginUrl(const QString &url, const QString &user)
{
    auto maintenance = Database::open(url, Database::OpenMode::OpenExisting);
    if (!maintenance)
        return maintenance.error();
    auto prefix = queryScalar(maintenance.value()->connection(), QStringLiteral("SELECT login_prefix FROM casedesk_rights"));
    if (!prefix)
        return prefix.error();
    QUrl login(url);
    login.setUserName(prefix->toString() + user);
    login.setPassword(kPassword);
    return login.toString();
}

int run(const QString &url, const QString &user, int seconds, const QString &logPath, quint32 seed)
{
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    auto own = loginUrl(url, user);
    if (!own) {
        out() << "login failed: " << own.error().message << Qt::endl;
        return 1;
    }
    auto opened = Database::open(own.value(), Database::OpenMode::OpenExisting);
    if (!opened) {
        out() << "open failed: " << opened.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = opened.value()->connection();
    auto signedIn = SignInService(db).signInConnected();
    if (!signedIn) {
        out() << "sign-in failed: " << signedIn.error().message << Qt::endl;
        return 1;
    }
    auto sessions = queryScalar(db, QStringLiteral("SELECT count(*) FROM users WHERE name LIKE '负载%'"));
    auto category = queryScalar(db, QStringLiteral("SELECT min(id) FROM categories"));
    if (!sessions || !category)
        return 1;
    Session session(db, user, std::max(1, sessions->toInt()), category->toLongLong(), log, seed);
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; clock.elapsed() < seconds * 1000LL; ++n)
        session.step(n);
    return 0;
}

// What the sessions said, line by line.
struct Logged {
    QString outcome;
    QString op;
    double ms = 0;
    qint64 caseId = 0;
    QString value;
    QString user;
};

QList<Logged> readLogs(const QString &dir)
{
    QList<Logged> lines;
    for (const QFileInfo &file : QDir(dir).entryInfoList({QStringLiteral("*.log")}, QDir::Files)) {
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QStringList p = in.readLine().split(QLatin1Char('\t'));
            if (p.size() < 4)
                continue;
            Logged l{p.at(0), p.at(1), p.at(2).toDouble(), 0, {}, file.completeBaseName()};
            if (l.outcome == QLatin1String("ok") && p.size() >= 5) {
                l.caseId = p.at(3).toLongLong();
                l.value = p.at(4);
            }
            lines.append(l);
        }
    }
    return lines;
}

bool exists(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto found = queryScalar(db, sql, values);
    return found && found->toLongLong() > 0;
}

// Whether a step reported committed is in the database as that session wrote it.
bool present(const QSqlDatabase &db, const Logged &l)
{
    if (l.op == QLatin1String("register"))
        return exists(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE complaint_id = ? AND action = 'created' "
                                         "AND actor = ?"),
                      {l.caseId, l.user});
    if (l.op == QLatin1String("edit"))
        return exists(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE complaint_id = ? AND action = 'updated' "
                                         "AND field = 'demand' AND actor = ? AND new_value = ?"),
                      {l.caseId, l.user, l.value});
    if (l.op == QLatin1String("assign"))
        return exists(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE complaint_id = ? AND action = 'assigned' "
                                         "AND actor = ? AND new_value = ?"),
                      {l.caseId, l.user, l.value});
    if (l.op == QLatin1String("transition"))
        return exists(db, QStringLiteral("SELECT count(*) FROM case_events WHERE complaint_id = ? AND actor = ? "
                                         "AND to_status = ?"),
                      {l.caseId, l.user, l.value});
    if (l.op == QLatin1String("evidence"))
        return exists(db, QStringLiteral("SELECT count(*) FROM evidence WHERE complaint_id = ? AND file_name = ?"),
                      {l.caseId, l.value});
    return false;
}

QString summaryRows(const QSqlDatabase &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT * FROM stats_summary"));
    if (!q)
        return q.error().message;
    QStringList rows;
    while (q->next()) {
        QStringList values;
        for (int i = 0; i < q->record().count(); ++i)
            values << q->value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

int check(const QString &url, const QString &logDir)
{
    auto opened = Database::open(url, Database::OpenMode::OpenExisting);
    if (!opened) {
        out() << "open failed: " << opened.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = opened.value()->connection();
    const QList<Logged> lines = readLogs(logDir);
    int missing = 0;
    QHash<QString, QHash<QString, int>> outcomes; // op → outcome → count
    QHash<QString, QList<double>> latencies;      // of the steps that committed
    QSet<QString> users;
    for (const Logged &l : lines) {
        users.insert(l.user);
        ++outcomes[l.op][l.outcome];
        if (l.outcome != QLatin1String("ok"))
            continue;
        latencies[l.op].append(l.ms);
        if (!present(db, l)) {
            ++missing;
            out() << "MISSING: " << l.user << ' ' << l.op << " case " << l.caseId << ' ' << l.value << Qt::endl;
        }
    }
    // Whole cases: each registered, each move with both its event and its audit line.
    const bool whole =
        !exists(db, QStringLiteral("SELECT count(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                   "WHERE a.complaint_id = c.id AND a.action = 'created')"),
                {}) &&
        !exists(db, QStringLiteral("SELECT count(*) FROM case_events e WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                   "WHERE a.complaint_id = e.complaint_id AND a.action = 'transition' "
                                   "AND a.actor = e.actor AND a.new_value = e.to_status)"),
                {}) &&
        !exists(db, QStringLiteral("SELECT count(*) FROM audit_log a WHERE a.action = 'transition' AND NOT EXISTS "
                                   "(SELECT 1 FROM case_events e WHERE e.complaint_id = a.complaint_id "
                                   "AND e.actor = a.actor AND e.to_status = a.new_value)"),
                {});
    auto chain = verifyAuditChain(db);
    const bool chainIntact = chain && chain->intact();
    // The summaries as the triggers kept them, against a full recount.
    StatsSummaryCounter counter(db);
    const bool refreshed = counter.refresh().ok();
    const QString kept = summaryRows(db);
    const bool recounted = counter.recountAll().ok();
    const bool statsEqual = refreshed && recounted && kept == summaryRows(db);

    int total = 0;
    int denied = 0;
    out() << "sessions " << users.size() << Qt::endl;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        const auto &o = it.value();
        const int n = o.value(QStringLiteral("ok")) + o.value(QStringLiteral("conflict")) +
                      o.value(QStringLiteral("refused")) + o.value(QStringLiteral("failed")) +
                      o.value(QStringLiteral("denied"));
        total += n;
        denied += o.value(QStringLiteral("denied"));
        out() << QStringLiteral("%1: %2 steps, %3 committed, %4 conflicts refused, %5 refused by the rules, "
                                "%6 failed (connection); committed p50 %7 ms, p95 %8 ms")
                     .arg(it.key())
                     .arg(n)
                     .arg(o.value(QStringLiteral("ok")))
                     .arg(o.value(QStringLiteral("conflict")))
                     .arg(o.value(QStringLiteral("refused")))
                     .arg(o.value(QStringLiteral("failed")))
                     .arg(percentile(latencies.value(it.key()), 0.5), 0, 'f', 1)
                     .arg(percentile(latencies.value(it.key()), 0.95), 0, 'f', 1)
              << Qt::endl;
    }
    out() << "steps " << total << "; committed steps missing: " << missing << "; cases whole: " << (whole ? "yes" : "NO")
          << "; audit chain: " << (chainIntact ? "verifies" : "BROKEN") << " (" << (chain ? chain->records : 0)
          << " records); summaries equal a full recount: " << (statsEqual ? "yes" : "NO")
          << "; denied by the server's rights: " << denied << Qt::endl;
    return missing == 0 && whole && chainIntact && statsEqual && total > 0 && denied == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("setup"))
        return setup(args.at(2), args.at(3).toInt());
    if (args.size() == 7 && args.at(1) == QLatin1String("run"))
        return run(args.at(2), args.at(3), args.at(4).toInt(), args.at(5), args.at(6).toUInt());
    if (args.size() == 4 && args.at(1) == QLatin1String("check"))
        return check(args.at(2), args.at(3));
    out() << "usage: casedesk-load-session setup URL SESSIONS | run URL USER SECONDS LOG SEED | check URL LOGDIR"
          << Qt::endl;
    return 2;
}
