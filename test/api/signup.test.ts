import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { afterAll, describe, expect, it } from 'vitest';
import { AdjustableClock, systemClock } from '../../server/src/common/clock';
import { NO_PROGRAM_ID } from '../../server/src/accounts/account-emails';
import { issueSignupLink } from '../../server/src/signup/signup.service';
import { EmailWorker, fileTransport } from '../../server/src/emails/email.worker';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { loginAs } from '../support/fixtures';
import { resultCode } from '../support/typed-results';
import { graphql } from '../gql';
import type { SignUpInput } from '../gql/graphql';

/**
 * Starting a program (issue 12): SIGNUP modes, the first program of an empty database at once,
 * every later one through an emailed confirmation link whose answer never tells whether the address
 * has a login, a person with a login adding a program with their own password, email confirmation,
 * then a team and partners.
 */
const STRONG = 'lantern velvet orbit cactus';
const OTHER = 'quiet harbour maple engine';

const SIGN_UP = graphql(`
  mutation SignupSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignedUp {
        verificationSentTo
        session {
          token
          viewer {
            kind
            merchantRole
            emailVerified
            program {
              name
              currency
              timezone
              locale
            }
          }
        }
      }
      ... on SignUpEmailSent {
        message
      }
      ... on ErrorResult {
        code
        message
      }
      ... on WeakPasswordError {
        suggestions
      }
    }
  }
`);
const OPTIONS = graphql(`
  query SignupOptions {
    signupOptions {
      offered
      needsLink
    }
  }
`);
const VERIFY = graphql(`
  mutation SignupVerify($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      __typename
      ... on EmailVerified {
        email
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const ME = graphql(`
  query SignupMe {
    me {
      kind
      merchantRole
      emailVerified
      displayName
      program {
        name
        currency
        timezone
        locale
      }
    }
  }
`);
const EVENTS = graphql(`
  query SignupEvents {
    events(first: 10) {
      nodes {
        type
        actorLabel
      }
    }
  }
`);
const RESEND = graphql(`
  mutation SignupResend {
    resendEmailVerification
  }
`);
const INVITE = graphql(`
  mutation SignupInvite($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      __typename
    }
  }
`);
const ACCEPT = graphql(`
  mutation SignupAccept($input: AcceptTeamInvitationInput!) {
    acceptTeamInvitation(input: $input) {
      __typename
    }
  }
`);
const CREATE_PARTNER = graphql(`
  mutation SignupCreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
    }
  }
`);
const RESET = graphql(`
  mutation SignupReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
    }
  }
`);
const UPDATE_SETTINGS = graphql(`
  mutation SignupUpdateSettings($input: ProgramSettingsInput!) {
    updateProgramSettings(input: $input) {
      timezone
      locale
    }
  }
