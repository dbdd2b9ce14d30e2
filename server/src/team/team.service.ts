import { MerchantRole } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { NotFoundError, errorResult } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../auth/password';
import { LoginThrottle } from '../auth/login-throttle';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { LOGIN_JOIN, addMembership, ensureLogin, isMember, loginByEmail } from '../auth/login';
import { AccountEnvironment } from '../accounts/account.service';
import { queueAccountEmail } from '../accounts/account-emails';
import { cancelTeamMemberEmailChange, pendingEmailColumn, startTeamMemberEmailChange } from '../accounts/email-change.service';
import { InvalidTokenError, WeakPasswordError } from '../accounts/account.types';
import { checkPassword, contextWords } from '../accounts/password-policy';
import {
  AcceptTeamInvitationInput,
  ChangeTeamMemberEmailInput,
  ChangeTeamMemberRoleInput,
  InvitationTokenInput,
  InviteTeamMemberInput,
} from './team.inputs';
import {
  AlreadyMemberError,
  EmailInUseError,
  InvitationAccepted,
  InvitationPreview,
  InvitationStatus,
  LastAdminError,
  TeamInvitation,
  TeamMember,
  TeamMemberRemoved,
} from './team.types';

/** An invitation link works for a week, once. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITATION_PREFIX = 'pbi';

interface InvitationRow {
  id: string;
  program_id: string;
  email: string;
  merchant_role: MerchantRole;
  invited_by_label: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

interface MemberRow {
  id: string;
  email: string;
  display_name: string;
  merchant_role: MerchantRole;
  created_at: Date;
  pending_email?: string | null;
}

const INVITATION_COLUMNS = 'id, program_id, email, merchant_role, invited_by_label, created_at, expires_at, accepted_at, revoked_at';

function invitationOf(row: InvitationRow, now: Date): TeamInvitation {
  const status = row.accepted_at
    ? InvitationStatus.ACCEPTED
    : row.revoked_at
      ? InvitationStatus.REVOKED
      : row.expires_at <= now
        ? InvitationStatus.EXPIRED
        : InvitationStatus.PENDING;
  return Object.assign(new TeamInvitation(), {
    id: row.id,
    email: row.email,
    role: row.merchant_role,
    status,
    invitedBy: row.invited_by_label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  });
}

function memberOf(ctx: RequestContext, row: MemberRow): TeamMember {
  const actor = ctx.authenticatedActor;
  return Object.assign(new TeamMember(), {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.merchant_role,
    createdAt: row.created_at,
    you: actor.kind === 'MERCHANT' && actor.accountId === row.id,
    pendingEmail: row.pending_email ?? null,
  });
}

function invitationEmail(input: { programName: string; inviter: string; role: MerchantRole; link: string }) {
  const what = input.role === MerchantRole.ADMIN ? 'an admin' : 'a viewer (read-only)';
  return {
    subject: `You are invited to the ${input.programName} partner program team`,
    body: [
      'Hello,',
      '',
      `${input.inviter} invited you to join the team running the ${input.programName} partner program on Partnerbook, as ${what}.`,
      'Open this link within 7 days to choose your name and password (or, if this address has a Partnerbook login already,',
      'to accept with the password you have); it works once:',
      '',
      input.link,
      '',
      'If you did not expect this, ignore this email.',
    ].join('\n'),
  };
}

/** The program's merchant users, admins first. */
export async function listTeamMembers(ctx: RequestContext, env: AccountEnvironment): Promise<TeamMember[]> {
  const rows = await ctx.query<MemberRow>(
    `SELECT a.id, l.email, a.display_name, a.merchant_role, a.created_at, ${pendingEmailColumn('$2')} AS pending_email
       FROM account a ${LOGIN_JOIN}
      WHERE a.program_id = $1 AND a.kind = 'MERCHANT' ORDER BY a.merchant_role, lower(a.display_name), a.id LIMIT 500`,
    [ctx.programId, env.clock.now()],
  );
  return rows.map((row) => memberOf(ctx, row));
}

