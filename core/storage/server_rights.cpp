#include "storage/server_rights.h"

#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The CaseDesk roles' groups, in the order of the privilege lists below.
const char *const kGroups[] = {"caseworker", "supervisor", "administrator", "auditor"};
constexpr int kGroupCount = 4;
enum GroupIndex { Caseworkers, Supervisors, Administrators, Auditors };

struct TablePolicy {
    const char *privileges[kGroupCount]; // caseworker, supervisor, administrator, auditor
};

constexpr const char *kRead = "SELECT";
constexpr const char *kAppend = "SELECT, INSERT";
constexpr const char *kAppendMove = "SELECT, INSERT, UPDATE"; // a chain head: moves forward only (step 1)
constexpr const char *kWrite = "SELECT, INSERT, UPDATE, DELETE";

// Everything not named here is case work: the working roles write it, auditors read it.
constexpr TablePolicy kCaseWork{{kWrite, kWrite, kWrite, kRead}};

QHash<QString, TablePolicy> tablePolicies()
{
    QHash<QString, TablePolicy> policies;
    // The trail: appended to, never changed (auditors add only their own sign-ins to the log).
    policies.insert(QStringLiteral("audit_log"), {{kAppend, kAppend, kAppend, kRead}});
    policies.insert(QStringLiteral("audit_chain"), {{kAppendMove, kAppendMove, kAppendMove, kRead}});
    policies.insert(QStringLiteral("desk_events"), {{kAppend, kAppend, kAppend, kAppend}});
    policies.insert(QStringLiteral("desk_chain"), {{kAppendMove, kAppendMove, kAppendMove, kAppendMove}});
    // Directories (Permission::ManageDirectories): supervisors and administrators.
    for (const char *table : {"calendar_years", "calendar_days", "deadline_rule_sets", "deadline_rules", "warning_rules",
                              "mediators", "courts", "categories", "letter_templates",
                              "enterprise_agreements"})
        policies.insert(QString::fromLatin1(table), {{kRead, kWrite, kWrite, kRead}});
    // The liaison points' directory: written like the directories above; auditors read the
    // columns that are not a contact's personal data (refusedColumns()).
    policies.insert(QStringLiteral("liaison_points"), {{kRead, kWrite, kWrite, kRead}});
    // The model points' assessment (sheets and scores): supervisors score and edit the sheet
    // (Permission::ManageDirectories); caseworkers and auditors read the ranking.
    for (const char *table : {"liaison_assessment_sheets", "liaison_assessment_categories",
                              "liaison_assessment_criteria", "liaison_assessments", "liaison_assessment_scores"})
        policies.insert(QString::fromLatin1(table), {{kRead, kWrite, kWrite, kRead}});
    // The advance compensation funds (Permission::ManageFunds): supervisors.
    for (const char *table : {"funds", "fund_entries"})
        policies.insert(QString::fromLatin1(table), {{kRead, kWrite, kRead, kRead}});
    // The desk's settings (Permission::ManageSettings): administrators.
    policies.insert(QStringLiteral("settings"), {{kRead, kRead, kWrite, kRead}});
    // The schema's marks: read by every desk, written only by server init and upgrade.
    policies.insert(QStringLiteral("casedesk_schema"), {{kRead, kRead, kRead, kRead}});
    policies.insert(QStringLiteral("casedesk_rights"), {{kRead, kRead, kRead, kRead}});
    // Caches of figures every reader may have to bring up to date (a recount gives the same).
    for (const char *table : {"case_search", "case_search_stale", "business_day_counts", "stats_dirty_cases",
                              "stats_dirty_months", "stats_summary", "stats_case_facts", "stats_dirty_days",
                              "warning_runs", "warning_dirty", "warning_runs_basis"})
        policies.insert(QString::fromLatin1(table), {{kWrite, kWrite, kWrite, kWrite}});
    return policies;
}

