// casedesk-load-session: the helper of scripts/load-test.sh (an office of desks on one server).
//
//   casedesk-load-session setup URL SESSIONS
//       Sets up the server database, SESSIONS caseworkers (负载01, 负载02, ...) who sign in with
//       the password in kPassword, and 20 cases for them to share.
//   casedesk-load-session run URL USER SECONDS LOG SEED
//       Connects to the server with USER's own login and password, as a desk does (so the
//       server's rights for a caseworker are what the session works under), and, for SECONDS,
//       registers, edits, assigns, moves, attaches evidence to and records follow-up visits on
//       cases shared with the other sessions, as a caseworker would, through the core's
//       services. Writes one line per step to LOG, tab-separated:
//       "ok|conflict|refused|denied|failed OP MS RETRIES WHAT" (RETRIES: how many times the
//       step's transactions were run again after the server broke them off, a deadlock or a
//       serialization failure; denied: refused by the server's rights for a caseworker, which
//       fails the check). A step is "ok" only when the service reported it committed.
//   casedesk-load-session check URL LOGDIR
//       Afterwards: every step a session reported committed is in the database with what it
//       wrote (the audit trail names the session's user and value; a follow-up visit is there
//       once, field for field), nothing is half written (a case without its registration, a
//       move without its event or its audit line, a follow-up visit without its audit line or
//       the other way round), the audit chain verifies, and the statistics summaries equal a
//       full recount. Prints the figures, a table per kind of step; exit 0 when all holds.

#include "auth/password_hash.h"
#include "auth/sign_in_service.h"
#include "followup/follow_up_service.h"
#include "stats/stats_summary_counter.h"
#include "storage/audit_verifier.h"
#include "storage/complaint_repository.h"
#include "storage/database.h"
#include "storage/evidence_repository.h"
#include "storage/login_accounts.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
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
        const int kind = int(m_dice.bounded(11));
        QElapsedTimer clock;
        clock.start();
        m_retriesBefore = transactionRetryCount();
        if (kind < 2)
            registerCase(n, clock);
        else if (kind < 5)
            edit(n, clock);
        else if (kind < 7)
            assign(clock);
        else if (kind < 9)
            move(n, clock);
        else if (kind < 10)
            attach(n, clock);
        else
            followUp(n, clock);
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
        // This process is one session doing one step at a time: what the counter moved by
        // since the step began are the step's retries.
        const quint64 retries = transactionRetryCount() - m_retriesBefore;
        QTextStream(m_log) << outcome << '\t' << op << '\t' << clock.nsecsElapsed() / 1000000.0 << '\t' << retries
                           << '\t' << detail << '\n';
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

    // A follow-up visit (回访) through the service the window's follow-up dialog uses, on one of
    // the shared cases that is finished: visits are made after a case is closed (or refused or
    // returned), and closed_at is set exactly while a case is in one of those statuses. Whether
    // this case takes a visit now is the service's to say: when it refuses, the step counts as
    // refused by the rules, as a move does.
    void followUp(int n, const QElapsedTimer &clock)
    {
        auto id = queryScalar(m_db, QStringLiteral("SELECT id FROM (SELECT id FROM complaints WHERE closed_at IS NOT NULL "
                                                   "ORDER BY id DESC LIMIT 10) newest ORDER BY random() LIMIT 1"));
        if (!id || id->isNull()) {
            if (!id)
                pause();
            return; // no case finished yet
        }
        FollowUpRequest request;
        request.caseId = id->toLongLong();
        request.at = QDateTime::currentDateTime();
        request.reached = m_dice.bounded(4) != 0; // now and then nobody answers
        if (request.reached) {
            request.result = FollowUpResult(1 + int(m_dice.bounded(3))); // satisfied … dissatisfied
            request.attitude = 1 + int(m_dice.bounded(kMaxAttitude));
        }
        request.comment = QStringLiteral("%1-回访-%2").arg(m_user).arg(n);
        auto recorded = FollowUpService(m_db).record(request, m_user);
        // What the checker looks for: the visit's fields as the session sent them.
        write(QStringLiteral("follow-up"), clock, recorded,
              QStringList{QString::number(request.caseId), request.comment, QString::number(request.reached ? 1 : 0),
                          codeOf(request.result), QString::number(request.attitude), storedDateTime(request.at)}
                  .join(QLatin1Char('\t')));
    }

    QSqlDatabase m_db;
    QString m_user;
    int m_sessions;
    qint64 m_categoryId;
    QFile *m_log;
    QRandomGenerator m_dice;
    quint64 m_retriesBefore = 0; // transactionRetryCount() when the step under way began
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
    int retries = 0;
    qint64 caseId = 0;
    QString value;       // what the step wrote (for a follow-up visit, its comment)
    QStringList details; // the follow-up visit's other fields: reached, result, attitude, time
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
            if (p.size() < 5)
                continue;
            Logged l{p.at(0), p.at(1), p.at(2).toDouble(), p.at(3).toInt(), 0, {}, {}, file.completeBaseName()};
            if (l.outcome == QLatin1String("ok") && p.size() >= 6) {
                l.caseId = p.at(4).toLongLong();
                l.value = p.at(5);
                l.details = p.mid(6);
            }
            lines.append(l);
        }
    }
    return lines;
}

