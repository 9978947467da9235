#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

// Rights on an office's server, kept by PostgreSQL itself (server step 7) so that a caseworker
// who opens psql with their own credentials can do no more than CaseDesk lets them:
//
// - Every CaseDesk user has a login role of the same name (casedesk_rights.login_prefix, empty
//   in an office, comes first) with the same password: the desk signs in by connecting as it.
//   The password reaches the server only as a SCRAM-SHA-256 verifier (storage/scram_verifier.h).
// - Each CaseDesk role is a group role of this database (cd_<tag>_caseworker, …), and a login
//   is a member of exactly its user's group: the users table's trigger keeps that true when an
//   administrator adds a user, changes a role or deactivates someone (a deactivated login
//   cannot connect).
// - The groups' GRANTs (grantServerRights) follow the permission table: auditors read
//   everything but password hashes and write nothing but the caches figures are kept in and
//   their own sign-ins in the desk log; only supervisors and administrators
//   write the calendar, deadline rules, warning rules and directories, and only supervisors the
//   funds and reopen a case in a final status (a trigger: a row rule); only administrators the
//   desk's settings; the audit trail and desk log take INSERTs only (plus the step 1 triggers);
//   nobody reads password hashes, and nobody changes the users table but an administrator, so
//   no one gives themselves another role.
// - Failed sign-ins, lock-outs and password changes go through SECURITY DEFINER functions that
//   check their caller; a desk whose password the server refused notes it through the gate
//   role, which may do that and nothing else.
// - Whoever owns the schema (the account server init ran as, which needs CREATEROLE) is the
//   office's maintenance account and is not limited: keep its password with the server's
//   administrator.

namespace casedesk {

// The cluster-wide role a desk uses only to note a password the server refused. Its password
// is no secret (every desk has it); all it may do is call casedesk_gate_refused().
inline constexpr char kServerGateRole[] = "casedesk_gate";
inline constexpr char kServerGatePassword[] = "casedesk-gate";

// The longest lock-out the server accepts from a desk, in minutes (the rule's 15, with margin
// for a desk's clock).
inline constexpr int kServerLockMinutesLimit = 16;

// Creates this database's group roles and the gate if missing and grants every table of the
// schema to the groups by the policy above. Run by step 7 and again by every later step that
// adds tables. Refused with a message when the account lacks CREATEROLE.
Status grantServerRights(const QSqlDatabase &db);

// Step 7's finish: the grants, and a login for every user already in the database.
Status setUpServerRights(const QSqlDatabase &db);

} // namespace casedesk
