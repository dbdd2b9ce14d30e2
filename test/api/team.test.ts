import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';

/** The merchant team (issue 12): invitations by email, roles, removal, never the last admin. */
const STRONG = 'lantern velvet orbit cactus';

const INVITE = `mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { __typename
  ... on TeamInvitation { id email role status expiresAt } ... on ErrorResult { code message } } }`;
const PREVIEW = `query($input: InvitationTokenInput!) { teamInvitation(input: $input) { __typename
  ... on InvitationPreview { programName email role } ... on ErrorResult { code } } }`;
const ACCEPT = `mutation($input: AcceptTeamInvitationInput!) { acceptTeamInvitation(input: $input) { __typename
  ... on InvitationAccepted { email } ... on ErrorResult { code message } } }`;
const MEMBERS = `{ teamMembers { id email displayName role you } }`;
const INVITATIONS = `{ teamInvitations { id email role status } }`;
const CHANGE_ROLE = `mutation($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { __typename
  ... on TeamMember { id role } ... on ErrorResult { code } } }`;
const REMOVE = `mutation($id: UUID!) { removeTeamMember(accountId: $id) { __typename ... on TeamMemberRemoved { id } ... on ErrorResult { code } } }`;

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;
const clock = new AdjustableClock();

beforeAll(async () => {
  app = await startTestApp({}, { clock });
  [fx, other] = [await createProgramFixture(app), await createProgramFixture(app)];
});
afterAll(async () => app?.close());

let invited = 0;
const newAddress = () => `member-${++invited}-${Math.random().toString(36).slice(2, 8)}@test.dev`;