// The count `sql` returns, or -1 when it could not be asked.
qint64 countOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto found = queryScalar(db, sql, values);
    return found ? found->toLongLong() : -1;
}

bool exists(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return countOf(db, sql, values) > 0;
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
    if (l.op == QLatin1String("follow-up")) {
        if (l.details.size() < 4)
            return false;
        // Once (a retried save writes it once too), field for field, with its audit line.
        const bool reached = l.details.at(0) == QLatin1String("1");
        return countOf(db, QStringLiteral("SELECT count(*) FROM follow_ups WHERE complaint_id = ? AND actor = ? "
                                          "AND comment = ? AND reached = ? AND result = ? AND attitude = ? AND at = ?"),
                       {l.caseId, l.user, l.value, reached ? 1 : 0, l.details.at(1), l.details.at(2).toInt(),
                        l.details.at(3)}) == 1 &&
               exists(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE complaint_id = ? AND action = 'follow_up' "
                                         "AND actor = ? AND new_value = ?"),
                      {l.caseId, l.user, reached ? l.details.at(1) : QStringLiteral("not_reached")});
    }
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

// The name of a kind of step in the table, in the order the table lists them.
const QList<std::pair<QString, QString>> kSteps = {
    {QStringLiteral("register"), QStringLiteral("register")},
    {QStringLiteral("edit"), QStringLiteral("edit")},
    {QStringLiteral("assign"), QStringLiteral("assign")},
    {QStringLiteral("transition"), QStringLiteral("move (transition)")},
    {QStringLiteral("evidence"), QStringLiteral("attach evidence")},
    {QStringLiteral("follow-up"), QStringLiteral("follow-up visit")},
};

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
    QHash<QString, qint64> retries;               // op → retries of all its steps
    QSet<QString> users;
    for (const Logged &l : lines) {
        users.insert(l.user);
        ++outcomes[l.op][l.outcome];
        retries[l.op] += l.retries;
        if (l.outcome != QLatin1String("ok"))
            continue;
        latencies[l.op].append(l.ms);
        if (!present(db, l)) {
            ++missing;
            out() << "MISSING: " << l.user << ' ' << l.op << " case " << l.caseId << ' ' << l.value << Qt::endl;
        }
    }
    // Nothing half written: each case registered, each move with both its event and its audit
    // line, each follow-up visit with its audit line and each such audit line with its visit
    // (counted per case, user and result, as several visits may share those).
    const QStringList halfWrittenSql = {
        QStringLiteral("SELECT count(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                       "WHERE a.complaint_id = c.id AND a.action = 'created')"),
        QStringLiteral("SELECT count(*) FROM case_events e WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                       "WHERE a.complaint_id = e.complaint_id AND a.action = 'transition' "
                       "AND a.actor = e.actor AND a.new_value = e.to_status)"),
        QStringLiteral("SELECT count(*) FROM audit_log a WHERE a.action = 'transition' AND NOT EXISTS "
                       "(SELECT 1 FROM case_events e WHERE e.complaint_id = a.complaint_id "
                       "AND e.actor = a.actor AND e.to_status = a.new_value)"),
        QStringLiteral("SELECT count(*) FROM (SELECT complaint_id, actor, CASE WHEN reached = 1 THEN result "
                       "ELSE 'not_reached' END AS outcome, count(*) AS n FROM follow_ups GROUP BY 1, 2, 3) f "
                       "FULL JOIN (SELECT complaint_id, actor, new_value AS outcome, count(*) AS n FROM audit_log "
                       "WHERE action = 'follow_up' GROUP BY 1, 2, 3) a ON a.complaint_id = f.complaint_id "
                       "AND a.actor = f.actor AND a.outcome = f.outcome WHERE f.n IS DISTINCT FROM a.n"),
    };
    qint64 halfWritten = 0;
    bool halfWrittenAsked = true;
    for (const QString &sql : halfWrittenSql) {
        const qint64 n = countOf(db, sql, {});
        halfWrittenAsked = halfWrittenAsked && n >= 0;
        halfWritten += std::max<qint64>(n, 0);
    }
    auto chain = verifyAuditChain(db);
    const bool chainIntact = chain && chain->intact();
    // The summaries as the triggers kept them, against a full recount.
    StatsSummaryCounter counter(db);
    const bool refreshed = counter.refresh().ok();
    const QString kept = summaryRows(db);
    const bool recounted = counter.recountAll().ok();
    const bool statsEqual = refreshed && recounted && kept == summaryRows(db);

    // The table, in the README's form (Markdown).
    QList<std::pair<QString, QString>> steps = kSteps;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (std::none_of(steps.cbegin(), steps.cend(), [&](const auto &s) { return s.first == it.key(); }))
            steps.append({it.key(), it.key()});
    }
    int total = 0;
    int denied = 0;
    qint64 allRetries = 0;
    out() << "sessions " << users.size() << Qt::endl;
    out() << "| Step | Tried | Committed | Conflicts refused | Refused by the rules | Failed (restart) | Retries | "
             "p50 ms | p95 ms |"
          << Qt::endl
          << "|---|---:|---:|---:|---:|---:|---:|---:|---:|" << Qt::endl;
    for (const auto &[op, name] : steps) {
        const auto o = outcomes.value(op);
        const int n = o.value(QStringLiteral("ok")) + o.value(QStringLiteral("conflict")) +
                      o.value(QStringLiteral("refused")) + o.value(QStringLiteral("failed")) +
                      o.value(QStringLiteral("denied"));
        total += n;
        denied += o.value(QStringLiteral("denied"));
        allRetries += retries.value(op);
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                     .arg(name)
                     .arg(n)
                     .arg(o.value(QStringLiteral("ok")))
                     .arg(o.value(QStringLiteral("conflict")))
                     .arg(o.value(QStringLiteral("refused")))
                     .arg(o.value(QStringLiteral("failed")))
                     .arg(retries.value(op))
                     .arg(percentile(latencies.value(op), 0.5), 0, 'f', 1)
                     .arg(percentile(latencies.value(op), 0.95), 0, 'f', 1)
              << Qt::endl;
    }
    out() << "(p50/p95 of the committed steps; Retries: transactions the server broke off, a deadlock or a "
             "serialization failure, and the session ran again)"
          << Qt::endl;
    out() << "steps " << total << "; retries " << allRetries << "; committed steps missing: " << missing
          << "; half written: " << (halfWrittenAsked ? QString::number(halfWritten) : QStringLiteral("NOT CHECKED"))
          << "; audit chain: " << (chainIntact ? "verifies" : "BROKEN") << " (" << (chain ? chain->records : 0)
          << " records); summaries equal a full recount: " << (statsEqual ? "yes" : "NO")
          << "; denied by the server's rights: " << denied << Qt::endl;
    const bool whole = halfWrittenAsked && halfWritten == 0;
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
