import { afterAll, describe, expect, it } from 'vitest';
import { AdjustableClock, systemClock } from '../../server/src/common/clock';
import { issueSignupLink } from '../../server/src/signup/signup.service';
import { errorCode, startTestApp, TestApp } from '../support/test-app';
import { loginAs } from '../support/fixtures';

/** Starting a program from an empty database (issue 12): SIGNUP modes, email confirmation, then a team and partners. */
const STRONG = 'lantern velvet orbit cactus';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { __typename
  ... on SignedUp { verificationSentTo session { token viewer { kind merchantRole emailVerified program { name currency timezone locale } } } }
  ... on ErrorResult { code message } ... on WeakPasswordError { suggestions } } }`;
const OPTIONS = `{ signupOptions { offered needsLink } }`;
const VERIFY = `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { __typename ... on EmailVerified { email } ... on ErrorResult { code } } }`;
const ME = `{ me { kind merchantRole emailVerified displayName program { name currency timezone locale } } }`;

const apps: TestApp[] = [];
async function appWith(signup: 'first' | 'open' | 'invite' | 'closed', clock = new AdjustableClock()) {
  const app = await startTestApp({ signup }, { clock });
  apps.push(app);
  return app;
}
afterAll(async () => Promise.all(apps.map((app) => app.close())));

let people = 0;
function form(overrides: Record<string, unknown> = {}) {
  const n = ++people;
  return {
    name: `Founder ${n}`,
    email: `founder-${n}@shop.test`,
    password: STRONG,
    programName: `Shop ${n}`,
    currency: 'EUR',
    timezone: 'Europe/Berlin',
    locale: 'de-DE',
    ...overrides,
  };
}
const programCount = async (app: TestApp) => (await app.dataSource.query(`SELECT count(*)::int AS n FROM program`))[0].n as number;

/** The token of the newest account email's link of that kind to the address, as the worker would deliver it. */
async function linkToken(app: TestApp, recipient: string, path: string): Promise<string> {
  const [message] = await app.dataSource.query(
    `SELECT body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [recipient],
  );
  const match = new RegExp(`/${path}#token=(pb[a-z]_[A-Za-z0-9_-]{43})`).exec(message?.body ?? '');
  if (!match) throw new Error(`no ${path} link for ${recipient}`);
  return match[1];
}