/** The program's invitations, newest first (the last 200, whatever their status). */
export async function listTeamInvitations(ctx: RequestContext, env: AccountEnvironment): Promise<TeamInvitation[]> {
  const rows = await ctx.query<InvitationRow>(
    `SELECT ${INVITATION_COLUMNS} FROM team_invitation WHERE program_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [ctx.programId],
  );
  const now = env.clock.now();
  return rows.map((row) => invitationOf(row, now));
}

/**
 * Invites a person to the team by email; an earlier pending invitation of the same address is
 * replaced (its link stops working). An address that is a member already is refused.
 */
export async function inviteTeamMember(ctx: RequestContext, input: InviteTeamMemberInput, env: AccountEnvironment) {
  const email = input.email.trim().toLowerCase();
  return ctx.transaction(async (tx) => {
    const [program] = await tx.query<{ name: string }>(`SELECT name FROM program WHERE id = $1 FOR UPDATE`, [tx.programId]);
    if (await isMember(tx, tx.programId, email)) return errorResult(AlreadyMemberError, 'This address already has a login in this program');
    const now = env.clock.now();
    await tx.query(
      `UPDATE team_invitation SET revoked_at = $3 WHERE program_id = $1 AND lower(email) = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [tx.programId, email, now],
    );
    const token = newSecret(INVITATION_PREFIX);
    const actor = tx.authenticatedActor;
    const [row] = await tx.query<InvitationRow>(
      `INSERT INTO team_invitation (program_id, email, merchant_role, token_hash, invited_by, invited_by_label, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${INVITATION_COLUMNS}`,
      [
        tx.programId,
        email,
        input.role,
        hashSecret(token),
        actor.kind === 'MERCHANT' ? actor.accountId : null,
        actor.label,
        now,
        new Date(now.getTime() + INVITATION_TTL_MS),
      ],
    );
    await queueAccountEmail(tx, {
      programId: tx.programId,
      accountId: null,
      recipient: email,
      ...invitationEmail({
        programName: program.name,
        inviter: actor.label,
        role: input.role,
        link: `${env.publicUrl}/accept-invitation#token=${token}`,
      }),
    });
    await recordAudit(tx, [
      { action: 'team.invite', entityType: 'TeamInvitation', entityId: row.id, changes: { email, role: input.role } },
    ]);
    return invitationOf(row, now);
  });
}

/** Withdraws an invitation: its link stops working. Accepted ones stay as they are. */
export async function revokeTeamInvitation(ctx: RequestContext, id: string, env: AccountEnvironment): Promise<TeamInvitation> {
  return ctx.transaction(async (tx) => {
    const now = env.clock.now();
    const [row] = await tx.query<InvitationRow>(
      `UPDATE team_invitation SET revoked_at = coalesce(revoked_at, CASE WHEN accepted_at IS NULL THEN $3::timestamptz END)
        WHERE id = $1 AND program_id = $2 RETURNING ${INVITATION_COLUMNS}`,
      [id, tx.programId, now],
    );
    if (!row) throw new NotFoundError('TeamInvitation', id);
    await recordAudit(tx, [{ action: 'team.revokeInvitation', entityType: 'TeamInvitation', entityId: id, changes: { email: row.email } }]);
    return invitationOf(row, now);
  });
}

/**
 * Locks the program row (every team change of one program queues here, so two admins demoting
 * each other cannot both succeed) and returns the program's merchant users.
 */
async function lockTeam(tx: RequestContext): Promise<MemberRow[]> {
  await tx.query(`SELECT id FROM program WHERE id = $1 FOR UPDATE`, [tx.programId]);
  return tx.query<MemberRow>(
    `SELECT a.id, l.email, a.display_name, a.merchant_role, a.created_at FROM account a ${LOGIN_JOIN}
      WHERE a.program_id = $1 AND a.kind = 'MERCHANT'`,
    [tx.programId],
  );
}

const lastAdmin = () => errorResult(LastAdminError, 'The program needs at least one admin: make someone else admin first');

export async function changeTeamMemberRole(ctx: RequestContext, input: ChangeTeamMemberRoleInput) {
  return ctx.transaction(async (tx) => {
    const team = await lockTeam(tx);
    const member = team.find((row) => row.id === input.accountId);
    if (!member) throw new NotFoundError('TeamMember', input.accountId);
    if (member.merchant_role === input.role) return memberOf(tx, member);
    const admins = team.filter((row) => row.merchant_role === MerchantRole.ADMIN);
    if (member.merchant_role === MerchantRole.ADMIN && admins.length <= 1) return lastAdmin();
    await tx.query(`UPDATE account SET merchant_role = $2 WHERE id = $1`, [member.id, input.role]);
    await recordAudit(tx, [
      {
        action: 'team.changeRole',
        entityType: 'Account',
        entityId: member.id,
        changes: { role: { from: member.merchant_role, to: input.role } },
      },
    ]);
    return memberOf(tx, { ...member, merchant_role: input.role });
  });
}

/** Deletes a member's login (their sessions end with it); never the last admin. */
export async function removeTeamMember(ctx: RequestContext, accountId: string) {
  return ctx.transaction(async (tx) => {
    const team = await lockTeam(tx);
    const member = team.find((row) => row.id === accountId);
    if (!member) throw new NotFoundError('TeamMember', accountId);
    const admins = team.filter((row) => row.merchant_role === MerchantRole.ADMIN);
    if (member.merchant_role === MerchantRole.ADMIN && admins.length <= 1) return lastAdmin();
    await tx.query(`DELETE FROM account WHERE id = $1`, [accountId]);
    await recordAudit(tx, [
      { action: 'team.remove', entityType: 'Account', entityId: accountId, changes: { email: member.email, role: member.merchant_role } },
    ]);
    return Object.assign(new TeamMemberRemoved(), { id: accountId });
  });
}

