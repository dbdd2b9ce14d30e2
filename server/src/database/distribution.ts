/**
 * How the schema would be distributed by program on Citus (docs/scaling.md), in one place; the
 * catalog test (test/api/schema-catalog.test.ts) holds the migrated schema to it.
 *
 * Every table carries `program_id` but `program` itself. A table is distributed by `program_id`
 * (all colocated: a program's rows of every table live on one shard group) unless it is listed
 * here as a reference table (a full copy on every node).
 */

/**
 * Reference tables, and why: `program` is the tenant list; the others are the sign-in directory,
 * looked up by a global key before the program is known (a login email, a session token, an API
 * key, a reset or welcome token, an invitation token), and those keys must stay unique across all
 * programs. They are small next to the ledger (rows per person or key, not per sale).
 */
export const REFERENCE_TABLES: Readonly<Record<string, string>> = {
  program: 'the tenants themselves',
  login:
    'a person, signed in by email before the program is known; email unique across programs; belongs to no one program (no program_id)',
  account: "a login's membership of a program, found from the login at sign-in before the program is known",
  session: 'found by its token hash on every request',
  api_key: 'found by its key hash on every API request',
  account_token: 'password-reset and welcome links are found by their token hash',
  team_invitation: 'an invitation link is found by its token hash',
  two_factor_challenge: 'the second sign-in step is found by its challenge token hash',
  two_factor_recovery_code: 'per login, beside the account it belongs to (a reference table)',
  signup_link: 'comes before the program it creates (program_id stays null until used); found by its token hash',
  pending_signup:
    'a sign-up waiting for its emailed confirmation, before its program exists (program_id null until confirmed); found by its token hash',
};

/**
 * Indexes of distributed tables that do not lead with `program_id`, and why: the background
 * workers' scans for due work across all programs. On Citus each shard runs the scan over its own
 * index; none of them is unique, and no request of a program uses them.
 */
export const CROSS_PROGRAM_INDEXES: Readonly<Record<string, string>> = {
  email_message_due_idx: 'the email worker claims due messages of every program',
  webhook_delivery_due_idx: 'the webhook worker claims due deliveries of every program',
};

/** Reference tables without `program_id`: they belong to no one program (a login spans programs). */
export const PROGRAMLESS_TABLES: readonly string[] = ['login'];

/** Tables of the tool, not of Partnerbook. */
export const UNDISTRIBUTED_TABLES: readonly string[] = ['migrations'];
