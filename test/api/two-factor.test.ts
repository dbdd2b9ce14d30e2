import { MerchantRole } from '@partnerbook/shared';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { startTestApp, TestApp, errorCode } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';
import { createAccount } from '../../server/src/auth/auth.service';
import { loadConfig } from '../../server/src/config';
import { loadTwoFactorKeyring, sealTwoFactorSecrets } from '../../server/src/two-factor/secret-box';

/**
 * Two-factor sign-in (issue 12): enrolment, the second sign-in step with app codes (computed here
 * with the library from the secret the API showed, at the injected clock's time) and recovery
 * codes, disabling, regenerating, the program's requirement for admins, and throttling.
 */
const PASSWORD = 'correct horse battery';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename
  ... on AuthSession { token } ... on TwoFactorChallenge { challenge expiresAt } ... on ErrorResult { code } } }`;
const COMPLETE = `mutation($input: CompleteTwoFactorLoginInput!) { completeTwoFactorLogin(input: $input) { __typename
  ... on AuthSession { token viewer { label twoFactorEnabled } } ... on ErrorResult { code message } } }`;
const START = `mutation($input: StartTwoFactorEnrolmentInput!) { startTwoFactorEnrolment(input: $input) { __typename
  ... on TwoFactorEnrolment { secret otpauthUri qrCodeDataUrl } ... on ErrorResult { code } } }`;
const CONFIRM = `mutation($input: ConfirmTwoFactorEnrolmentInput!) { confirmTwoFactorEnrolment(input: $input) { __typename
  ... on RecoveryCodes { recoveryCodes } ... on ErrorResult { code } } }`;
const DISABLE = `mutation($input: TwoFactorCheckInput!) { disableTwoFactor(input: $input) { __typename
  ... on TwoFactorStatus { enabled } ... on ErrorResult { code } } }`;
const REGENERATE = `mutation($input: TwoFactorCheckInput!) { regenerateRecoveryCodes(input: $input) { __typename
  ... on RecoveryCodes { recoveryCodes } ... on ErrorResult { code } } }`;
const STATUS = `{ myTwoFactor { enabled recoveryCodesLeft required } }`;
const REQUIRE = `mutation($required: Boolean!) { setTwoFactorRequirement(required: $required) { __typename
  ... on Program { requireTwoFactorForAdmins } ... on ErrorResult { code } } }`;

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
  const started = (await app.gql(START, { input: { password: PASSWORD } }, token)).data.startTwoFactorEnrolment;
  expect(started.__typename).toBe('TwoFactorEnrolment');
  const confirmed = (await app.gql(CONFIRM, { input: { code: nextCode(started.secret) } }, token)).data.confirmTwoFactorEnrolment;
  expect(confirmed.__typename).toBe('RecoveryCodes');
  return { secret: started.secret, recoveryCodes: confirmed.recoveryCodes };
}

async function challengeFor(email: string): Promise<string> {
  const login = (await app.gql(LOGIN, { input: { email, password: PASSWORD } })).data.login;
  expect(login.__typename).toBe('TwoFactorChallenge');
  return login.challenge;
}

async function complete(challenge: string, code: string) {
  return (await app.gql(COMPLETE, { input: { challenge, code } })).data.completeTwoFactorLogin;
}

async function accountEmails(recipient: string): Promise<string[]> {
  const rows = await app.dataSource.query(
    `SELECT subject FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
  return rows.map((row: { subject: string }) => row.subject);
}

