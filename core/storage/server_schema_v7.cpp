#include "storage/server_rights.h"
#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 7 (no SQLite counterpart: a file has no database users): rights kept by the
// database itself (server_rights.h says the design). Every CaseDesk user gets a login role of
// the same name (after an optional prefix) that is a member of the group of their CaseDesk role;
// the groups' GRANTs follow in the step's finish (grantServerRights). What no group may do
// directly (a user's password, failed sign-ins) goes through the few SECURITY DEFINER functions
// below, each of which checks who calls it. They run as the schema's owner with a fixed
// search_path, so a caller's own objects cannot stand in for the tables they name.
QStringList serverSchemaVersion7()
{
    const QString definer = QStringLiteral("SECURITY DEFINER SET search_path = public, pg_temp");
    return {
        // The tag names this database's groups (several CaseDesk databases may share a
        // cluster, and roles belong to the cluster); a login is login_prefix || user name. The
        // prefix is empty (a login is the user's name) unless the server's administrator set
        // casedesk.login_prefix before server init, for a second CaseDesk database on the same
        // cluster ("%d" stands for the database's name: the test clusters use "%d_").
        QStringLiteral("CREATE TABLE casedesk_rights (tag TEXT NOT NULL, login_prefix TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO casedesk_rights (tag, login_prefix) VALUES "
                       "(left(regexp_replace(lower(current_database()), '[^a-z0-9]+', '_', 'g'), 40),"
                       " replace(coalesce(current_setting('casedesk.login_prefix', true), ''), '%d', current_database()))"),
        // Passwords the server refused at a desk's sign-in, noted through the gate role (which
        // may write nothing else); the next desk that signs in copies them into the desk log.
        QStringLiteral("CREATE TABLE casedesk_sign_in_refusals (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " at TEXT NOT NULL, name TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE FUNCTION casedesk_group(code TEXT) RETURNS TEXT LANGUAGE sql STABLE %1 AS $$"
                       " SELECT 'cd_' || tag || '_' || code FROM casedesk_rights $$")
            .arg(definer),
        // A role name holds 63 bytes (PostgreSQL cuts a longer one, and two users could share
        // it): a longer login is cut to 54 bytes and told apart by 8 hex digits of its MD5
        // (serverLoginFor() in login_accounts.h works out the same on a desk).
        QStringLiteral("CREATE FUNCTION casedesk_login_of(user_name TEXT) RETURNS TEXT LANGUAGE plpgsql STABLE %1 AS $$"
                       " DECLARE whole TEXT := (SELECT login_prefix FROM casedesk_rights) || user_name; cut TEXT;"
                       " BEGIN"
                       " IF octet_length(whole) <= 63 THEN RETURN whole; END IF;"
                       " cut := whole;"
                       " WHILE octet_length(cut) > 54 LOOP cut := left(cut, -1); END LOOP;"
                       " RETURN cut || '~' || left(md5(whole), 8);"
                       " END $$")
            .arg(definer),
        // The office's maintenance account (the schema's owner, or a superuser): server init,
        // upgrade, import and the tests' administration; not a CaseDesk login.
        QStringLiteral("CREATE FUNCTION casedesk_is_maintenance() RETURNS BOOLEAN LANGUAGE sql STABLE %1 AS $$"
                       " SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class"
                       " WHERE oid = 'users'::regclass), 'MEMBER') $$")
            .arg(definer),
        // The CaseDesk user this connection signed in as; NULL for the maintenance account.
        QStringLiteral("CREATE FUNCTION casedesk_connected_user() RETURNS TEXT LANGUAGE sql STABLE %1 AS $$"
                       " SELECT u.name FROM users u"
                       " WHERE casedesk_login_of(u.name) = session_user AND NOT casedesk_is_maintenance() $$")
            .arg(definer),
        QStringLiteral("CREATE FUNCTION casedesk_may_manage_login(user_name TEXT) RETURNS BOOLEAN LANGUAGE sql"
                       " STABLE %1 AS $$ SELECT casedesk_is_maintenance() OR session_user = casedesk_login_of(user_name)"
                       " OR pg_has_role(session_user, casedesk_group('administrator'), 'MEMBER') $$")
            .arg(definer),
        QStringLiteral("CREATE FUNCTION casedesk_has_password(user_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE %1"
                       " AS $$ SELECT password_hash <> '' FROM users WHERE id = user_id $$")
            .arg(definer),
        // Keeps a user's login in step with their row: created (without a password) with the
        // user, a member of exactly the group of their role, able to log in only while active.
        // A role of that name the database did not make is never taken over.
        QStringLiteral(
            "CREATE FUNCTION casedesk_sync_login() RETURNS trigger LANGUAGE plpgsql %1 AS $$"
            " DECLARE login TEXT := casedesk_login_of(NEW.name);"
            " mark TEXT := 'CaseDesk login of ' || (SELECT tag FROM casedesk_rights);"
            " existing pg_roles%ROWTYPE; code TEXT; grp TEXT;"
            " BEGIN"
            " SELECT * INTO existing FROM pg_roles WHERE rolname = login;"
            " IF NOT FOUND THEN"
            " EXECUTE format('CREATE ROLE %I NOLOGIN', login);"
            " EXECUTE format('COMMENT ON ROLE %I IS %L', login, mark);"
            " ELSIF existing.rolsuper OR existing.rolcreaterole"
            " OR coalesce(shobj_description(existing.oid, 'pg_authid'), '') <> mark THEN"
            " RAISE EXCEPTION 'casedesk: the server already has a role named \"%\" that is not a CaseDesk login',"
            " login USING ERRCODE = 'duplicate_object';"
            " END IF;"
            " FOREACH code IN ARRAY ARRAY['caseworker', 'supervisor', 'administrator', 'auditor'] LOOP"
            " grp := casedesk_group(code);"
            " IF code = NEW.role THEN"
            " IF NOT pg_has_role(login, grp, 'MEMBER') THEN EXECUTE format('GRANT %I TO %I', grp, login); END IF;"
            " ELSIF pg_has_role(login, grp, 'MEMBER') THEN EXECUTE format('REVOKE %I FROM %I', grp, login); END IF;"
            " END LOOP;"
            " IF (NEW.active = 1) IS DISTINCT FROM coalesce(existing.rolcanlogin, false) THEN"
            " EXECUTE format(CASE WHEN NEW.active = 1 THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' END, login);"
            " END IF;"
            " RETURN NULL;"
            " END $$")
            .arg(definer),
        QStringLiteral("CREATE TRIGGER users_sync_login AFTER INSERT OR UPDATE OF name, role, active ON users"
                       " FOR EACH ROW EXECUTE FUNCTION casedesk_sync_login()"),
        // A new password: the Argon2id hash for the users table and the SCRAM verifier for the
        // login, by the user themself, an administrator or the maintenance account.
        QStringLiteral(
            "CREATE FUNCTION casedesk_set_password(user_name TEXT, hash TEXT, verifier TEXT) RETURNS VOID"
            " LANGUAGE plpgsql %1 AS $$ BEGIN"
            " IF NOT casedesk_may_manage_login(user_name) THEN"
            " RAISE EXCEPTION 'casedesk: only the user or an administrator sets this password'"
            " USING ERRCODE = 'insufficient_privilege'; END IF;"
            " IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN"
            " RAISE EXCEPTION 'casedesk: a password reaches the server only as a SCRAM-SHA-256 verifier'"
            " USING ERRCODE = 'invalid_parameter_value'; END IF;"
            " UPDATE users SET password_hash = hash, failed_sign_ins = 0, locked_until = NULL WHERE name = user_name;"
            " IF NOT FOUND THEN RAISE EXCEPTION 'casedesk: no user named %', user_name"
            " USING ERRCODE = 'no_data_found'; END IF;"
            " EXECUTE format('ALTER ROLE %I PASSWORD %L', casedesk_login_of(user_name), verifier);"
            " END $$")
            .arg(definer),
        // A wrong password counted; the max_failures-th in a row locks the name until
        // lock_until (never longer than %2 minutes from now, whoever calls). Returns the
        // failures in a row so far, 0 when this one locked the name, -1 for an unknown name.
        // Internal: called by the two functions below, which check who asks.
        QStringLiteral(
            "CREATE FUNCTION casedesk_count_failed_sign_in(user_name TEXT, max_failures INTEGER, lock_until TEXT)"
            " RETURNS INTEGER LANGUAGE plpgsql %1 AS $$ DECLARE failures INTEGER; BEGIN"
            " IF lock_until::timestamptz > now() + interval '%2 minutes' THEN"
            " RAISE EXCEPTION 'casedesk: a lock-out lasts at most %2 minutes' USING ERRCODE = 'invalid_parameter_value';"
            " END IF;"
            " UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE name = user_name"
            " RETURNING failed_sign_ins INTO failures;"
            " IF NOT FOUND THEN RETURN -1; END IF;"
            " IF failures < max_failures THEN RETURN failures; END IF;"
            " UPDATE users SET failed_sign_ins = 0, locked_until = lock_until WHERE name = user_name;"
            " RETURN 0;"
            " END $$")
            .arg(definer)
            .arg(kServerLockMinutesLimit),
        // A wrong password typed at a desk signed in to the server: counted for the user
        // themself (a login's desk signs in only as its user), or by an administrator or the
        // maintenance account; no one locks a colleague out.
        QStringLiteral(
            "CREATE FUNCTION casedesk_note_failed_sign_in(user_name TEXT, max_failures INTEGER, lock_until TEXT)"
            " RETURNS INTEGER LANGUAGE plpgsql %1 AS $$ BEGIN"
            " IF NOT casedesk_may_manage_login(user_name) THEN"
            " RAISE EXCEPTION 'casedesk: only the user or an administrator counts this'"
            " USING ERRCODE = 'insufficient_privilege'; END IF;"
            " RETURN casedesk_count_failed_sign_in(user_name, max_failures, lock_until);"
            " END $$")
            .arg(definer),
        QStringLiteral("CREATE FUNCTION casedesk_clear_failed_sign_ins(user_name TEXT) RETURNS VOID LANGUAGE plpgsql"
                       " %1 AS $$ BEGIN"
                       " IF NOT casedesk_may_manage_login(user_name) THEN"
                       " RAISE EXCEPTION 'casedesk: only the user or an administrator clears this'"
                       " USING ERRCODE = 'insufficient_privilege'; END IF;"
                       " UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE name = user_name;"
                       " END $$")
            .arg(definer),
        // What the gate role may do: note a password the server refused at a desk (the
        // refusal for the desk log, and the count that leads to a lock-out).
        QStringLiteral(
            "CREATE FUNCTION casedesk_gate_refused(login TEXT, at TEXT, max_failures INTEGER, lock_until TEXT)"
            " RETURNS INTEGER LANGUAGE plpgsql %1 AS $$ DECLARE user_name TEXT; failures INTEGER; BEGIN"
            // Anyone may call this (the gate's password is no secret): what reaches the desk
            // log is checked here. A time that is not one, or not today's, becomes the server's.
            " BEGIN"
            " IF abs(extract(epoch FROM (at::timestamptz - now()))) > 86400 THEN at := NULL; END IF;"
            " EXCEPTION WHEN others THEN at := NULL;"
            " END;"
            " at := coalesce(at, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'));"
            " SELECT u.name INTO user_name FROM users u WHERE casedesk_login_of(u.name) = login;"
            " failures := CASE WHEN user_name IS NULL THEN -1"
            " ELSE casedesk_count_failed_sign_in(user_name, max_failures, lock_until) END;"
            " INSERT INTO casedesk_sign_in_refusals (at, name, action, detail) VALUES (at,"
            " left(coalesce(user_name, login), 80), 'sign_in_failed', CASE WHEN failures < 0 THEN 'unknown user'"
            " WHEN failures = 0 THEN 'wrong password' ELSE 'wrong password ' || failures END);"
            " IF failures = 0 THEN INSERT INTO casedesk_sign_in_refusals (at, name, action, detail)"
            " VALUES (at, user_name, 'locked_out', 'until ' || lock_until); END IF;"
            " RETURN failures;"
            " END $$")
            .arg(definer),
        // A row rule no GRANT can say: only supervisors reopen a case in a final status
        // (Permission::ReopenCase; the final statuses of isFinalStatus() in
        // workflow/case_workflow.h, which test_server_rights.cpp holds this list to).
        QStringLiteral("CREATE FUNCTION casedesk_guard_reopen() RETURNS trigger LANGUAGE plpgsql %1 AS $$ BEGIN"
                       " IF OLD.status IN ('closed', 'refused', 'returned') AND NEW.status IS DISTINCT FROM OLD.status"
                       " AND NOT casedesk_is_maintenance()"
                       " AND NOT pg_has_role(session_user, casedesk_group('supervisor'), 'MEMBER') THEN"
                       " RAISE EXCEPTION 'casedesk: only a supervisor reopens a case in a final status'"
                       " USING ERRCODE = 'insufficient_privilege'; END IF;"
                       " RETURN NEW;"
                       " END $$")
            .arg(definer),
        QStringLiteral("CREATE TRIGGER complaints_reopen_by_supervisors BEFORE UPDATE OF status ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION casedesk_guard_reopen()"),
        QStringLiteral("CREATE FUNCTION casedesk_take_sign_in_refusals() RETURNS TABLE (at TEXT, name TEXT, action TEXT, detail TEXT)"
                       " LANGUAGE sql %1 AS $$"
                       " DELETE FROM casedesk_sign_in_refusals RETURNING at, name, action, detail $$")
            .arg(definer),
    };
}

} // namespace casedesk
