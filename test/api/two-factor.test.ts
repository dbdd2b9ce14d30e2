import { MerchantRole } from '@partnerbook/shared';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { startTestApp, TestApp, errorCode, expectTypename, queryRows } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';
import { resultCode } from '../support/typed-results';
import { graphql } from '../gql';
import { createAccount } from '../../server/src/auth/auth.service';
import { loadConfig } from '../../server/src/config';
import { loadTwoFactorKeyring, sealTwoFactorSecrets } from '../../server/src/two-factor/secret-box';

/**
 * Two-factor sign-in (issue 12): enrolment, the second sign-in step with app codes (computed here
 * with the library from the secret the API showed, at the injected clock's time) and recovery
 * codes, disabling, regenerating, the program's requirement for admins, and throttling.
 */
const PASSWORD = 'correct horse battery';

const LOGIN = graphql(`
  mutation TwoFactorLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        token
      }
      ... on TwoFactorChallenge {
        challenge
        expiresAt
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const COMPLETE = graphql(`
  mutation TwoFactorComplete($input: CompleteTwoFactorLoginInput!) {
    completeTwoFactorLogin(input: $input) {
      __typename
      ... on AuthSession {
        token
        viewer {
          label
          twoFactorEnabled
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const START = graphql(`
  mutation TwoFactorStart($input: StartTwoFactorEnrolmentInput!) {
    startTwoFactorEnrolment(input: $input) {
      __typename
      ... on TwoFactorEnrolment {
        secret
        otpauthUri
        qrCodeDataUrl
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation TwoFactorConfirm($input: ConfirmTwoFactorEnrolmentInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      __typename
      ... on RecoveryCodes {
        recoveryCodes
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const DISABLE = graphql(`
  mutation TwoFactorDisable($input: TwoFactorCheckInput!) {
    disableTwoFactor(input: $input) {
      __typename
      ... on TwoFactorStatus {
        enabled
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const REGENERATE = graphql(`
  mutation TwoFactorRegenerate($input: TwoFactorCheckInput!) {
    regenerateRecoveryCodes(input: $input) {
      __typename
      ... on RecoveryCodes {
        recoveryCodes
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const STATUS = graphql(`
  query TwoFactorMyStatus {
    myTwoFactor {
      enabled
      recoveryCodesLeft
      required
    }
  }
`);
const REQUIRE = graphql(`
  mutation TwoFactorRequire($required: Boolean!) {
    setTwoFactorRequirement(required: $required) {
      __typename
      ... on Program {
        requireTwoFactorForAdmins
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const ENROLMENT_REQUIRED = graphql(`
  query TwoFactorEnrolmentRequired {
    me {
      twoFactorEnrolmentRequired
    }
  }
`);
const PARTNER_COUNT = graphql(`
  query TwoFactorPartnerCount {
    partners(page: { first: 1 }) {
      totalCount
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;
const clock = new AdjustableClock();

beforeAll(async () => {
  app = await startTestApp({ loginMaxFailures: 3 }, { clock });
  [fx, other] = [await createProgramFixture(app), await createProgramFixture(app)];
});
afterAll(async () => app?.close());

/** The app code for `secret` at `at` (default: the clock's now), as an authenticator app computes it. */
function codeOf(secret: string, at = clock.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at.getTime() });
}

/** Moves to the next 30-second step: an accepted code's step is never accepted again. */
function nextCode(secret: string): string {
  clock.advance(30_000);
  return codeOf(secret);
}

let people = 0;
async function newMerchant(program: ProgramFixture = fx, role = MerchantRole.ADMIN): Promise<{ email: string; token: string }> {
  const email = `two-factor-${++people}-${Math.random().toString(36).slice(2, 8)}@test.dev`;
  await createAccount(program.system, {
    programId: program.programId,
    email,
    displayName: `Person ${people}`,
    password: PASSWORD,
    merchantRole: role,
  });
  return { email, token: await loginAs(app, email, PASSWORD) };
}

async function enrol(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const answer = (await app.gqlData(START, { input: { password: PASSWORD } }, token)).startTwoFactorEnrolment;
  expect(answer.__typename).toBe('TwoFactorEnrolment');
  const started = expectTypename(answer, 'TwoFactorEnrolment');
  const confirmation = (await app.gqlData(CONFIRM, { input: { code: nextCode(started.secret) } }, token)).confirmTwoFactorEnrolment;
  expect(confirmation.__typename).toBe('RecoveryCodes');
  const confirmed = expectTypename(confirmation, 'RecoveryCodes');
  return { secret: started.secret, recoveryCodes: confirmed.recoveryCodes };
}

async function challengeFor(email: string): Promise<string> {
  const login = (await app.gqlData(LOGIN, { input: { email, password: PASSWORD } })).login;
  expect(login.__typename).toBe('TwoFactorChallenge');
  return expectTypename(login, 'TwoFactorChallenge').challenge;
}

async function complete(challenge: string, code: string) {
  return (await app.gqlData(COMPLETE, { input: { challenge, code } })).completeTwoFactorLogin;
}

async function accountEmails(recipient: string): Promise<string[]> {
  const rows = await queryRows<{ subject: string }>(
    app,
    `SELECT subject FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
  return rows.map((row) => row.subject);
}

describe('enrolment', () => {
  it('needs the password, shows the key once, turns on only with a right code, and answers ten recovery codes', async () => {
    const person = await newMerchant();
    expect(resultCode((await app.gqlData(START, { input: { password: 'not the password' } }, person.token)).startTwoFactorEnrolment)).toBe(
      'INVALID_CREDENTIALS',
    );
    const started = expectTypename(
      (await app.gqlData(START, { input: { password: PASSWORD } }, person.token)).startTwoFactorEnrolment,
      'TwoFactorEnrolment',
    );
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

    const stale = codeOf(started.secret, new Date(clock.now().getTime() - 120_000));
    expect(resultCode((await app.gqlData(CONFIRM, { input: { code: stale } }, person.token)).confirmTwoFactorEnrolment)).toBe(
      'INVALID_TWO_FACTOR_CODE',
    );
    expect((await app.gqlData(STATUS, {}, person.token)).myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: false });

    const confirmed = expectTypename(
      (await app.gqlData(CONFIRM, { input: { code: codeOf(started.secret) } }, person.token)).confirmTwoFactorEnrolment,
      'RecoveryCodes',
    );
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect((await app.gqlData(STATUS, {}, person.token)).myTwoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    const meFlags = graphql(`
      query TwoFactorMeFlags {
        me {
          twoFactorEnabled
          twoFactorEnrolmentRequired
        }
      }
    `);
    expect((await app.gqlData(meFlags, {}, person.token)).me).toEqual({
      twoFactorEnabled: true,
      twoFactorEnrolmentRequired: false,
    });
    // Shown once: neither the key nor the codes are stored readable by the API, and the codes only hashed.
    const [stored] = await queryRows<{ n: number }>(
      app,
      `SELECT count(*)::int AS n FROM two_factor_recovery_code WHERE code_hash = ANY($1)`,
      [confirmed.recoveryCodes],
    );
    expect(stored.n).toBe(0);
    expect(resultCode((await app.gqlData(START, { input: { password: PASSWORD } }, person.token)).startTwoFactorEnrolment)).toBe(
      'TWO_FACTOR_ALREADY_ENABLED',
    );
    expect(await accountEmails(person.email)).toEqual([expect.stringMatching(/^Two-factor sign-in is on/)]);
    const audit = await app.gql(
      graphql(`
        query TwoFactorAudit {
          auditLog(filter: { action: "account.enableTwoFactor" }, page: { first: 50 }) {
            nodes {
              actorLabel
            }
          }
        }
      `),
      {},
      fx.tokens.admin,
    );
    expect(audit.data?.auditLog.nodes.map((n) => n.actorLabel)).toContain(person.email);
  });

  it('is for merchant users: partners and API keys are refused', async () => {
    expect(errorCode(await app.gql(START, { input: { password: PASSWORD } }, fx.tokens.partnerA))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(STATUS, {}, fx.tokens.apiWrite))).toBe('FORBIDDEN');
  });
});

describe('signing in with a second step', () => {
  it('asks for a code; refuses wrong, reused and old codes and leaves the challenge usable; a right code opens a session once', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    const used = codeOf(secret); // accepted by the enrolment just now
    const challenge = await challengeFor(person.email);

    expect(resultCode(await complete(challenge, used))).toBe('INVALID_TWO_FACTOR_CODE');
    expect(resultCode(await complete(challenge, codeOf(secret, new Date(clock.now().getTime() - 90_000))))).toBe('INVALID_TWO_FACTOR_CODE');

    const accepted = nextCode(secret);
    const answer = await complete(challenge, accepted);
    expect(answer.__typename).toBe('AuthSession');
    const signedIn = expectTypename(answer, 'AuthSession');
    expect(signedIn.viewer).toEqual({ label: person.email, twoFactorEnabled: true });
    const meLabel = graphql(`
      query TwoFactorMeLabel {
        me {
          label
        }
      }
    `);
    expect((await app.gqlData(meLabel, {}, signedIn.token)).me.label).toBe(person.email);
    expect(resultCode(await complete(challenge, nextCode(secret)))).toBe('INVALID_TOKEN');
    // The code just accepted is refused with a fresh challenge too.
    const again = await challengeFor(person.email);
    expect(resultCode(await complete(again, accepted))).toBe('INVALID_TWO_FACTOR_CODE');
  });

  it('a challenge expires after five minutes', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    const challenge = await challengeFor(person.email);
    clock.advance(5 * 60_000 + 1_000);
    expect(resultCode(await complete(challenge, codeOf(secret)))).toBe('INVALID_TOKEN');
    expect((await complete(await challengeFor(person.email), codeOf(secret))).__typename).toBe('AuthSession');
  });

  it('a recovery code works once', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { recoveryCodes } = await enrol(person.token);
    const first = await complete(await challengeFor(person.email), recoveryCodes[0].toUpperCase());
    expect(first.__typename).toBe('AuthSession');
    expect(resultCode(await complete(await challengeFor(person.email), recoveryCodes[0]))).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await app.gqlData(STATUS, {}, expectTypename(first, 'AuthSession').token)).myTwoFactor.recoveryCodesLeft).toBe(9);
  });

  it('throttles wrong codes like wrong passwords: after three, even a right code waits', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    const challenge = await challengeFor(person.email);
    for (let i = 0; i < 3; i++) expect(resultCode(await complete(challenge, '000000'))).toBe('INVALID_TWO_FACTOR_CODE');
    const refused = (await app.gqlData(COMPLETE, { input: { challenge, code: nextCode(secret) } })).completeTwoFactorLogin;
    expect(resultCode(refused)).toBe('TOO_MANY_ATTEMPTS');
    // The password step is counted apart: a correct password still answers a challenge.
    expect((await app.gqlData(LOGIN, { input: { email: person.email, password: PASSWORD } })).login.__typename).toBe('TwoFactorChallenge');
  });
});

describe('disabling and regenerating', () => {
  it('regenerating needs password and code and replaces every recovery code', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret, recoveryCodes } = await enrol(person.token);
    expect(
      resultCode(
        (await app.gqlData(REGENERATE, { input: { password: 'wrong password', code: nextCode(secret) } }, person.token))
          .regenerateRecoveryCodes,
      ),
    ).toBe('INVALID_CREDENTIALS');
    const fresh = expectTypename(
      (await app.gqlData(REGENERATE, { input: { password: PASSWORD, code: nextCode(secret) } }, person.token)).regenerateRecoveryCodes,
      'RecoveryCodes',
    );
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(resultCode(await complete(await challengeFor(person.email), recoveryCodes[1]))).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await complete(await challengeFor(person.email), fresh.recoveryCodes[1])).__typename).toBe('AuthSession');
  });

  it('disabling needs a right code, emails the person, and sign-in asks for the password only again', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    expect(resultCode((await app.gqlData(DISABLE, { input: { password: PASSWORD, code: '123456' } }, person.token)).disableTwoFactor)).toBe(
      'INVALID_TWO_FACTOR_CODE',
    );
    expect((await app.gqlData(STATUS, {}, person.token)).myTwoFactor.enabled).toBe(true);
    const disabled = (await app.gqlData(DISABLE, { input: { password: PASSWORD, code: nextCode(secret) } }, person.token)).disableTwoFactor;
    expect(disabled).toEqual({ __typename: 'TwoFactorStatus', enabled: false });
    expect((await app.gqlData(LOGIN, { input: { email: person.email, password: PASSWORD } })).login.__typename).toBe('AuthSession');
    expect(await accountEmails(person.email)).toEqual([
      expect.stringMatching(/^Two-factor sign-in is on/),
      expect.stringMatching(/^Two-factor sign-in was turned off/),
    ]);
    expect(resultCode((await app.gqlData(DISABLE, { input: { password: PASSWORD, code: '123456' } }, person.token)).disableTwoFactor)).toBe(
      'TWO_FACTOR_NOT_ENABLED',
    );
  });
});

describe('the program requires two-factor sign-in of admins', () => {
  it('limits an admin without it to enrolment until it is on; viewers and partners are not affected', async () => {
    const owner = await newMerchant(other);
    expect(resultCode((await app.gqlData(REQUIRE, { required: true }, owner.token)).setTwoFactorRequirement)).toBe(
      'TWO_FACTOR_NOT_ENABLED',
    );
    await enrol(owner.token);
    expect(errorCode(await app.gql(REQUIRE, { required: true }, other.tokens.viewer))).toBe('FORBIDDEN');
    expect(
      expectTypename((await app.gqlData(REQUIRE, { required: true }, owner.token)).setTwoFactorRequirement, 'Program')
        .requireTwoFactorForAdmins,
    ).toBe(true);

    // The fixture's admin has no second factor: its session (and a new one) may only enrol now.
    const admin = other.tokens.admin;
    expect((await app.gqlData(ENROLMENT_REQUIRED, {}, admin)).me.twoFactorEnrolmentRequired).toBe(true);
    expect(errorCode(await app.gql(PARTNER_COUNT, {}, admin))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const program = graphql(`
      query TwoFactorProgram {
        program {
          id
        }
      }
    `);
    expect(errorCode(await app.gql(program, {}, admin))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const download = await fetch(`${app.url}/exports/pending-commissions.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(download.status).toBe(403);
    expect((await app.gqlData(STATUS, {}, admin)).myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: true });
    expect((await app.gqlData(PARTNER_COUNT, {}, other.tokens.viewer)).partners.totalCount).toBeGreaterThan(0);
    const myCommissions = graphql(`
      query TwoFactorMyCommissions {
        myCommissions {
          totalCount
        }
      }
    `);
    expect((await app.gql(myCommissions, {}, other.tokens.partnerA)).errors).toBeUndefined();

    await enrol(admin);
    expect((await app.gqlData(ENROLMENT_REQUIRED, {}, admin)).me.twoFactorEnrolmentRequired).toBe(false);
    expect((await app.gqlData(PARTNER_COUNT, {}, admin)).partners.totalCount).toBeGreaterThan(0);

    expect(
      expectTypename((await app.gqlData(REQUIRE, { required: false }, owner.token)).setTwoFactorRequirement, 'Program')
        .requireTwoFactorForAdmins,
    ).toBe(false);
  });
});

describe('secrets at rest', () => {
  it('the stored column holds no plaintext secret, pending or confirmed: AES-256-GCM with a key id', async () => {
    const person = await newMerchant();
    const started = expectTypename(
      (await app.gqlData(START, { input: { password: PASSWORD } }, person.token)).startTwoFactorEnrolment,
      'TwoFactorEnrolment',
    );
    const [pending] = await queryRows<{ s: string }>(app, `SELECT two_factor_pending_secret AS s FROM login WHERE email = $1`, [
      person.email,
    ]);
    expect(pending.s).toMatch(/^tfa1:[0-9a-f]{8}:/);
    expect(pending.s).not.toContain(started.secret);
    await app.gql(CONFIRM, { input: { code: nextCode(started.secret) } }, person.token);
    const [row] = await queryRows<{ s: string; p: string | null }>(
      app,
      `SELECT two_factor_secret AS s, two_factor_pending_secret AS p FROM login WHERE email = $1`,
      [person.email],
    );
    expect(row.p).toBeNull();
    expect(row.s).toMatch(/^tfa1:[0-9a-f]{8}:/);
    expect(row.s).not.toContain(started.secret);
    expect(Buffer.from(row.s.split(':')[3], 'base64url').toString('latin1')).not.toContain(started.secret);
    // And sign-in still works with the app's codes.
    expect((await complete(await challengeFor(person.email), nextCode(started.secret))).__typename).toBe('AuthSession');
  });

  it('a plaintext secret from before encryption still signs in, and start-up seals it', async () => {
    const person = await newMerchant();
    const { secret } = await enrol(person.token);
    // As stored before this change: the base32 secret as is.
    await queryRows(app, `UPDATE login SET two_factor_secret = $2 WHERE email = $1`, [person.email, secret]);
    expect((await complete(await challengeFor(person.email), nextCode(secret))).__typename).toBe('AuthSession');

    const ring = loadTwoFactorKeyring(loadConfig());
    expect(await sealTwoFactorSecrets(app.dataSource, ring)).toBeGreaterThanOrEqual(1);
    const [row] = await queryRows<{ s: string }>(app, `SELECT two_factor_secret AS s FROM login WHERE email = $1`, [person.email]);
    expect(row.s).toMatch(new RegExp(`^tfa1:${ring.currentId}:`));
    expect(row.s).not.toContain(secret);
    expect(await sealTwoFactorSecrets(app.dataSource, ring)).toBe(0);
    expect((await complete(await challengeFor(person.email), nextCode(secret))).__typename).toBe('AuthSession');
  });
});