`);
const PENDING = graphql(`
  query SignupPending($input: PendingSignUpInput!) {
    pendingSignUp(input: $input) {
      __typename
      ... on PendingSignUp {
        email
        programName
        hasLogin
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation SignupConfirm($input: ConfirmSignUpInput!) {
    confirmSignUp(input: $input) {
      __typename
      ... on AuthSession {
        token
        viewer {
          kind
          merchantRole
          emailVerified
          program {
            id
            name
            currency
            timezone
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
const MY_PROGRAMS = graphql(`
  query SignupMyPrograms {
    myPrograms {
      accountId
      current
      program {
        name
      }
    }
  }
`);
const SWITCH = graphql(`
  mutation SignupSwitch($id: UUID!) {
    switchProgram(accountId: $id) {
      token
      viewer {
        program {
          name
        }
      }
    }
  }
`);
const START_TWO_FACTOR = graphql(`
  mutation SignupStartTwoFactor($input: StartTwoFactorEnrolmentInput!) {
    startTwoFactorEnrolment(input: $input) {
      __typename
      ... on TwoFactorEnrolment {
        secret
      }
    }
  }
`);
const CONFIRM_TWO_FACTOR = graphql(`
  mutation SignupConfirmTwoFactor($input: ConfirmTwoFactorEnrolmentInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      __typename
    }
  }
`);

const apps: TestApp[] = [];
async function appWith(signup: 'first' | 'open' | 'invite' | 'closed', clock = new AdjustableClock()) {
  const app = await startTestApp({ signup }, { clock });
  apps.push(app);
  return app;
}
afterAll(async () => Promise.all(apps.map((app) => app.close())));

let people = 0;
function form(overrides: Partial<SignUpInput> = {}): SignUpInput {
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
const programCount = async (app: TestApp) => (await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM program`))[0].n;
const signUp = async (app: TestApp, input: SignUpInput) => (await app.gqlData(SIGN_UP, { input })).signUp;
const confirm = async (app: TestApp, input: { token: string; password?: string; totpCode?: string }) =>
  (await app.gqlData(CONFIRM, { input })).confirmSignUp;
const accountEmails = async (app: TestApp, recipient: string) =>
  queryRows<{ program_id: string; subject: string; body: string }>(
    app,
    `SELECT program_id, subject, body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );

/** The token of the newest account email's link of that kind to the address, as the worker would deliver it. */
async function linkToken(app: TestApp, recipient: string, path: string): Promise<string> {
  const [message] = await queryRows<{ body: string }>(
    app,
    `SELECT body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [recipient],
  );
  const match = new RegExp(`/${path}#token=(pb[a-z]_[A-Za-z0-9_-]{43})`).exec(message?.body ?? '');
  if (!match) throw new Error(`no ${path} link for ${recipient}`);
  return match[1];
}

/** The first program of an empty database: started at once, its admin signed in. */
async function firstProgram(app: TestApp, input = form()) {
  const signedUp = expectTypename(await signUp(app, input), 'SignedUp');
  return { input, token: signedUp.session.token };
}

describe('SIGNUP unset (first): the installer starts the one program from the sign-in page', () => {
  it('refuses bad input of every kind without creating anything, then starts the program at once and signs its admin in', async () => {
    const app = await appWith('first');
    expect((await app.gqlData(OPTIONS)).signupOptions).toEqual({ offered: true, needsLink: false });

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
    const weak = expectTypename(await signUp(app, form({ password: 'password1234' })), 'WeakPasswordError');
    expect(weak.suggestions.length).toBeGreaterThan(0);
    // A password built from the program's name is refused too.
    expect(resultCode(await signUp(app, form({ programName: 'Lantern Velvet', password: 'lantern velvet 2026' })))).toBe('WEAK_PASSWORD');
    expect(await programCount(app)).toBe(0);
    expect((await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM account`))[0].n).toBe(0);

    const input = form({ email: 'Founder.One@Shop.TEST', currency: 'eur', locale: 'de-de' });
    const signedUp = await signUp(app, input);
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
    const token = expectTypename(signedUp, 'SignedUp').session.token;
    const me = (await app.gqlData(ME, {}, token)).me;
    expect(me).toMatchObject({ kind: 'MERCHANT', merchantRole: 'ADMIN', emailVerified: false, displayName: input.name });
    // The same person signs in with the password; the event feed starts with the program's creation.
    await loginAs(app, 'founder.one@shop.test', STRONG);
    const events = (await app.gqlData(EVENTS, {}, token)).events.nodes;
    expect(events[0]).toEqual({ type: 'program.created', actorLabel: 'founder.one@shop.test' });

    // The one program exists: nobody else may start another, and the sign-in page stops offering it.
    expect((await app.gqlData(OPTIONS)).signupOptions).toEqual({ offered: false, needsLink: false });
    expect(resultCode(await signUp(app, form()))).toBe('SIGNUP_CLOSED');
    expect(await programCount(app)).toBe(1);
  });

  it('many sign-ups at once on an empty database start exactly one program', async () => {
    const app = await appWith('first');
    const answers = await Promise.all(Array.from({ length: 6 }, () => signUp(app, form())));
    const kinds = answers.map((answer) => answer.__typename).sort();
    expect(kinds).toEqual(['SignedUp', ...Array<string>(5).fill('SignupClosedError')]);
    expect(await programCount(app)).toBe(1);
    expect((await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM account`))[0].n).toBe(1);
  });

  it('from the empty database to a program with a team and an invited partner, without the seed', async () => {
    const app = await appWith('first');
    const { input: founder, token: admin } = await firstProgram(app);

    // Confirm the address from the emailed link: once.
    const verification = await linkToken(app, founder.email, 'verify-email');
    expect((await app.gqlData(VERIFY, { input: { token: verification } })).verifyEmail).toEqual({
      __typename: 'EmailVerified',
      email: founder.email,
    });
    expect(resultCode((await app.gqlData(VERIFY, { input: { token: verification } })).verifyEmail)).toBe('INVALID_TOKEN');
    expect((await app.gqlData(ME, {}, admin)).me.emailVerified).toBe(true);
    expect((await app.gqlData(RESEND, {}, admin)).resendEmailVerification).toBe(false);

    // A team member joins through an invitation.
    const invited = (await app.gqlData(INVITE, { input: { email: 'bookkeeper@shop.test', role: 'VIEWER' } }, admin)).inviteTeamMember;
    expect(invited.__typename).toBe('TeamInvitation');
    const accepted = await app.gqlData(ACCEPT, {
      input: { token: await linkToken(app, 'bookkeeper@shop.test', 'accept-invitation'), displayName: 'Bo Keeper', password: STRONG },
    });
    expect(accepted.acceptTeamInvitation.__typename).toBe('InvitationAccepted');
    const viewer = await loginAs(app, 'bookkeeper@shop.test', STRONG);
    expect((await app.gqlData(ME, {}, viewer)).me).toMatchObject({ merchantRole: 'VIEWER', emailVerified: true });

    // A partner is invited and chooses their own password from the welcome email.
    const partner = await app.gql(CREATE_PARTNER, { input: { name: 'Pia Partner', email: 'pia@partners.test', partnerKey: 'pia' } }, admin);
    expect(partner.errors).toBeUndefined();
    const reset = await app.gqlData(RESET, {
      input: { token: await linkToken(app, 'pia@partners.test', 'set-password'), newPassword: STRONG },
    });
    expect(reset.resetPassword.__typename).toBe('PasswordChanged');
    const pia = await loginAs(app, 'pia@partners.test', STRONG);
    expect((await app.gqlData(ME, {}, pia)).me).toMatchObject({
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
    const { input: founder, token } = await firstProgram(app);
    const first = await linkToken(app, founder.email, 'verify-email');
    clock.advance(7 * 24 * 3_600_000 + 1_000);
    expect(resultCode((await app.gqlData(VERIFY, { input: { token: first } })).verifyEmail)).toBe('INVALID_TOKEN');
    expect((await app.gqlData(ME, {}, token)).me.emailVerified).toBe(false);

    const resend = async () => (await app.gqlData(RESEND, {}, token)).resendEmailVerification;
    expect([await resend(), await resend(), await resend(), await resend()]).toEqual([true, true, true, false]);
    expect(errorCode(await app.gql(RESEND))).toBe('UNAUTHENTICATED');
    const latest = await linkToken(app, founder.email, 'verify-email');
    expect((await app.gqlData(VERIFY, { input: { token: latest } })).verifyEmail.__typename).toBe('EmailVerified');
    expect((await app.gqlData(ME, {}, token)).me.emailVerified).toBe(true);
  });
});

describe('SIGNUP=open once a program exists: every sign-up is confirmed by email, and the answer tells nothing', () => {
  it('answers the same, and emails once, for a new address and for an address with a login', async () => {
    const app = await appWith('open');
    const { input: founder } = await firstProgram(app);
    const known = form({ email: founder.email.toUpperCase(), password: OTHER });
    const unknown = form({ password: OTHER });
    const [knownAnswer, unknownAnswer] = [await signUp(app, known), await signUp(app, unknown)];
    expect(knownAnswer.__typename).toBe('SignUpEmailSent');
    expect(knownAnswer).toEqual(unknownAnswer);
    expect(await programCount(app)).toBe(1);

    // One email each, outside any program's outbox; their wording may differ (only the owner reads it).
    const knownMails = (await accountEmails(app, founder.email)).filter((mail) => mail.body.includes('/confirm-signup#token='));
    const unknownMails = await accountEmails(app, unknown.email);
    expect([knownMails.length, unknownMails.length]).toEqual([1, 1]);
    expect([knownMails[0].program_id, unknownMails[0].program_id]).toEqual([NO_PROGRAM_ID, NO_PROGRAM_ID]);
    expect(knownMails[0].body).toContain('You already have a Partnerbook login');
    expect(unknownMails[0].body).not.toContain('already have');
    // Both kept the same way: the form's password hashed, the token hashed.
    const pending = await queryRows<{ email: string; hashed: boolean }>(
      app,
      `SELECT email, password_hash LIKE 'scrypt$%' AND token_hash ~ '^[0-9a-f]{64}$' AS hashed FROM pending_signup ORDER BY created_at`,
    );
    expect(pending).toEqual([
      { email: founder.email, hashed: true },
      { email: unknown.email, hashed: true },
    ]);

    // The worker delivers these messages of no program like any other.
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'signup-mail-'));
    const worker = new EmailWorker(app.dataSource, { transport: fileTransport(directory), from: 'Partnerbook <pb@example.test>' });
    const unsent = async () =>
      (
        await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM email_message WHERE program_id = $1 AND status <> 'SENT'`, [
          NO_PROGRAM_ID,
        ])
      )[0].n;
    for (let pass = 0; pass < 10 && (await unsent()) > 0; pass++) await worker.runOnce();
    expect(await unsent()).toBe(0);
    expect(fs.readdirSync(directory).length).toBeGreaterThanOrEqual(2);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('the link of a new address creates the login and the program, signed in as its admin; once', async () => {
    const app = await appWith('open');
    await firstProgram(app);
    const input = form({ currency: 'usd', timezone: 'America/New_York' });
    expect((await signUp(app, input)).__typename).toBe('SignUpEmailSent');
    expect((await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM login WHERE email = $1`, [input.email]))[0].n).toBe(0);
    const token = await linkToken(app, input.email, 'confirm-signup');
    expect((await app.gqlData(PENDING, { input: { token } })).pendingSignUp).toEqual({
      __typename: 'PendingSignUp',
      email: input.email,
      programName: input.programName,
      hasLogin: false,
    });

    const session = expectTypename(await confirm(app, { token }), 'AuthSession');
    expect(session.viewer).toMatchObject({
      kind: 'MERCHANT',
      merchantRole: 'ADMIN',
      emailVerified: true,
      program: { name: input.programName, currency: 'USD', timezone: 'America/New_York' },
    });
    expect((await app.gqlData(ME, {}, session.token)).me.displayName).toBe(input.name);
    expect(await loginAs(app, input.email, STRONG)).toBeTruthy();
    const events = (await app.gqlData(EVENTS, {}, session.token)).events.nodes;
    expect(events[0]).toEqual({ type: 'program.created', actorLabel: input.email });

    expect(resultCode(await confirm(app, { token }))).toBe('INVALID_TOKEN');
    expect(resultCode((await app.gqlData(PENDING, { input: { token } })).pendingSignUp)).toBe('INVALID_TOKEN');
    expect(await programCount(app)).toBe(2);
  });

  it('the link of an address with a login needs that login’s password, never sets it, and adds the program to it', async () => {
    const app = await appWith('open');
    const { input: founder } = await firstProgram(app);
    // Whoever typed the form chose OTHER as the password: it must not become the login's.
    const second = form({ email: founder.email, name: 'Someone Else', password: OTHER, programName: 'Second Shop' });
    expect((await signUp(app, second)).__typename).toBe('SignUpEmailSent');
    const token = await linkToken(app, founder.email, 'confirm-signup');
    expect(expectTypename((await app.gqlData(PENDING, { input: { token } })).pendingSignUp, 'PendingSignUp').hasLogin).toBe(true);

    expect(resultCode(await confirm(app, { token }))).toBe('INVALID_CREDENTIALS');
    expect(resultCode(await confirm(app, { token, password: OTHER }))).toBe('INVALID_CREDENTIALS');
    expect(resultCode(await confirm(app, { token, password: 'not the password at all' }))).toBe('INVALID_CREDENTIALS');
    expect(await programCount(app)).toBe(1);

    const session = expectTypename(await confirm(app, { token, password: STRONG }), 'AuthSession');
    expect(session.viewer).toMatchObject({ kind: 'MERCHANT', merchantRole: 'ADMIN', program: { name: 'Second Shop' } });
    expect(resultCode(await confirm(app, { token, password: STRONG }))).toBe('INVALID_TOKEN');
    expect(await programCount(app)).toBe(2);
    // One login, its password unchanged, now in both programs; the person switches between them.
    expect((await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM login`))[0].n).toBe(1);
    await expect(loginAs(app, founder.email, OTHER)).rejects.toThrow();
    const programs = (await app.gqlData(MY_PROGRAMS, {}, session.token)).myPrograms;
    expect(programs.map((membership) => [membership.program.name, membership.current]).sort()).toEqual([
      ['Second Shop', true],
      [founder.programName, false],
    ]);
    const other = programs.find((membership) => !membership.current)!;
    const switched = (await app.gqlData(SWITCH, { id: other.accountId }, session.token)).switchProgram;
    expect(switched.viewer.program.name).toBe(founder.programName);
    const back = programs.find((membership) => membership.current)!;
    expect((await app.gqlData(SWITCH, { id: back.accountId }, switched.token)).switchProgram.viewer.program.name).toBe('Second Shop');
  });

  it('a login with two-factor sign-in confirms with its password and a code', async () => {
    const clock = new AdjustableClock();
    const app = await appWith('open', clock);
    const { input: founder, token: admin } = await firstProgram(app);
    const started = expectTypename(
      (await app.gqlData(START_TWO_FACTOR, { input: { password: STRONG } }, admin)).startTwoFactorEnrolment,
      'TwoFactorEnrolment',
    );
    const codeOf = () =>
      new TOTP({ secret: Secret.fromBase32(started.secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
        timestamp: clock.now().getTime(),
      });
    const enrolled = (await app.gqlData(CONFIRM_TWO_FACTOR, { input: { code: codeOf() } }, admin)).confirmTwoFactorEnrolment;
    expect(enrolled.__typename).toBe('RecoveryCodes');

    expect((await signUp(app, form({ email: founder.email }))).__typename).toBe('SignUpEmailSent');
    const token = await linkToken(app, founder.email, 'confirm-signup');
    expect(resultCode(await confirm(app, { token, password: STRONG }))).toBe('INVALID_TWO_FACTOR_CODE');
    expect(resultCode(await confirm(app, { token, password: STRONG, totpCode: '000000' }))).toBe('INVALID_TWO_FACTOR_CODE');
    clock.advance(30_000);
    expect((await confirm(app, { token, password: STRONG, totpCode: codeOf() })).__typename).toBe('AuthSession');
    expect(await programCount(app)).toBe(2);
  });

  it('links expire after 24 hours by the injected clock, and at most 3 are sent per address and hour', async () => {
    const clock = new AdjustableClock();
    const app = await appWith('open', clock);
    await firstProgram(app);
    const input = form();
    expect((await signUp(app, input)).__typename).toBe('SignUpEmailSent');
    const token = await linkToken(app, input.email, 'confirm-signup');
    clock.advance(24 * 3_600_000 + 1_000);
    expect(resultCode((await app.gqlData(PENDING, { input: { token } })).pendingSignUp)).toBe('INVALID_TOKEN');
    expect(resultCode(await confirm(app, { token }))).toBe('INVALID_TOKEN');
    expect(await programCount(app)).toBe(1);

    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await signUp(app, { ...input }));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    // The first one is a day old: three new ones go out within the hour, the fourth is not sent.
    expect((await accountEmails(app, input.email)).length).toBe(4);
  });
});

describe('SIGNUP=closed and invite', () => {
  it('closed: nobody, not even on an empty database', async () => {
    const app = await appWith('closed');
    expect((await app.gqlData(OPTIONS)).signupOptions).toEqual({ offered: false, needsLink: false });
    expect(resultCode(await signUp(app, form()))).toBe('SIGNUP_CLOSED');
    expect(await programCount(app)).toBe(0);
    expect((await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM email_message`))[0].n).toBe(0);
  });

  it('invite: only with the operator’s link, for its address, once; after the first program, confirmed by email', async () => {
    const clock = new AdjustableClock();
    const app = await appWith('invite', clock);
    expect((await app.gqlData(OPTIONS)).signupOptions).toEqual({ offered: false, needsLink: true });
    expect(resultCode(await signUp(app, form()))).toBe('SIGNUP_CLOSED');
    const link = await issueSignupLink(app.dataSource, 'Invited@Shop.test', { clock, publicUrl: 'https://pb.example' });
    expect(link).toMatch(/^https:\/\/pb\.example\/signup#token=pbs_[A-Za-z0-9_-]{43}$/);
    const signupToken = link.split('#token=')[1];
    expect(resultCode(await signUp(app, form({ signupToken })))).toBe('INVALID_TOKEN');
    // The empty database's first program: at once.
    expect((await signUp(app, form({ email: 'invited@shop.test', signupToken }))).__typename).toBe('SignedUp');
    expect(resultCode(await signUp(app, form({ email: 'invited@shop.test', signupToken })))).toBe('INVALID_TOKEN');
    const [used] = await queryRows(app, `SELECT used_at IS NOT NULL AS used, program_id IS NOT NULL AS linked FROM signup_link`);
    expect(used).toEqual({ used: true, linked: true });

    // A later one: the link proves the operator chose the address, the email that the person owns it.
    const later = (await issueSignupLink(app.dataSource, 'later@shop.test', { clock, publicUrl: 'https://pb.example' })).split(
      '#token=',
    )[1];
    expect(resultCode(await signUp(app, form()))).toBe('SIGNUP_CLOSED');
    expect((await signUp(app, form({ email: 'later@shop.test', signupToken: later }))).__typename).toBe('SignUpEmailSent');
    const [unspent] = await queryRows(app, `SELECT used_at IS NULL AS unused FROM signup_link WHERE email = 'later@shop.test'`);
    expect(unspent).toEqual({ unused: true });
    const token = await linkToken(app, 'later@shop.test', 'confirm-signup');
    expect((await confirm(app, { token })).__typename).toBe('AuthSession');
    const [spent] = await queryRows(
      app,
      `SELECT used_at IS NOT NULL AS used, program_id IS NOT NULL AS linked FROM signup_link WHERE email = 'later@shop.test'`,
    );
    expect(spent).toEqual({ used: true, linked: true });
    expect(resultCode(await signUp(app, form({ email: 'later@shop.test', signupToken: later })))).toBe('INVALID_TOKEN');
    expect(await programCount(app)).toBe(2);

    const expiring = (await issueSignupLink(app.dataSource, 'late@shop.test', { clock, publicUrl: 'https://pb.example' })).split(
      '#token=',
    )[1];
    clock.advance(7 * 24 * 3_600_000 + 1_000);
    expect(resultCode(await signUp(app, form({ email: 'late@shop.test', signupToken: expiring })))).toBe('INVALID_TOKEN');
    await expect(issueSignupLink(app.dataSource, 'nope', { clock: systemClock, publicUrl: 'x' })).rejects.toThrow(/not an email address/);
  });
});

describe("a program's time zone and locale", () => {
  it('are settings an admin changes, checked like at sign-up', async () => {
    const app = await appWith('open');
    const { token } = await firstProgram(app, form({ timezone: 'UTC', locale: 'en-US' }));
    expect(errorCode(await app.gql(UPDATE_SETTINGS, { input: { timezone: 'Nowhere/Land' } }, token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(UPDATE_SETTINGS, { input: { locale: '<script>' } }, token))).toBe('BAD_USER_INPUT');
    expect(
      (await app.gqlData(UPDATE_SETTINGS, { input: { timezone: 'Pacific/Auckland', locale: 'de-de' } }, token)).updateProgramSettings,
    ).toEqual({
      timezone: 'Pacific/Auckland',
      locale: 'de-DE',
    });
    expect((await app.gqlData(ME, {}, token)).me.program).toMatchObject({ timezone: 'Pacific/Auckland', locale: 'de-DE' });
  });
});