/** The invitation link's token from the newest invitation email to the address, as the worker would deliver it. */
async function invitationToken(recipient: string): Promise<string> {
  const [message] = await app.dataSource.query(
    `SELECT body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [recipient],
  );
  const match = /\/accept-invitation#token=(pbi_[A-Za-z0-9_-]{43})/.exec(message?.body ?? '');
  if (!match) throw new Error(`no invitation link for ${recipient}`);
  return match[1];
}

async function invite(email: string, role: 'ADMIN' | 'VIEWER', token = fx.tokens.admin) {
  return (await app.gql(INVITE, { input: { email, role } }, token)).data.inviteTeamMember;
}

/** Invites, accepts and signs in: a new member's token and account id. */
async function newMember(role: 'ADMIN' | 'VIEWER'): Promise<{ email: string; token: string; id: string }> {
  const email = newAddress();
  await invite(email, role);
  const accepted = await app.gql(ACCEPT, { input: { token: await invitationToken(email), displayName: 'New Member', password: STRONG } });
  expect(accepted.data.acceptTeamInvitation.__typename).toBe('InvitationAccepted');
  const token = await loginAs(app, email, STRONG);
  const members = (await app.gql(MEMBERS, {}, fx.tokens.admin)).data.teamMembers;
  return { email, token, id: members.find((m: { email: string }) => m.email === email).id };
}

describe('team invitations', () => {
  it('invite → preview → accept with name and password → sign in with the role', async () => {
    const email = newAddress();
    const invitation = await invite(email.toUpperCase(), 'VIEWER');
    expect(invitation).toMatchObject({ __typename: 'TeamInvitation', email, role: 'VIEWER', status: 'PENDING' });
    const token = await invitationToken(email);
    // Stored only hashed.
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM team_invitation WHERE token_hash = $1`, [token]))[0].n).toBe(0);

    const preview = (await app.gql(PREVIEW, { input: { token } })).data.teamInvitation;
    expect(preview).toMatchObject({ __typename: 'InvitationPreview', email, role: 'VIEWER' });

    const weak = await app.gql(ACCEPT, { input: { token, displayName: 'Vera Viewer', password: 'password1234' } });
    expect(weak.data.acceptTeamInvitation.code).toBe('WEAK_PASSWORD');
    const accepted = await app.gql(ACCEPT, { input: { token, displayName: 'Vera Viewer', password: STRONG } });
    expect(accepted.data.acceptTeamInvitation).toEqual({ __typename: 'InvitationAccepted', email });

    const session = await loginAs(app, email, STRONG);
    const me = (await app.gql(`{ me { kind merchantRole displayName program { id } } }`, {}, session)).data.me;
    expect(me).toEqual({ kind: 'MERCHANT', merchantRole: 'VIEWER', displayName: 'Vera Viewer', program: { id: fx.programId } });

    const again = await app.gql(ACCEPT, { input: { token, displayName: 'Mallory', password: 'marmalade glacier tuxedo fjord' } });
    expect(again.data.acceptTeamInvitation.code).toBe('INVALID_TOKEN');
    expect((await app.gql(PREVIEW, { input: { token } })).data.teamInvitation.code).toBe('INVALID_TOKEN');
    const statuses = (await app.gql(INVITATIONS, {}, fx.tokens.admin)).data.teamInvitations;
    expect(statuses.find((i: { email: string }) => i.email === email).status).toBe('ACCEPTED');
  });

  it('expires after 7 days (by the injected clock)', async () => {
    const email = newAddress();
    await invite(email, 'ADMIN');
    const token = await invitationToken(email);
    clock.advance(7 * 24 * 60 * 60 * 1000 + 1000);
    expect((await app.gql(ACCEPT, { input: { token, displayName: 'Late', password: STRONG } })).data.acceptTeamInvitation.code).toBe(
      'INVALID_TOKEN',
    );
    const listed = (await app.gql(INVITATIONS, {}, fx.tokens.admin)).data.teamInvitations;
    expect(listed.find((i: { email: string }) => i.email === email).status).toBe('EXPIRED');
    expect(await app.dataSource.query(`SELECT 1 FROM login WHERE email = $1`, [email])).toEqual([]);
  });

  it('a revoked or replaced invitation no longer works', async () => {
    const email = newAddress();
    const first = await invite(email, 'VIEWER');
    const firstToken = await invitationToken(email);
    await invite(email, 'ADMIN');
    const secondToken = await invitationToken(email);
    expect((await app.gql(PREVIEW, { input: { token: firstToken } })).data.teamInvitation.code).toBe('INVALID_TOKEN');
    const revoked = await app.gql(`mutation($id: UUID!) { revokeTeamInvitation(id: $id) { status } }`, { id: first.id }, fx.tokens.admin);
    expect(revoked.data.revokeTeamInvitation.status).toBe('REVOKED');
    const listed = (await app.gql(INVITATIONS, {}, fx.tokens.admin)).data.teamInvitations.filter(
      (i: { email: string }) => i.email === email,
    );
    const second = listed.find((i: { status: string }) => i.status === 'PENDING');
    expect(second.role).toBe('ADMIN');
    await app.gql(`mutation($id: UUID!) { revokeTeamInvitation(id: $id) { status } }`, { id: second.id }, fx.tokens.admin);
    expect(
      (await app.gql(ACCEPT, { input: { token: secondToken, displayName: 'X', password: STRONG } })).data.acceptTeamInvitation.code,
    ).toBe('INVALID_TOKEN');
  });

  it('refuses to invite a member again, and keeps account emails out of the outbox', async () => {
    const member = await newMember('VIEWER');
    expect((await invite(member.email, 'ADMIN')).code).toBe('ALREADY_MEMBER');
    const outbox = await app.gql(`{ emailOutbox(page: { first: 100 }) { nodes { recipient } } }`, {}, fx.tokens.admin);
    expect(outbox.data.emailOutbox.nodes.map((m: { recipient: string }) => m.recipient)).not.toContain(member.email);
  });

  it('an address with a login elsewhere joins with that login: its existing password, never a new one', async () => {
    const [{ email }] = await app.dataSource.query(
      `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.program_id = $1 AND a.merchant_role = 'ADMIN'`,
      [other.programId],
    );
    expect((await invite(email, 'VIEWER')).__typename).toBe('TeamInvitation');
    const token = await invitationToken(email);
    const takeover = await app.gql(ACCEPT, { input: { token, displayName: 'Twin', password: STRONG } });
    expect(takeover.data.acceptTeamInvitation.code).toBe('INVALID_CREDENTIALS');
    const joined = await app.gql(ACCEPT, { input: { token, displayName: 'Twin', password: 'correct horse battery' } });
    expect(joined.data.acceptTeamInvitation.__typename).toBe('InvitationAccepted');
    const members = (await app.gql(MEMBERS, {}, fx.tokens.admin)).data.teamMembers;
    expect(members.find((m: { email: string }) => m.email === email)).toMatchObject({ role: 'VIEWER', displayName: 'Twin' });
  });

  it('only admins manage the team, and only their own program', async () => {
    const email = newAddress();
    for (const token of [fx.tokens.viewer, fx.tokens.apiWrite, fx.tokens.partnerA]) {
      expect((await app.gql(INVITE, { input: { email, role: 'ADMIN' } }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const invitation = await invite(email, 'VIEWER');
    const foreign = await app.gql(
      `mutation($id: UUID!) { revokeTeamInvitation(id: $id) { status } }`,
      { id: invitation.id },
      other.tokens.admin,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const member = await newMember('VIEWER');
    expect((await app.gql(REMOVE, { id: member.id }, other.tokens.admin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await app.gql(CHANGE_ROLE, { input: { accountId: member.id, role: 'ADMIN' } }, other.tokens.admin)).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    const theirs = (await app.gql(MEMBERS, {}, other.tokens.admin)).data.teamMembers.map((m: { email: string }) => m.email);
    expect(theirs).not.toContain(member.email);
  });
});

describe('roles and removal', () => {
  it('changes roles at once, and removal ends the member’s sessions', async () => {
    const member = await newMember('VIEWER');
    const promoted = await app.gql(CHANGE_ROLE, { input: { accountId: member.id, role: 'ADMIN' } }, fx.tokens.admin);
    expect(promoted.data.changeTeamMemberRole).toEqual({ __typename: 'TeamMember', id: member.id, role: 'ADMIN' });
    expect((await app.gql(MEMBERS, {}, member.token)).data.teamMembers.length).toBeGreaterThan(1);
    await app.gql(CHANGE_ROLE, { input: { accountId: member.id, role: 'VIEWER' } }, fx.tokens.admin);
    expect((await app.gql(MEMBERS, {}, member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await app.gql(REMOVE, { id: member.id }, fx.tokens.admin)).data.removeTeamMember).toEqual({
      __typename: 'TeamMemberRemoved',
      id: member.id,
    });
    expect((await app.gql(`{ me { kind } }`, {}, member.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The address can be invited again.
    expect((await invite(member.email, 'VIEWER')).__typename).toBe('TeamInvitation');
  });

  it('never removes or demotes the last admin, even when two admins act at once', async () => {
    const program = await createProgramFixture(app);
    const [{ id: firstAdmin }] = await app.dataSource.query(`SELECT id FROM account WHERE program_id = $1 AND merchant_role = 'ADMIN'`, [
      program.programId,
    ]);
    expect((await app.gql(REMOVE, { id: firstAdmin }, program.tokens.admin)).data.removeTeamMember.code).toBe('LAST_ADMIN');
    expect(
      (await app.gql(CHANGE_ROLE, { input: { accountId: firstAdmin, role: 'VIEWER' } }, program.tokens.admin)).data.changeTeamMemberRole
        .code,
    ).toBe('LAST_ADMIN');

    // A second admin, created through an invitation; then each demotes the other at the same moment.
    const email = newAddress();
    await invite(email, 'ADMIN', program.tokens.admin);
    await app.gql(ACCEPT, { input: { token: await invitationToken(email), displayName: 'Second Admin', password: STRONG } });
    const secondToken = await loginAs(app, email, STRONG);
    const secondId = (await app.gql(MEMBERS, {}, secondToken)).data.teamMembers.find((m: { you: boolean }) => m.you).id;
    const outcomes = await Promise.all([
      app.gql(CHANGE_ROLE, { input: { accountId: secondId, role: 'VIEWER' } }, program.tokens.admin),
      app.gql(REMOVE, { id: firstAdmin }, secondToken),
    ]);
    const admins = await app.dataSource.query(`SELECT id FROM account WHERE program_id = $1 AND merchant_role = 'ADMIN'`, [
      program.programId,
    ]);
    expect(admins).toHaveLength(1);
    const results = outcomes.map((o) => o.data?.changeTeamMemberRole ?? o.data?.removeTeamMember ?? o.errors?.[0].extensions?.code);
    expect(results.filter((r) => r?.code === 'LAST_ADMIN' || r === 'UNAUTHENTICATED' || r === 'FORBIDDEN')).toHaveLength(1);
  });
});