// Columns of personal data a group may not read: it reads the table's other columns (and writes
// the table as its policy says), and the personal ones through a view that masks them for it
// (server step 15: consumers_shown, audit_log_shown, liaison_points_shown).
QStringList refusedColumns(const QString &table, GroupIndex group)
{
    // A complainant's full phone and ID number, and the trail's values, which hold a phone or ID
    // number changed before step 15 in full: for those who may reveal them (supervisors,
    // Permission::RevealPersonalData).
    if (table == QLatin1String("consumers") && group != Supervisors)
        return {QStringLiteral("phone"), QStringLiteral("id_number")};
    if (table == QLatin1String("audit_log") && group != Supervisors)
        return {QStringLiteral("old_value"), QStringLiteral("new_value")};
    // A liaison point's contact: not for auditors; its phone in full for supervisors.
    if (table == QLatin1String("liaison_points") && group == Auditors)
        return {QStringLiteral("contact_person"), QStringLiteral("contact_phone")};
    if (table == QLatin1String("liaison_points") && group != Supervisors)
        return {QStringLiteral("contact_phone")};
    return {};
}

// A policy's privileges without SELECT, for a group that reads only some columns.
QString withoutSelect(const char *privileges)
{
    QStringList kept = QString::fromLatin1(privileges).split(QStringLiteral(", "));
    kept.removeAll(QStringLiteral("SELECT"));
    return kept.join(QStringLiteral(", "));
}

// users: its columns one by one (handled below, not by a table policy); refusals: no one.
const QSet<QString> &tablesOutsidePolicies()
{
    static const QSet<QString> tables{QStringLiteral("users"), QStringLiteral("casedesk_sign_in_refusals")};
    return tables;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// CREATE ROLE once per cluster: another database's set-up may be making the same role now.
Status createRoleIfMissing(const QSqlDatabase &db, const QString &role, const QString &options)
{
    auto done = runQuery(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                            "THEN CREATE ROLE %2 %3; END IF; EXCEPTION WHEN duplicate_object OR "
                                            "unique_violation THEN NULL; END $$")
                                 .arg(role, quoted(role), options));
    if (!done)
        return done.error();
    return {};
}

} // namespace

