import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { resultCode } from '../support/typed-results';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';

/**
 * One person, many programs (issue 12): a login (email, password, two-factor) has a membership
 * per program; sign in once, list the programs, switch between them; each program sees only its
 * own data, and no merchant learns whether an address has a login elsewhere.
 */
const STRONG = 'lantern velvet orbit cactus';
const NEWER = 'marble kettle harbour quiz';

const CREATE_PARTNER = graphql(`
  mutation MultiProgramLoginCreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      email
      name
      status
    }
  }
`);
const SET_PASSWORD = graphql(`
  mutation MultiProgramLoginSetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);
const INVITE = graphql(`
  mutation MultiProgramLoginInvite($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      __typename
      ... on TeamInvitation {
        email
        role
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const PREVIEW = graphql(`
  query MultiProgramLoginPreview($input: InvitationTokenInput!) {
    teamInvitation(input: $input) {
      __typename
      ... on InvitationPreview {
        email
        hasLogin
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation MultiProgramLoginAccept($input: AcceptTeamInvitationInput!) {
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
const LOGIN = graphql(`
  mutation MultiProgramLoginLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        token
        endsAt
        viewer {
          kind
          program {
            id
          }
          partner {
            id
          }
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const ME = graphql(`
  query MultiProgramLoginMe {
    me {
      kind
      label
      merchantRole
      program {
        id
        name
      }
      partner {
        id
      }
    }
  }
`);
const MY_PROGRAMS = graphql(`
  query MultiProgramLoginMyPrograms {
    myPrograms {
      accountId
      kind
      merchantRole
      partnerName
      current
      program {
        id
        name
      }
    }
  }
`);
const SWITCH = graphql(`
  mutation MultiProgramLoginSwitch($id: UUID!) {
    switchProgram(accountId: $id) {
      token
      expiresAt
      endsAt
      viewer {
        kind
        program {
          id
        }
        partner {
          id
        }
      }
    }
  }
`);
const PARTNERS = graphql(`
  query MultiProgramLoginPartners {
    partners {
      nodes {
        id
        email
      }
    }
  }
`);
const PARTNER = graphql(`
  query MultiProgramLoginPartner($id: UUID!) {
    partner(id: $id) {
      id
    }
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation MultiProgramLoginChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on PasswordChanged {
        endedSessions
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

let app: TestApp;
let a: ProgramFixture;
let b: ProgramFixture;
const clock = new AdjustableClock();
const email = `pat-${Math.random().toString(36).slice(2, 8)}@test.dev`;
let partnerInA: string;

beforeAll(async () => {
  app = await startTestApp({}, { clock });
  [a, b] = [await createProgramFixture(app), await createProgramFixture(app)];
});
afterAll(async () => app?.close());

async function messagesTo(recipient: string): Promise<{ subject: string; body: string }[]> {
  return queryRows<{ subject: string; body: string }>(
    app,
    `SELECT subject, body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
}

/** The membership of `programs` in a program, failing the test when there is none. */
function membershipIn<M extends { program: { id: string } }>(programs: M[], programId: string): M {
  const membership = programs.find((m) => m.program.id === programId);
  if (!membership) throw new Error(`no membership in ${programId}: ${JSON.stringify(programs)}`);
  return membership;
}

describe('one login in two programs', () => {
  it('is invited as a partner of A (set-password link) and into the team of B with the existing password', async () => {
    const created = await app.gql(CREATE_PARTNER, { input: { name: 'Pat', email, partnerKey: `pat-${Date.now()}` } }, a.tokens.admin);
    expect(created.errors).toBeUndefined();
    if (!created.data) throw new Error(JSON.stringify(created));
    partnerInA = created.data.createPartner.id;
    const [welcome] = await messagesTo(email);
    const token = /#token=(pbw_[A-Za-z0-9_-]{43})/.exec(welcome.body)![1];
    expect((await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } })).data?.resetPassword.__typename).toBe('PasswordChanged');

    // B's admin cannot tell that the address has a login elsewhere: the same answer as for a new one.
    const fresh = (await app.gqlData(INVITE, { input: { email: `fresh-${Date.now()}@test.dev`, role: 'VIEWER' } }, b.tokens.admin))
      .inviteTeamMember;
    const invited = (await app.gqlData(INVITE, { input: { email, role: 'VIEWER' } }, b.tokens.admin)).inviteTeamMember;
    expect(invited.__typename).toBe('TeamInvitation');
    expect(Object.keys(invited)).toEqual(Object.keys(fresh));
    expect(expectTypename(invited, 'TeamInvitation').status).toBe(expectTypename(fresh, 'TeamInvitation').status);

    const invitation = (await messagesTo(email)).at(-1)!;
    const invitationToken = /#token=(pbi_[A-Za-z0-9_-]{43})/.exec(invitation.body)![1];
    // Only the holder of the emailed link learns that the address has a login, and joins with its password.
    expect((await app.gql(PREVIEW, { input: { token: invitationToken } })).data?.teamInvitation).toEqual({
      __typename: 'InvitationPreview',
      email,
      hasLogin: true,
    });
    const wrong = await app.gql(ACCEPT, { input: { token: invitationToken, displayName: 'Pat', password: 'not the password at all' } });
    expect(resultCode(wrong.data?.acceptTeamInvitation)).toBe('INVALID_CREDENTIALS');
    const accepted = await app.gql(ACCEPT, { input: { token: invitationToken, displayName: 'Pat', password: STRONG } });
    expect(accepted.data?.acceptTeamInvitation).toEqual({ __typename: 'InvitationAccepted', email });
    // The link set no password: the old one still signs in.
    expect(await loginAs(app, email, STRONG)).toBeTruthy();
    const [{ logins }] = await queryRows<{ logins: number }>(app, `SELECT count(*)::int AS logins FROM login WHERE lower(email) = $1`, [
      email,
    ]);
    expect(logins).toBe(1);
  });

  it('signs in once, lists both programs, and switches between them; each program sees only its own data', async () => {
    const signedIn = expectTypename((await app.gqlData(LOGIN, { input: { email, password: STRONG } })).login, 'AuthSession');
    const programs = (await app.gqlData(MY_PROGRAMS, {}, signedIn.token)).myPrograms;
    expect(programs).toHaveLength(2);
    const inA = membershipIn(programs, a.programId);
    const inB = membershipIn(programs, b.programId);
    expect(inA).toMatchObject({ kind: 'PARTNER', merchantRole: null, partnerName: 'Pat' });
    expect(inB).toMatchObject({ kind: 'MERCHANT', merchantRole: 'VIEWER', partnerName: null });
    expect(programs.filter((m) => m.current)).toHaveLength(1);

    // Into B (whichever the sign-in chose): a viewer of B's team, seeing B's partners only.
    let token = signedIn.token;
    if (!inB.current) {
      const moved = (await app.gqlData(SWITCH, { id: inB.accountId }, token)).switchProgram;
      expect(errorCode(await app.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
      token = moved.token;
    }
    const asViewer = (await app.gql(ME, {}, token)).data?.me;
    expect(asViewer).toMatchObject({ kind: 'MERCHANT', merchantRole: 'VIEWER', label: email, program: { id: b.programId }, partner: null });
    const seenInB = (await app.gqlData(PARTNERS, {}, token)).partners.nodes.map((p) => p.id);
    expect(seenInB).toEqual(expect.arrayContaining([b.partnerA.id, b.partnerB.id]));
    expect(seenInB).not.toContain(partnerInA);
    expect(errorCode(await app.gql(PARTNER, { id: partnerInA }, token))).toBe('NOT_FOUND');

    // Into A: the partner record of A, and no merchant operation.
    const moved = (await app.gqlData(SWITCH, { id: inA.accountId }, token)).switchProgram;
    expect(moved.viewer).toEqual({ kind: 'PARTNER', program: { id: a.programId }, partner: { id: partnerInA } });
    expect(errorCode(await app.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, moved.token)).data?.me).toMatchObject({ kind: 'PARTNER', partner: { id: partnerInA } });
    expect(errorCode(await app.gql(PARTNERS, {}, moved.token))).toBe('FORBIDDEN');
    // A switch keeps the sign-in's latest end (SESSION_MAX_DAYS): switching back and forth extends nothing.
    expect(moved.endsAt).toBe(signedIn.endsAt);

    // The next sign-in resumes the program used last (A).
    const again = expectTypename((await app.gqlData(LOGIN, { input: { email, password: STRONG } })).login, 'AuthSession');
    expect(again.viewer).toMatchObject({ kind: 'PARTNER', program: { id: a.programId } });
  });

  it("refuses to switch to someone else's account, or to an unknown one, alike (NOT_FOUND)", async () => {
    const token = await loginAs(app, email, STRONG);
    const [{ id: adminOfA }] = await queryRows<{ id: string }>(
      app,
      `SELECT id FROM account WHERE program_id = $1 AND merchant_role = 'ADMIN' LIMIT 1`,
      [a.programId],
    );
    const [{ id: partnerOfB }] = await queryRows<{ id: string }>(app, `SELECT id FROM account WHERE partner_id = $1`, [b.partnerA.id]);
    for (const id of [adminOfA, partnerOfB, '00000000-0000-4000-8000-000000000000']) {
      const refused = await app.gql(SWITCH, { id }, token);
      expect(errorCode(refused)).toBe('NOT_FOUND');
    }
    // The session was not touched by the refusals.
    expect((await app.gql(ME, {}, token)).data?.me.label).toBe(email);
    // An API key has no programs to switch to.
    expect((await app.gql(MY_PROGRAMS, {}, a.tokens.apiRead)).data?.myPrograms).toEqual([]);
    expect(errorCode(await app.gql(SWITCH, { id: adminOfA }, a.tokens.apiRead))).toBe('NOT_FOUND');
  });

  it('has one password for every program: a change in B ends the sessions in A and signs in everywhere', async () => {
    const inA = await loginAs(app, email, STRONG);
    const programs = (await app.gqlData(MY_PROGRAMS, {}, inA)).myPrograms;
    const inB = membershipIn(programs, b.programId);
    const tokenB = (await app.gqlData(SWITCH, { id: inB.accountId }, await loginAs(app, email, STRONG))).switchProgram.token;
    const changed = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: STRONG, newPassword: NEWER } }, tokenB);
    expect(changed.data?.changePassword.__typename).toBe('PasswordChanged');
    expect(errorCode(await app.gql(ME, {}, inA))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, tokenB)).data?.me.program?.id).toBe(b.programId);
    expect(resultCode((await app.gql(LOGIN, { input: { email, password: STRONG } })).data?.login)).toBe('INVALID_CREDENTIALS');
    expect(await loginAs(app, email, NEWER)).toBeTruthy();
  });

  it('lets no merchant squat an address: an address invited in A first can still join B, and B learns nothing', async () => {
    const squatted = `squat-${Math.random().toString(36).slice(2, 8)}@test.dev`;
    // A invites the address (a login without a usable password until its owner sets one)...
    await app.gql(CREATE_PARTNER, { input: { name: 'Sam', email: squatted, partnerKey: `sam-a-${Date.now()}` } }, a.tokens.admin);
    // ...and B can still make it a partner; the answer is the one any new address gets.
    const inB = await app.gql(
      CREATE_PARTNER,
      { input: { name: 'Sam', email: squatted, partnerKey: `sam-b-${Date.now()}` } },
      b.tokens.admin,
    );
    expect(inB.errors).toBeUndefined();
    expect(inB.data?.createPartner).toMatchObject({ email: squatted, status: 'ACTIVE' });
    const [{ memberships }] = await queryRows<{ memberships: number }>(
      app,
      `SELECT count(*)::int AS memberships FROM account a JOIN login l ON l.id = a.login_id WHERE l.email = $1`,
      [squatted],
    );
    expect(memberships).toBe(2);
    // A's welcome link sets the one password, which then signs in to both.
    const token = /#token=(pbw_[A-Za-z0-9_-]{43})/.exec((await messagesTo(squatted))[0].body)![1];
    await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } });
    const signedIn = await loginAs(app, squatted, STRONG);
    expect((await app.gql(MY_PROGRAMS, {}, signedIn)).data?.myPrograms).toHaveLength(2);
  });
});
