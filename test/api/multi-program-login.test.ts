import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';

/**
 * One person, many programs (issue 12): a login (email, password, two-factor) has a membership
 * per program; sign in once, list the programs, switch between them; each program sees only its
 * own data, and no merchant learns whether an address has a login elsewhere.
 */
const STRONG = 'lantern velvet orbit cactus';
const NEWER = 'marble kettle harbour quiz';

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id email name status } }`;
const SET_PASSWORD = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on ErrorResult { code } } }`;
const INVITE = `mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { __typename
  ... on TeamInvitation { email role status } ... on ErrorResult { code message } } }`;
const PREVIEW = `query($input: InvitationTokenInput!) { teamInvitation(input: $input) { __typename
  ... on InvitationPreview { email hasLogin } ... on ErrorResult { code } } }`;
const ACCEPT = `mutation($input: AcceptTeamInvitationInput!) { acceptTeamInvitation(input: $input) { __typename
  ... on InvitationAccepted { email } ... on ErrorResult { code message } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename
  ... on AuthSession { token endsAt viewer { kind program { id } partner { id } } } ... on ErrorResult { code message } } }`;
const ME = `{ me { kind label merchantRole program { id name } partner { id } } }`;
const MY_PROGRAMS = `{ myPrograms { accountId kind merchantRole partnerName current program { id name } } }`;
const SWITCH = `mutation($id: UUID!) { switchProgram(accountId: $id) { token expiresAt endsAt viewer { kind program { id } partner { id } } } }`;
const PARTNERS = `{ partners { nodes { id email } } }`;
const PARTNER = `query($id: UUID!) { partner(id: $id) { id } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename
  ... on PasswordChanged { endedSessions } ... on ErrorResult { code } } }`;

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
  return app.dataSource.query(
    `SELECT subject, body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
}

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('one login in two programs', () => {
  it('is invited as a partner of A (set-password link) and into the team of B with the existing password', async () => {
    const created = await app.gql(CREATE_PARTNER, { input: { name: 'Pat', email, partnerKey: `pat-${Date.now()}` } }, a.tokens.admin);
    expect(created.errors).toBeUndefined();
    partnerInA = created.data.createPartner.id;
    const [welcome] = await messagesTo(email);
    const token = /#token=(pbw_[A-Za-z0-9_-]{43})/.exec(welcome.body)![1];
    expect((await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } })).data.resetPassword.__typename).toBe('PasswordChanged');

    // B's admin cannot tell that the address has a login elsewhere: the same answer as for a new one.
    const fresh = await app.gql(INVITE, { input: { email: `fresh-${Date.now()}@test.dev`, role: 'VIEWER' } }, b.tokens.admin);
    const invited = await app.gql(INVITE, { input: { email, role: 'VIEWER' } }, b.tokens.admin);
    expect(invited.data.inviteTeamMember.__typename).toBe('TeamInvitation');
    expect(Object.keys(invited.data.inviteTeamMember)).toEqual(Object.keys(fresh.data.inviteTeamMember));
    expect(invited.data.inviteTeamMember.status).toBe(fresh.data.inviteTeamMember.status);

    const invitation = (await messagesTo(email)).at(-1)!;
    const invitationToken = /#token=(pbi_[A-Za-z0-9_-]{43})/.exec(invitation.body)![1];
    // Only the holder of the emailed link learns that the address has a login, and joins with its password.
    expect((await app.gql(PREVIEW, { input: { token: invitationToken } })).data.teamInvitation).toEqual({
      __typename: 'InvitationPreview',
      email,
      hasLogin: true,
    });
    const wrong = await app.gql(ACCEPT, { input: { token: invitationToken, displayName: 'Pat', password: 'not the password at all' } });
    expect(wrong.data.acceptTeamInvitation.code).toBe('INVALID_CREDENTIALS');
    const accepted = await app.gql(ACCEPT, { input: { token: invitationToken, displayName: 'Pat', password: STRONG } });
    expect(accepted.data.acceptTeamInvitation).toEqual({ __typename: 'InvitationAccepted', email });
    // The link set no password: the old one still signs in.
    expect(await loginAs(app, email, STRONG)).toBeTruthy();
    const [{ logins }] = await app.dataSource.query(`SELECT count(*)::int AS logins FROM login WHERE lower(email) = $1`, [email]);
    expect(logins).toBe(1);
  });

  it('signs in once, lists both programs, and switches between them; each program sees only its own data', async () => {
    const signedIn = (await app.gql(LOGIN, { input: { email, password: STRONG } })).data.login;
    expect(signedIn.__typename).toBe('AuthSession');
    const programs = (await app.gql(MY_PROGRAMS, {}, signedIn.token)).data.myPrograms;
    expect(programs).toHaveLength(2);
    const inA = programs.find((m: { program: { id: string } }) => m.program.id === a.programId);
    const inB = programs.find((m: { program: { id: string } }) => m.program.id === b.programId);
    expect(inA).toMatchObject({ kind: 'PARTNER', merchantRole: null, partnerName: 'Pat' });
    expect(inB).toMatchObject({ kind: 'MERCHANT', merchantRole: 'VIEWER', partnerName: null });
    expect(programs.filter((m: { current: boolean }) => m.current)).toHaveLength(1);

    // Into B (whichever the sign-in chose): a viewer of B's team, seeing B's partners only.
    let token = signedIn.token as string;
    if (!inB.current) {
      const moved = (await app.gql(SWITCH, { id: inB.accountId }, token)).data.switchProgram;
      expect(errorCode(await app.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
      token = moved.token;
    }
    const asViewer = (await app.gql(ME, {}, token)).data.me;
    expect(asViewer).toMatchObject({ kind: 'MERCHANT', merchantRole: 'VIEWER', label: email, program: { id: b.programId }, partner: null });
    const seenInB = (await app.gql(PARTNERS, {}, token)).data.partners.nodes.map((p: { id: string }) => p.id);
    expect(seenInB).toEqual(expect.arrayContaining([b.partnerA.id, b.partnerB.id]));
    expect(seenInB).not.toContain(partnerInA);
    expect(errorCode(await app.gql(PARTNER, { id: partnerInA }, token))).toBe('NOT_FOUND');

    // Into A: the partner record of A, and no merchant operation.
    const moved = (await app.gql(SWITCH, { id: inA.accountId }, token)).data.switchProgram;
    expect(moved.viewer).toEqual({ kind: 'PARTNER', program: { id: a.programId }, partner: { id: partnerInA } });
    expect(errorCode(await app.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, moved.token)).data.me).toMatchObject({ kind: 'PARTNER', partner: { id: partnerInA } });
    expect(errorCode(await app.gql(PARTNERS, {}, moved.token))).toBe('FORBIDDEN');
    // A switch keeps the sign-in's latest end (SESSION_MAX_DAYS): switching back and forth extends nothing.
    expect(moved.endsAt).toBe(signedIn.endsAt);

    // The next sign-in resumes the program used last (A).
    const again = (await app.gql(LOGIN, { input: { email, password: STRONG } })).data.login;
    expect(again.viewer).toMatchObject({ kind: 'PARTNER', program: { id: a.programId } });
  });

  it("refuses to switch to someone else's account, or to an unknown one, alike (NOT_FOUND)", async () => {
    const token = await loginAs(app, email, STRONG);
    const [{ id: adminOfA }] = await app.dataSource.query(
      `SELECT id FROM account WHERE program_id = $1 AND merchant_role = 'ADMIN' LIMIT 1`,
      [a.programId],
    );
    const [{ id: partnerOfB }] = await app.dataSource.query(`SELECT id FROM account WHERE partner_id = $1`, [b.partnerA.id]);
    for (const id of [adminOfA, partnerOfB, '00000000-0000-4000-8000-000000000000']) {
      const refused = await app.gql(SWITCH, { id }, token);
      expect(errorCode(refused)).toBe('NOT_FOUND');
    }
    // The session was not touched by the refusals.
    expect((await app.gql(ME, {}, token)).data.me.label).toBe(email);
    // An API key has no programs to switch to.
    expect((await app.gql(MY_PROGRAMS, {}, a.tokens.apiRead)).data.myPrograms).toEqual([]);
    expect(errorCode(await app.gql(SWITCH, { id: adminOfA }, a.tokens.apiRead))).toBe('NOT_FOUND');
  });

  it('has one password for every program: a change in B ends the sessions in A and signs in everywhere', async () => {
    const inA = await loginAs(app, email, STRONG);
    const programs = (await app.gql(MY_PROGRAMS, {}, inA)).data.myPrograms;
    const inB = programs.find((m: { program: { id: string } }) => m.program.id === b.programId);
    const tokenB = (await app.gql(SWITCH, { id: inB.accountId }, await loginAs(app, email, STRONG))).data.switchProgram.token;
    const changed = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: STRONG, newPassword: NEWER } }, tokenB);
    expect(changed.data.changePassword.__typename).toBe('PasswordChanged');
    expect(errorCode(await app.gql(ME, {}, inA))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, tokenB)).data.me.program.id).toBe(b.programId);
    expect((await app.gql(LOGIN, { input: { email, password: STRONG } })).data.login.code).toBe('INVALID_CREDENTIALS');
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
    expect(inB.data.createPartner).toMatchObject({ email: squatted, status: 'ACTIVE' });
    const [{ memberships }] = await app.dataSource.query(
      `SELECT count(*)::int AS memberships FROM account a JOIN login l ON l.id = a.login_id WHERE l.email = $1`,
      [squatted],
    );
    expect(memberships).toBe(2);
    // A's welcome link sets the one password, which then signs in to both.
    const token = /#token=(pbw_[A-Za-z0-9_-]{43})/.exec((await messagesTo(squatted))[0].body)![1];
    await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } });
    const signedIn = await loginAs(app, squatted, STRONG);
    expect((await app.gql(MY_PROGRAMS, {}, signedIn)).data.myPrograms).toHaveLength(2);
  });
});