async function openInvitation(ctx: RequestContext, token: string, env: AccountEnvironment, lock = false) {
  const [row] = await ctx.query<InvitationRow & { program_name: string }>(
    `SELECT i.id, i.program_id, i.email, i.merchant_role, i.expires_at, pr.name AS program_name
       FROM team_invitation i JOIN program pr ON pr.id = i.program_id
      WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
      ${lock ? 'FOR UPDATE OF i' : ''}`,
    [hashSecret(token), env.clock.now()],
  );
  return row ?? null;
}

const invalidInvitation = () =>
  errorResult(InvalidTokenError, 'This invitation is not valid any more (used, withdrawn or expired): ask for a new one');

/** What an invitation link is for, so the page can say it before asking for a password. */
export async function previewTeamInvitation(ctx: RequestContext, input: InvitationTokenInput, env: AccountEnvironment) {
  const row = await openInvitation(ctx, input.token, env);
  if (!row) return invalidInvitation();
  return Object.assign(new InvitationPreview(), {
    programName: row.program_name,
    email: row.email,
    role: row.merchant_role,
    expiresAt: row.expires_at,
    hasLogin: (await loginByEmail(ctx, row.email)) !== null,
  });
}

/**
 * Makes the invited person a member; the link then stops working. An address without a login gets
 * one with the chosen name and password; an address with a login (another program) joins with it,
 * its existing password checked under the sign-in protection (the link never sets it: no takeover).
 */
export async function acceptTeamInvitation(
  ctx: RequestContext,
  input: AcceptTeamInvitationInput,
  env: AccountEnvironment,
  request: { loginThrottle: LoginThrottle; clientAddress: string },
) {
  const preview = await openInvitation(ctx, input.token, env);
  if (!preview) return invalidInvitation();
  const existing = await loginByEmail(ctx, preview.email);
  let passwordHash: string;
  if (existing) {
    const guarded = await request.loginThrottle.guard(existing.email, request.clientAddress, async () =>
      (await verifyPassword(input.password, existing.password_hash)) ? true : null,
    );
    if (guarded.refused) {
      const { retryAfterSeconds } = guarded;
      return errorResult(TooManyAttemptsError, `Too many wrong passwords: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    if (!guarded.result) return errorResult(InvalidCredentialsError, 'This address has a Partnerbook login: enter its password');
    passwordHash = existing.password_hash;
  } else {
    const verdict = await checkPassword(input.password, contextWords(input.displayName, preview.email, preview.program_name));
    if (!verdict.ok) return errorResult(WeakPasswordError, verdict.reason!, { suggestions: verdict.suggestions });
    passwordHash = await hashPassword(input.password);
  }
  return ctx.transaction(async (tx) => {
    const row = await openInvitation(tx, input.token, env, true);
    if (!row) return invalidInvitation();
    if (await isMember(tx, row.program_id, row.email)) return invalidInvitation();
    const login = await ensureLogin(tx, { email: row.email, passwordHash, emailVerifiedAt: env.clock.now() });
    // A login created meanwhile (another invitation or sign-up at once) keeps its own password.
    if (!login.created && !existing)
      return errorResult(EmailInUseError, 'This address got a Partnerbook login meanwhile: open the link again');
    // The link came to this address: it is confirmed.
    await tx.query(`UPDATE login SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1`, [login.id, env.clock.now()]);
    const account = {
      id: await addMembership(tx, {
        programId: row.program_id,
        loginId: login.id,
        displayName: input.displayName.trim(),
        merchantRole: row.merchant_role,
      }),
    };
    await tx.query(`UPDATE team_invitation SET accepted_at = $2 WHERE id = $1`, [row.id, env.clock.now()]);
    const joined = new RequestContext(tx.dataSource, { kind: 'SYSTEM', programId: row.program_id, label: row.email }, tx.manager);
    await recordAudit(joined, [
      {
        action: 'team.acceptInvitation',
        entityType: 'Account',
        entityId: account.id,
        changes: { email: row.email, role: row.merchant_role },
      },
    ]);
    return Object.assign(new InvitationAccepted(), { email: row.email });
  });
}

/** One member as the team page shows it (pending email included); NOT_FOUND for an unknown one. */
async function teamMember(ctx: RequestContext, accountId: string, env: AccountEnvironment): Promise<TeamMember> {
  const member = (await listTeamMembers(ctx, env)).find((row) => row.id === accountId);
  if (!member) throw new NotFoundError('TeamMember', accountId);
  return member;
}

/**
 * An admin changes a member's sign-in email: a confirmation link goes to the new address, a notice
 * to the old one; it changes when the link is opened (see startTeamMemberEmailChange for refusals).
 */
export async function changeTeamMemberEmail(ctx: RequestContext, input: ChangeTeamMemberEmailInput, env: AccountEnvironment) {
  await ctx.transaction((tx) => startTeamMemberEmailChange(tx, input.accountId, input.email, env));
  return teamMember(ctx, input.accountId, env);
}

/** An admin withdraws a member's pending email change: its link stops working. */
export async function cancelTeamMemberEmail(ctx: RequestContext, accountId: string, env: AccountEnvironment) {
  await cancelTeamMemberEmailChange(ctx, accountId, env);
  return teamMember(ctx, accountId, env);
}