Status grantServerRights(const QSqlDatabase &db)
{
    auto mayCreateRoles =
        queryScalar(db, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
    if (!mayCreateRoles)
        return mayCreateRoles.error();
    if (!mayCreateRoles->toBool()) {
        auto account = queryScalar(db, QStringLiteral("SELECT current_user"));
        const QString name = account ? account->toString() : QString();
        return Error{ErrorCode::Forbidden,
                     Msg::tr("The server account %1 may not create roles, and CaseDesk gives every user a login of "
                             "their own. The server's administrator allows it with: ALTER ROLE %1 CREATEROLE. Nothing "
                             "was changed.")
                         .arg(name),
                     {}};
    }
    auto tag = queryScalar(db, QStringLiteral("SELECT tag FROM casedesk_rights"));
    if (!tag)
        return tag.error();
    QStringList groups;
    for (const char *code : kGroups)
        groups << QStringLiteral("cd_%1_%2").arg(tag->toString(), QLatin1String(code));
    for (const QString &group : groups) {
        if (auto created = createRoleIfMissing(db, group, QStringLiteral("NOLOGIN")); !created)
            return created;
    }
    const QString gate = QString::fromLatin1(kServerGateRole);
    if (auto created = createRoleIfMissing(db, gate, QStringLiteral("LOGIN PASSWORD '%1'").arg(QLatin1String(kServerGatePassword)));
        !created)
        return created;

    auto tables = runQuery(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    const QString everyone = QStringList{groups.join(QStringLiteral(", ")), quoted(gate), QStringLiteral("PUBLIC")}
                                 .join(QStringLiteral(", "));
    const QHash<QString, TablePolicy> policies = tablePolicies();
    QStringList statements;
    for (const QString &table : names) {
        statements << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(quoted(table), everyone);
        if (tablesOutsidePolicies().contains(table))
            continue;
        const TablePolicy policy = policies.value(table, kCaseWork);
        QStringList columns; // read once, for a table with personal columns
        for (int g = 0; g < kGroupCount; ++g) {
            const QStringList refused = refusedColumns(table, GroupIndex(g));
            if (refused.isEmpty()) {
                if (policy.privileges[g])
                    statements << QStringLiteral("GRANT %1 ON %2 TO %3")
                                      .arg(QLatin1String(policy.privileges[g]), quoted(table), groups[g]);
                continue;
            }
            if (columns.isEmpty()) {
                auto read = runQuery(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                        "table_schema = current_schema() AND table_name = ? "
                                                        "ORDER BY ordinal_position"),
                                     {table});
                if (!read)
                    return read.error();
                while (read->next())
                    columns << read->value(0).toString();
            }
            QStringList readable;
            for (const QString &column : std::as_const(columns)) {
                if (!refused.contains(column))
                    readable << quoted(column);
            }
            if (const QString others = policy.privileges[g] ? withoutSelect(policy.privileges[g]) : QString();
                !others.isEmpty())
                statements << QStringLiteral("GRANT %1 ON %2 TO %3").arg(others, quoted(table), groups[g]);
            statements << QStringLiteral("GRANT SELECT (%1) ON %2 TO %3")
                              .arg(readable.join(QStringLiteral(", ")), quoted(table), groups[g]);
        }
    }
    // Views derive what every reader sees from the tables (the search documents, the
    // statistics' facts): read by all.
    auto views = runQuery(db, QStringLiteral("SELECT viewname FROM pg_views WHERE schemaname = current_schema()"));
    if (!views)
        return views.error();
    while (views->next()) {
        const QString view = quoted(views->value(0).toString());
        statements << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(view, everyone)
                   << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(view, groups.join(QStringLiteral(", ")));
    }
    // users: everyone reads who is who, nobody the password hashes; only administrators change it.
    statements << QStringLiteral("GRANT SELECT (id, name, role, active, created_at, failed_sign_ins, locked_until) "
                                 "ON users TO %1")
                      .arg(groups.join(QStringLiteral(", ")))
               << QStringLiteral("GRANT INSERT (name, role, active, created_at, password_hash), UPDATE (role, active, "
                                 "password_hash, failed_sign_ins, locked_until) ON users TO %1")
                      .arg(groups[2]);
    statements << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(everyone)
               << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1")
                      .arg(groups.join(QStringLiteral(", ")));
    // The functions that check their caller: none for PUBLIC; the gate calls one of them.
    QStringList checked{QStringLiteral("casedesk_connected_user()"),
                              QStringLiteral("casedesk_has_password(bigint)"),
                              QStringLiteral("casedesk_set_password(text, text, text)"),
                              QStringLiteral("casedesk_note_failed_sign_in(text, integer, text)"),
                              QStringLiteral("casedesk_clear_failed_sign_ins(text)"),
                              QStringLiteral("casedesk_take_sign_in_refusals()")};
    // Those of later steps, once their step has made them (this runs at the end of several steps).
    for (const char *function : {"casedesk_may_reveal()", "casedesk_reads_contacts()", "casedesk_consumers_with_phone(text)",
                                 "casedesk_cases_with_phone_containing(text)", "casedesk_erase_from_letters(bigint, text)"}) {
        auto made = queryScalar(db, QStringLiteral("SELECT to_regprocedure(?) IS NOT NULL"), {QLatin1String(function)});
        if (!made)
            return made.error();
        if (made->toBool())
            checked << QLatin1String(function);
    }
    const QStringList internal{QStringLiteral("casedesk_group(text)"), QStringLiteral("casedesk_login_of(text)"),
                               QStringLiteral("casedesk_is_maintenance()"),
                               QStringLiteral("casedesk_may_manage_login(text)"),
                               QStringLiteral("casedesk_count_failed_sign_in(text, integer, text)"),
                               QStringLiteral("casedesk_sync_login()"), QStringLiteral("casedesk_guard_reopen()"),
                               QStringLiteral("casedesk_gate_refused(text, text, integer, text)")};
    for (const QString &function : checked + internal)
        statements << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(function);
    for (const QString &function : checked)
        statements << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function, groups.join(QStringLiteral(", ")));
    statements << QStringLiteral("GRANT EXECUTE ON FUNCTION casedesk_gate_refused(text, text, integer, text) TO %1")
                      .arg(quoted(gate));
    for (const QString &statement : statements) {
        if (auto done = runQuery(db, statement); !done)
            return done.error();
    }
    return {};
}

Status setUpServerRights(const QSqlDatabase &db)
{
    if (auto granted = grantServerRights(db); !granted)
        return granted;
    // Users already on the server get their logins (without a password: see SignInService).
    if (auto synced = runQuery(db, QStringLiteral("UPDATE users SET role = role")); !synced)
        return synced.error();
    return {};
}

} // namespace casedesk
