import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { resultCode, findItem } from '../support/typed-results';
import { graphql } from '../gql';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';

/** The merchant team (issue 12): invitations by email, roles, removal, never the last admin. */
const STRONG = 'lantern velvet orbit cactus';

const INVITE = graphql(`
  mutation TeamInvite($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      __typename
      ... on TeamInvitation {
        id
        email
        role
        status
        expiresAt
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const PREVIEW = graphql(`
  query TeamPreview($input: InvitationTokenInput!) {
    teamInvitation(input: $input) {
      __typename
      ... on InvitationPreview {
        programName
        email
        role
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation TeamAccept($input: AcceptTeamInvitationInput!) {
    acceptTeamInvitation(input: $input) {
      __typename
      ... on InvitationAccepted {
        email
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const MEMBERS = graphql(`
  query TeamMembers {
    teamMembers {
      id
      email
      displayName
      role
      you
    }
  }
`);
const INVITATIONS = graphql(`
  query TeamInvitations {
    teamInvitations {
      id
      email
      role
      status
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation TeamChangeRole($input: ChangeTeamMemberRoleInput!) {
    changeTeamMemberRole(input: $input) {
      __typename
      ... on TeamMember {
        id
        role
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation TeamRemove($id: UUID!) {
    removeTeamMember(accountId: $id) {
      __typename
      ... on TeamMemberRemoved {
        id
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation TeamRevoke($id: UUID!) {
    revokeTeamInvitation(id: $id) {
      status
    }
  }
`);
const ME = graphql(`
  query TeamMe {
    me {
      kind
      merchantRole
      displayName
      program {
        id
      }
    }
  }
`);
const ME_KIND = graphql(`
  query TeamMeKind {
    me {
      kind
    }
  }
`);
const OUTBOX = graphql(`
  query TeamOutbox {
    emailOutbox(page: { first: 100 }) {
      nodes {
        recipient
      }
    }
  }
`);

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
  const [message] = await queryRows<{ body: string }>(
    app,
    `SELECT body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [recipient],
  );
  const match = /\/accept-invitation#token=(pbi_[A-Za-z0-9_-]{43})/.exec(message?.body ?? '');
  if (!match) throw new Error(`no invitation link for ${recipient}`);
  return match[1];
}

async function invite(email: string, role: 'ADMIN' | 'VIEWER', token = fx.tokens.admin) {
  return (await app.gql(INVITE, { input: { email, role } }, token)).data?.inviteTeamMember;
}
/** The invitation made (the test fails on a refusal). */
async function invitation(email: string, role: 'ADMIN' | 'VIEWER') {
  return expectTypename(await invite(email, role), 'TeamInvitation');
}
async function members(token: string) {
  return (await app.gqlData(MEMBERS, {}, token)).teamMembers;
}
async function invitations() {
  return (await app.gqlData(INVITATIONS, {}, fx.tokens.admin)).teamInvitations;
}

/** Invites, accepts and signs in: a new member's token and account id. */
async function newMember(role: 'ADMIN' | 'VIEWER'): Promise<{ email: string; token: string; id: string }> {
  const email = newAddress();
  await invite(email, role);
  const accepted = await app.gql(ACCEPT, { input: { token: await invitationToken(email), displayName: 'New Member', password: STRONG } });
  expect(accepted.data?.acceptTeamInvitation.__typename).toBe('InvitationAccepted');
  const token = await loginAs(app, email, STRONG);
  return { email, token, id: findItem(await members(fx.tokens.admin), (m) => m.email === email).id };
}

describe('team invitations', () => {
  it('invite → preview → accept with name and password → sign in with the role', async () => {
    const email = newAddress();
    const invitation = await invite(email.toUpperCase(), 'VIEWER');
    expect(invitation).toMatchObject({ __typename: 'TeamInvitation', email, role: 'VIEWER', status: 'PENDING' });
    const token = await invitationToken(email);
    // Stored only hashed.
    expect(
      (await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM team_invitation WHERE token_hash = $1`, [token]))[0].n,
    ).toBe(0);

    const preview = (await app.gql(PREVIEW, { input: { token } })).data?.teamInvitation;
    expect(preview).toMatchObject({ __typename: 'InvitationPreview', email, role: 'VIEWER' });

    const weak = await app.gql(ACCEPT, { input: { token, displayName: 'Vera Viewer', password: 'password1234' } });
    expect(resultCode(weak.data?.acceptTeamInvitation)).toBe('WEAK_PASSWORD');
    const accepted = await app.gql(ACCEPT, { input: { token, displayName: 'Vera Viewer', password: STRONG } });
    expect(accepted.data?.acceptTeamInvitation).toEqual({ __typename: 'InvitationAccepted', email });

    const session = await loginAs(app, email, STRONG);
    const { me } = await app.gqlData(ME, {}, session);
    expect(me).toEqual({ kind: 'MERCHANT', merchantRole: 'VIEWER', displayName: 'Vera Viewer', program: { id: fx.programId } });

    const again = await app.gql(ACCEPT, { input: { token, displayName: 'Mallory', password: 'marmalade glacier tuxedo fjord' } });
    expect(resultCode(again.data?.acceptTeamInvitation)).toBe('INVALID_TOKEN');
    expect(resultCode((await app.gql(PREVIEW, { input: { token } })).data?.teamInvitation)).toBe('INVALID_TOKEN');
    expect(findItem(await invitations(), (i) => i.email === email).status).toBe('ACCEPTED');
  });

  it('expires after 7 days (by the injected clock)', async () => {
    const email = newAddress();
    await invite(email, 'ADMIN');
    const token = await invitationToken(email);
    clock.advance(7 * 24 * 60 * 60 * 1000 + 1000);
    expect(
      resultCode((await app.gql(ACCEPT, { input: { token, displayName: 'Late', password: STRONG } })).data?.acceptTeamInvitation),
    ).toBe('INVALID_TOKEN');
    expect(findItem(await invitations(), (i) => i.email === email).status).toBe('EXPIRED');
    expect(await queryRows(app, `SELECT 1 FROM login WHERE email = $1`, [email])).toEqual([]);
  });

  it('a revoked or replaced invitation no longer works', async () => {
    const email = newAddress();
    const first = await invitation(email, 'VIEWER');
    const firstToken = await invitationToken(email);
    await invite(email, 'ADMIN');
    const secondToken = await invitationToken(email);
    expect(resultCode((await app.gql(PREVIEW, { input: { token: firstToken } })).data?.teamInvitation)).toBe('INVALID_TOKEN');
    const revoked = await app.gql(REVOKE, { id: first.id }, fx.tokens.admin);
    expect(revoked.data?.revokeTeamInvitation.status).toBe('REVOKED');
    const listed = (await invitations()).filter((i) => i.email === email);
    const second = findItem(listed, (i) => i.status === 'PENDING');
    expect(second.role).toBe('ADMIN');
    await app.gql(REVOKE, { id: second.id }, fx.tokens.admin);
    expect(
      resultCode((await app.gql(ACCEPT, { input: { token: secondToken, displayName: 'X', password: STRONG } })).data?.acceptTeamInvitation),
    ).toBe('INVALID_TOKEN');
  });

  it('refuses to invite a member again, and keeps account emails out of the outbox', async () => {
    const member = await newMember('VIEWER');
    expect(resultCode(await invite(member.email, 'ADMIN'))).toBe('ALREADY_MEMBER');
    const outbox = await app.gql(OUTBOX, {}, fx.tokens.admin);
    expect(outbox.data?.emailOutbox.nodes.map((m) => m.recipient)).not.toContain(member.email);
  });

  it('an address with a login elsewhere joins with that login: its existing password, never a new one', async () => {
    const [{ email }] = await queryRows<{ email: string }>(
      app,
      `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.program_id = $1 AND a.merchant_role = 'ADMIN'`,
      [other.programId],
    );
    expect((await invite(email, 'VIEWER'))?.__typename).toBe('TeamInvitation');
    const token = await invitationToken(email);
    const takeover = await app.gql(ACCEPT, { input: { token, displayName: 'Twin', password: STRONG } });
    expect(resultCode(takeover.data?.acceptTeamInvitation)).toBe('INVALID_CREDENTIALS');
    const joined = await app.gql(ACCEPT, { input: { token, displayName: 'Twin', password: 'correct horse battery' } });
    expect(joined.data?.acceptTeamInvitation.__typename).toBe('InvitationAccepted');
    expect((await members(fx.tokens.admin)).find((m) => m.email === email)).toMatchObject({ role: 'VIEWER', displayName: 'Twin' });
  });

  it('only admins manage the team, and only their own program', async () => {
    const email = newAddress();
    for (const token of [fx.tokens.viewer, fx.tokens.apiWrite, fx.tokens.partnerA]) {
      expect(errorCode(await app.gql(INVITE, { input: { email, role: 'ADMIN' } }, token))).toBe('FORBIDDEN');
    }
    const made = await invitation(email, 'VIEWER');
    const foreign = await app.gql(REVOKE, { id: made.id }, other.tokens.admin);
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const member = await newMember('VIEWER');
    expect(errorCode(await app.gql(REMOVE, { id: member.id }, other.tokens.admin))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(CHANGE_ROLE, { input: { accountId: member.id, role: 'ADMIN' } }, other.tokens.admin))).toBe('NOT_FOUND');
    const theirs = (await members(other.tokens.admin)).map((m) => m.email);
    expect(theirs).not.toContain(member.email);
  });
});