describe('SIGNUP unset (first): the installer starts the one program from the sign-in page', () => {
  it('refuses bad input of every kind without creating anything, then starts the program and signs its admin in', async () => {
    const app = await appWith('first');
    expect((await app.gql(OPTIONS)).data.signupOptions).toEqual({ offered: true, needsLink: false });

    for (const bad of [
      { currency: 'XXX' },
      { currency: 'EURO' },
      { timezone: 'Mars/Olympus' },
      { timezone: '../../etc/passwd' },
      { locale: 'en_US;DROP' },
      { name: 'Eve\r\nBcc: all@victims.test' },
      { programName: '' },
      { email: 'not-an-email' },
      { signupToken: 'pbs_short' },
    ]) {
      const response = await app.gql(SIGN_UP, { input: form(bad) });
      expect(errorCode(response), JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    const weak = (await app.gql(SIGN_UP, { input: form({ password: 'password1234' }) })).data.signUp;
    expect(weak.__typename).toBe('WeakPasswordError');
    expect(weak.suggestions.length).toBeGreaterThan(0);
    // A password built from the program's name is refused too.
    expect(
      (await app.gql(SIGN_UP, { input: form({ programName: 'Lantern Velvet', password: 'lantern velvet 2026' }) })).data.signUp.code,
    ).toBe('WEAK_PASSWORD');
    expect(await programCount(app)).toBe(0);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM account`))[0].n).toBe(0);

    const input = form({ email: 'Founder.One@Shop.TEST', currency: 'eur', locale: 'de-de' });
    const signedUp = (await app.gql(SIGN_UP, { input }, null)).data.signUp;
    expect(signedUp).toMatchObject({
      __typename: 'SignedUp',
      verificationSentTo: 'founder.one@shop.test',
      session: {
        viewer: {
          kind: 'MERCHANT',
          merchantRole: 'ADMIN',
          emailVerified: false,
          program: { name: input.programName, currency: 'EUR', timezone: 'Europe/Berlin', locale: 'de-DE' },
        },
      },
    });
    const me = (await app.gql(ME, {}, signedUp.session.token)).data.me;
    expect(me).toMatchObject({ kind: 'MERCHANT', merchantRole: 'ADMIN', emailVerified: false, displayName: input.name });
    // The same person signs in with the password; the event feed starts with the program's creation.
    await loginAs(app, 'founder.one@shop.test', STRONG);
    const events = (await app.gql(`{ events(first: 10) { nodes { type actorLabel } } }`, {}, signedUp.session.token)).data.events.nodes;
    expect(events[0]).toEqual({ type: 'program.created', actorLabel: 'founder.one@shop.test' });

    // The one program exists: nobody else may start another, and the sign-in page stops offering it.
    expect((await app.gql(OPTIONS)).data.signupOptions).toEqual({ offered: false, needsLink: false });
    const second = (await app.gql(SIGN_UP, { input: form() })).data.signUp;
    expect(second.code).toBe('SIGNUP_CLOSED');
    expect(await programCount(app)).toBe(1);
  });

  it('many sign-ups at once on an empty database start exactly one program', async () => {
    const app = await appWith('first');
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.gql(SIGN_UP, { input: form() })));
    const kinds = answers.map((a) => a.data.signUp.__typename).sort();
    expect(kinds).toEqual(['SignedUp', ...Array(5).fill('SignupClosedError')]);
    expect(await programCount(app)).toBe(1);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM account`))[0].n).toBe(1);
  });

  it('from the empty database to a program with a team and an invited partner, without the seed', async () => {
    const app = await appWith('first');
    const founder = form();
    const admin = (await app.gql(SIGN_UP, { input: founder })).data.signUp.session.token as string;

    // Confirm the address from the emailed link: once.
    const verification = await linkToken(app, founder.email, 'verify-email');
    expect((await app.gql(VERIFY, { input: { token: verification } })).data.verifyEmail).toEqual({
      __typename: 'EmailVerified',
      email: founder.email,
    });
    expect((await app.gql(VERIFY, { input: { token: verification } })).data.verifyEmail.code).toBe('INVALID_TOKEN');
    expect((await app.gql(ME, {}, admin)).data.me.emailVerified).toBe(true);
    expect((await app.gql(`mutation { resendEmailVerification }`, {}, admin)).data.resendEmailVerification).toBe(false);

    // A team member joins through an invitation.
    const invited = (
      await app.gql(
        `mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { __typename } }`,
        { input: { email: 'bookkeeper@shop.test', role: 'VIEWER' } },
        admin,
      )
    ).data.inviteTeamMember;
    expect(invited.__typename).toBe('TeamInvitation');
    const accepted = await app.gql(`mutation($input: AcceptTeamInvitationInput!) { acceptTeamInvitation(input: $input) { __typename } }`, {
      input: { token: await linkToken(app, 'bookkeeper@shop.test', 'accept-invitation'), displayName: 'Bo Keeper', password: STRONG },
    });
    expect(accepted.data.acceptTeamInvitation.__typename).toBe('InvitationAccepted');
    const viewer = await loginAs(app, 'bookkeeper@shop.test', STRONG);
    expect((await app.gql(ME, {}, viewer)).data.me).toMatchObject({ merchantRole: 'VIEWER', emailVerified: true });

    // A partner is invited and chooses their own password from the welcome email.
    const partner = await app.gql(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`,
      { input: { name: 'Pia Partner', email: 'pia@partners.test', partnerKey: 'pia' } },
      admin,
    );
    expect(partner.errors).toBeUndefined();
    const reset = await app.gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename } }`, {
      input: { token: await linkToken(app, 'pia@partners.test', 'set-password'), newPassword: STRONG },
    });
    expect(reset.data.resetPassword.__typename).toBe('PasswordChanged');
    const pia = await loginAs(app, 'pia@partners.test', STRONG);
    expect((await app.gql(ME, {}, pia)).data.me).toMatchObject({
      kind: 'PARTNER',
      emailVerified: true,
      program: { name: founder.programName, timezone: 'Europe/Berlin', locale: 'de-DE' },
    });
  });
});