describe('enrolment', () => {
  it('needs the password, shows the key once, turns on only with a right code, and answers ten recovery codes', async () => {
    const person = await newMerchant();
    expect((await app.gql(START, { input: { password: 'not the password' } }, person.token)).data.startTwoFactorEnrolment.code).toBe(
      'INVALID_CREDENTIALS',
    );
    const started = (await app.gql(START, { input: { password: PASSWORD } }, person.token)).data.startTwoFactorEnrolment;
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toContain(`secret=${started.secret}`);
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

    const stale = codeOf(started.secret, new Date(clock.now().getTime() - 120_000));
    expect((await app.gql(CONFIRM, { input: { code: stale } }, person.token)).data.confirmTwoFactorEnrolment.code).toBe(
      'INVALID_TWO_FACTOR_CODE',
    );
    expect((await app.gql(STATUS, {}, person.token)).data.myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: false });

    const confirmed = (await app.gql(CONFIRM, { input: { code: codeOf(started.secret) } }, person.token)).data.confirmTwoFactorEnrolment;
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    expect((await app.gql(STATUS, {}, person.token)).data.myTwoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    expect((await app.gql(`{ me { twoFactorEnabled twoFactorEnrolmentRequired } }`, {}, person.token)).data.me).toEqual({
      twoFactorEnabled: true,
      twoFactorEnrolmentRequired: false,
    });
    // Shown once: neither the key nor the codes are stored readable by the API, and the codes only hashed.
    const [stored] = await app.dataSource.query(`SELECT count(*)::int AS n FROM two_factor_recovery_code WHERE code_hash = ANY($1)`, [
      confirmed.recoveryCodes,
    ]);
    expect(stored.n).toBe(0);
    expect((await app.gql(START, { input: { password: PASSWORD } }, person.token)).data.startTwoFactorEnrolment.code).toBe(
      'TWO_FACTOR_ALREADY_ENABLED',
    );
    expect(await accountEmails(person.email)).toEqual([expect.stringMatching(/^Two-factor sign-in is on/)]);
    const audit = await app.gql(
      `{ auditLog(filter: { action: "account.enableTwoFactor" }, page: { first: 50 }) { nodes { actorLabel } } }`,
      {},
      fx.tokens.admin,
    );
    expect(audit.data.auditLog.nodes.map((n: { actorLabel: string }) => n.actorLabel)).toContain(person.email);
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

    expect((await complete(challenge, used)).code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await complete(challenge, codeOf(secret, new Date(clock.now().getTime() - 90_000)))).code).toBe('INVALID_TWO_FACTOR_CODE');

    const accepted = nextCode(secret);
    const signedIn = await complete(challenge, accepted);
    expect(signedIn.__typename).toBe('AuthSession');
    expect(signedIn.viewer).toEqual({ label: person.email, twoFactorEnabled: true });
    expect((await app.gql(`{ me { label } }`, {}, signedIn.token)).data.me.label).toBe(person.email);
    expect((await complete(challenge, nextCode(secret))).code).toBe('INVALID_TOKEN');
    // The code just accepted is refused with a fresh challenge too.
    const again = await challengeFor(person.email);
    expect((await complete(again, accepted)).code).toBe('INVALID_TWO_FACTOR_CODE');
  });

  it('a challenge expires after five minutes', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    const challenge = await challengeFor(person.email);
    clock.advance(5 * 60_000 + 1_000);
    expect((await complete(challenge, codeOf(secret))).code).toBe('INVALID_TOKEN');
    expect((await complete(await challengeFor(person.email), codeOf(secret))).__typename).toBe('AuthSession');
  });

  it('a recovery code works once', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { recoveryCodes } = await enrol(person.token);
    const first = await complete(await challengeFor(person.email), recoveryCodes[0].toUpperCase());
    expect(first.__typename).toBe('AuthSession');
    expect((await complete(await challengeFor(person.email), recoveryCodes[0])).code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await app.gql(STATUS, {}, first.token)).data.myTwoFactor.recoveryCodesLeft).toBe(9);
  });

  it('throttles wrong codes like wrong passwords: after three, even a right code waits', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    const challenge = await challengeFor(person.email);
    for (let i = 0; i < 3; i++) expect((await complete(challenge, '000000')).code).toBe('INVALID_TWO_FACTOR_CODE');
    const refused = (await app.gql(COMPLETE, { input: { challenge, code: nextCode(secret) } })).data.completeTwoFactorLogin;
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    // The password step is counted apart: a correct password still answers a challenge.
    expect((await app.gql(LOGIN, { input: { email: person.email, password: PASSWORD } })).data.login.__typename).toBe('TwoFactorChallenge');
  });
});

describe('disabling and regenerating', () => {
  it('regenerating needs password and code and replaces every recovery code', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret, recoveryCodes } = await enrol(person.token);
    expect(
      (await app.gql(REGENERATE, { input: { password: 'wrong password', code: nextCode(secret) } }, person.token)).data
        .regenerateRecoveryCodes.code,
    ).toBe('INVALID_CREDENTIALS');
    const fresh = (await app.gql(REGENERATE, { input: { password: PASSWORD, code: nextCode(secret) } }, person.token)).data
      .regenerateRecoveryCodes;
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect((await complete(await challengeFor(person.email), recoveryCodes[1])).code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await complete(await challengeFor(person.email), fresh.recoveryCodes[1])).__typename).toBe('AuthSession');
  });

  it('disabling needs a right code, emails the person, and sign-in asks for the password only again', async () => {
    const person = await newMerchant(fx, MerchantRole.VIEWER);
    const { secret } = await enrol(person.token);
    expect((await app.gql(DISABLE, { input: { password: PASSWORD, code: '123456' } }, person.token)).data.disableTwoFactor.code).toBe(
      'INVALID_TWO_FACTOR_CODE',
    );
    expect((await app.gql(STATUS, {}, person.token)).data.myTwoFactor.enabled).toBe(true);
    const disabled = (await app.gql(DISABLE, { input: { password: PASSWORD, code: nextCode(secret) } }, person.token)).data
      .disableTwoFactor;
    expect(disabled).toEqual({ __typename: 'TwoFactorStatus', enabled: false });
    expect((await app.gql(LOGIN, { input: { email: person.email, password: PASSWORD } })).data.login.__typename).toBe('AuthSession');
    expect(await accountEmails(person.email)).toEqual([
      expect.stringMatching(/^Two-factor sign-in is on/),
      expect.stringMatching(/^Two-factor sign-in was turned off/),
    ]);
    expect((await app.gql(DISABLE, { input: { password: PASSWORD, code: '123456' } }, person.token)).data.disableTwoFactor.code).toBe(
      'TWO_FACTOR_NOT_ENABLED',
    );
  });
});