describe('roles and removal', () => {
  it('changes roles at once, and removal ends the member’s sessions', async () => {
    const member = await newMember('VIEWER');
    const promoted = await app.gql(CHANGE_ROLE, { input: { accountId: member.id, role: 'ADMIN' } }, fx.tokens.admin);
    expect(promoted.data?.changeTeamMemberRole).toEqual({ __typename: 'TeamMember', id: member.id, role: 'ADMIN' });
    expect((await members(member.token)).length).toBeGreaterThan(1);
    await app.gql(CHANGE_ROLE, { input: { accountId: member.id, role: 'VIEWER' } }, fx.tokens.admin);
    expect(errorCode(await app.gql(MEMBERS, {}, member.token))).toBe('FORBIDDEN');

    expect((await app.gql(REMOVE, { id: member.id }, fx.tokens.admin)).data?.removeTeamMember).toEqual({
      __typename: 'TeamMemberRemoved',
      id: member.id,
    });
    expect(errorCode(await app.gql(ME_KIND, {}, member.token))).toBe('UNAUTHENTICATED');
    // The address can be invited again.
    expect((await invite(member.email, 'VIEWER'))?.__typename).toBe('TeamInvitation');
  });

  it('never removes or demotes the last admin, even when two admins act at once', async () => {
    const program = await createProgramFixture(app);
    const [{ id: firstAdmin }] = await queryRows<{ id: string }>(
      app,
      `SELECT id FROM account WHERE program_id = $1 AND merchant_role = 'ADMIN'`,
      [program.programId],
    );
    expect(resultCode((await app.gql(REMOVE, { id: firstAdmin }, program.tokens.admin)).data?.removeTeamMember)).toBe('LAST_ADMIN');
    expect(
      resultCode(
        (await app.gql(CHANGE_ROLE, { input: { accountId: firstAdmin, role: 'VIEWER' } }, program.tokens.admin)).data?.changeTeamMemberRole,
      ),
    ).toBe('LAST_ADMIN');

    // A second admin, created through an invitation; then each demotes the other at the same moment.
    const email = newAddress();
    await invite(email, 'ADMIN', program.tokens.admin);
    await app.gql(ACCEPT, { input: { token: await invitationToken(email), displayName: 'Second Admin', password: STRONG } });
    const secondToken = await loginAs(app, email, STRONG);
    const secondId = findItem(await members(secondToken), (m) => m.you).id;
    const [demoted, removed] = await Promise.all([
      app.gql(CHANGE_ROLE, { input: { accountId: secondId, role: 'VIEWER' } }, program.tokens.admin),
      app.gql(REMOVE, { id: firstAdmin }, secondToken),
    ]);
    const admins = await queryRows<{ id: string }>(app, `SELECT id FROM account WHERE program_id = $1 AND merchant_role = 'ADMIN'`, [
      program.programId,
    ]);
    expect(admins).toHaveLength(1);
    // Each outcome's refusal: its result's code, else its error's (undefined when it went through).
    const results = [
      resultCode(demoted.data?.changeTeamMemberRole) ?? errorCode(demoted),
      resultCode(removed.data?.removeTeamMember) ?? errorCode(removed),
    ];
    expect(results.filter((r) => r === 'LAST_ADMIN' || r === 'UNAUTHENTICATED' || r === 'FORBIDDEN')).toHaveLength(1);
  });
});