describe('email confirmation links', () => {
  it('expire after 7 days; a new one is sent on request, at most 3 an hour', async () => {
    const clock = new AdjustableClock();
    const app = await appWith('open', clock);
    const founder = form();
    const token = (await app.gql(SIGN_UP, { input: founder })).data.signUp.session.token as string;
    const first = await linkToken(app, founder.email, 'verify-email');
    clock.advance(7 * 24 * 3_600_000 + 1_000);
    expect((await app.gql(VERIFY, { input: { token: first } })).data.verifyEmail.code).toBe('INVALID_TOKEN');
    expect((await app.gql(ME, {}, token)).data.me.emailVerified).toBe(false);

    const resend = async () => (await app.gql(`mutation { resendEmailVerification }`, {}, token)).data.resendEmailVerification;
    expect([await resend(), await resend(), await resend(), await resend()]).toEqual([true, true, true, false]);
    expect((await app.gql(`mutation { resendEmailVerification }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const latest = await linkToken(app, founder.email, 'verify-email');
    expect((await app.gql(VERIFY, { input: { token: latest } })).data.verifyEmail.__typename).toBe('EmailVerified');
    expect((await app.gql(ME, {}, token)).data.me.emailVerified).toBe(true);
  });
});

describe('SIGNUP=open, closed and invite', () => {
  it('open: anyone may start a program, one login per address', async () => {
    const app = await appWith('open');
    const a = form();
    expect((await app.gql(SIGN_UP, { input: a })).data.signUp.__typename).toBe('SignedUp');
    expect((await app.gql(SIGN_UP, { input: form() })).data.signUp.__typename).toBe('SignedUp');
    expect((await app.gql(OPTIONS)).data.signupOptions).toEqual({ offered: true, needsLink: false });
    const again = (await app.gql(SIGN_UP, { input: form({ email: a.email.toUpperCase() }) })).data.signUp;
    expect(again.code).toBe('EMAIL_IN_USE');
    expect(await programCount(app)).toBe(2);
  });

  it('closed: nobody, not even on an empty database', async () => {
    const app = await appWith('closed');
    expect((await app.gql(OPTIONS)).data.signupOptions).toEqual({ offered: false, needsLink: false });
    expect((await app.gql(SIGN_UP, { input: form() })).data.signUp.code).toBe('SIGNUP_CLOSED');
    expect(await programCount(app)).toBe(0);
  });

  it('invite: only with the operator’s link, for its address, once', async () => {
    const clock = new AdjustableClock();
    const app = await appWith('invite', clock);
    expect((await app.gql(OPTIONS)).data.signupOptions).toEqual({ offered: false, needsLink: true });
    expect((await app.gql(SIGN_UP, { input: form() })).data.signUp.code).toBe('SIGNUP_CLOSED');
    const link = await issueSignupLink(app.dataSource, 'Invited@Shop.test', { clock, publicUrl: 'https://pb.example' });
    expect(link).toMatch(/^https:\/\/pb\.example\/signup#token=pbs_[A-Za-z0-9_-]{43}$/);
    const signupToken = link.split('#token=')[1];
    expect((await app.gql(SIGN_UP, { input: form({ signupToken }) })).data.signUp.code).toBe('INVALID_TOKEN');
    const ok = (await app.gql(SIGN_UP, { input: form({ email: 'invited@shop.test', signupToken }) })).data.signUp;
    expect(ok.__typename).toBe('SignedUp');
    expect((await app.gql(SIGN_UP, { input: form({ email: 'invited@shop.test', signupToken }) })).data.signUp.code).toBe('INVALID_TOKEN');
    const [used] = await app.dataSource.query(`SELECT used_at IS NOT NULL AS used, program_id IS NOT NULL AS linked FROM signup_link`);
    expect(used).toEqual({ used: true, linked: true });

    const expiring = (await issueSignupLink(app.dataSource, 'late@shop.test', { clock, publicUrl: 'https://pb.example' })).split(
      '#token=',
    )[1];
    clock.advance(7 * 24 * 3_600_000 + 1_000);
    expect((await app.gql(SIGN_UP, { input: form({ email: 'late@shop.test', signupToken: expiring }) })).data.signUp.code).toBe(
      'INVALID_TOKEN',
    );
    await expect(issueSignupLink(app.dataSource, 'nope', { clock: systemClock, publicUrl: 'x' })).rejects.toThrow(/not an email address/);
  });
});

describe("a program's time zone and locale", () => {
  it('are settings an admin changes, checked like at sign-up', async () => {
    const app = await appWith('open');
    const token = (await app.gql(SIGN_UP, { input: form({ timezone: 'UTC', locale: 'en-US' }) })).data.signUp.session.token as string;
    const UPDATE = `mutation($input: ProgramSettingsInput!) { updateProgramSettings(input: $input) { timezone locale } }`;
    expect(errorCode(await app.gql(UPDATE, { input: { timezone: 'Nowhere/Land' } }, token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(UPDATE, { input: { locale: '<script>' } }, token))).toBe('BAD_USER_INPUT');
    expect((await app.gql(UPDATE, { input: { timezone: 'Pacific/Auckland', locale: 'de-de' } }, token)).data.updateProgramSettings).toEqual(
      {
        timezone: 'Pacific/Auckland',
        locale: 'de-DE',
      },
    );
    expect((await app.gql(ME, {}, token)).data.me.program).toMatchObject({ timezone: 'Pacific/Auckland', locale: 'de-DE' });
  });
});