describe('the program requires two-factor sign-in of admins', () => {
  it('limits an admin without it to enrolment until it is on; viewers and partners are not affected', async () => {
    const owner = await newMerchant(other);
    expect((await app.gql(REQUIRE, { required: true }, owner.token)).data.setTwoFactorRequirement.code).toBe('TWO_FACTOR_NOT_ENABLED');
    await enrol(owner.token);
    expect(errorCode(await app.gql(REQUIRE, { required: true }, other.tokens.viewer))).toBe('FORBIDDEN');
    expect((await app.gql(REQUIRE, { required: true }, owner.token)).data.setTwoFactorRequirement.requireTwoFactorForAdmins).toBe(true);

    // The fixture's admin has no second factor: its session (and a new one) may only enrol now.
    const admin = other.tokens.admin;
    expect((await app.gql(`{ me { twoFactorEnrolmentRequired } }`, {}, admin)).data.me.twoFactorEnrolmentRequired).toBe(true);
    expect(errorCode(await app.gql(`{ partners(page: { first: 1 }) { totalCount } }`, {}, admin))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect(errorCode(await app.gql(`{ program { id } }`, {}, admin))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const download = await fetch(`${app.url}/exports/pending-commissions.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(download.status).toBe(403);
    expect((await app.gql(STATUS, {}, admin)).data.myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: true });
    expect(
      (await app.gql(`{ partners(page: { first: 1 }) { totalCount } }`, {}, other.tokens.viewer)).data.partners.totalCount,
    ).toBeGreaterThan(0);
    expect((await app.gql(`{ myCommissions { totalCount } }`, {}, other.tokens.partnerA)).errors).toBeUndefined();

    await enrol(admin);
    expect((await app.gql(`{ me { twoFactorEnrolmentRequired } }`, {}, admin)).data.me.twoFactorEnrolmentRequired).toBe(false);
    expect((await app.gql(`{ partners(page: { first: 1 }) { totalCount } }`, {}, admin)).data.partners.totalCount).toBeGreaterThan(0);

    expect((await app.gql(REQUIRE, { required: false }, owner.token)).data.setTwoFactorRequirement.requireTwoFactorForAdmins).toBe(false);
  });
});

describe('secrets at rest', () => {
  it('the stored column holds no plaintext secret, pending or confirmed: AES-256-GCM with a key id', async () => {
    const person = await newMerchant();
    const started = (await app.gql(START, { input: { password: PASSWORD } }, person.token)).data.startTwoFactorEnrolment;
    const [pending] = await app.dataSource.query(`SELECT two_factor_pending_secret AS s FROM login WHERE email = $1`, [person.email]);
    expect(pending.s).toMatch(/^tfa1:[0-9a-f]{8}:/);
    expect(pending.s).not.toContain(started.secret);
    await app.gql(CONFIRM, { input: { code: nextCode(started.secret) } }, person.token);
    const [row] = await app.dataSource.query(`SELECT two_factor_secret AS s, two_factor_pending_secret AS p FROM login WHERE email = $1`, [
      person.email,
    ]);
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
    await app.dataSource.query(`UPDATE login SET two_factor_secret = $2 WHERE email = $1`, [person.email, secret]);
    expect((await complete(await challengeFor(person.email), nextCode(secret))).__typename).toBe('AuthSession');

    const ring = loadTwoFactorKeyring(loadConfig());
    expect(await sealTwoFactorSecrets(app.dataSource, ring)).toBeGreaterThanOrEqual(1);
    const [row] = await app.dataSource.query(`SELECT two_factor_secret AS s FROM login WHERE email = $1`, [person.email]);
    expect(row.s).toMatch(new RegExp(`^tfa1:${ring.currentId}:`));
    expect(row.s).not.toContain(secret);
    expect(await sealTwoFactorSecrets(app.dataSource, ring)).toBe(0);
    expect((await complete(await challengeFor(person.email), nextCode(secret))).__typename).toBe('AuthSession');
  });
});
