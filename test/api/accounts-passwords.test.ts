import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { print } from 'graphql';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';
import { graphql } from '../gql';
import type { AccountsPasswordsLoginMutation } from '../gql/graphql';
import { resultCode, stringMatching } from '../support/typed-results';

/** Passwords and sessions (issue 12): change, reset by emailed link, list and end sessions. */
const FIXTURE_PASSWORD = 'correct horse battery';
const STRONG = 'lantern velvet orbit cactus';
const STRONGER = 'marmalade glacier tuxedo fjord';

const CHANGE = graphql(`
  mutation AccountsPasswordsChange($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on PasswordChanged {
        endedSessions
      }
      ... on WeakPasswordError {
        code
        message
        suggestions
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation AccountsPasswordsRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
    }
  }
`);
const RESET = graphql(`
  mutation AccountsPasswordsReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on PasswordChanged {
        endedSessions
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const SESSIONS = graphql(`
  query AccountsPasswordsSessions {
    mySessions {
      id
      createdAt
      expiresAt
      userAgent
      address
      current
    }
  }
`);
const LOGIN = graphql(`
  mutation AccountsPasswordsLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        token
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const ME = graphql(`
  query AccountsPasswordsMe {
    me {
      kind
    }
  }
`);
const OUTBOX = graphql(`
  query AccountsPasswordsOutbox {
    emailOutbox(page: { first: 100 }) {
      nodes {
        recipient
        subject
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation AccountsPasswordsRevoke($id: UUID!) {
    revokeMySession(id: $id)
  }
`);
const REVOKE_OTHERS = graphql(`
  mutation AccountsPasswordsRevokeOthers {
    revokeMyOtherSessions
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

/** A fresh merchant viewer with its own login, so tests do not share a password. */
let people = 0;
async function newPerson(): Promise<{ email: string; token: string }> {
  const { createAccount } = await import('../../server/src/auth/auth.service');
  const email = `person-${++people}-${Math.random().toString(36).slice(2, 8)}@test.dev`;
  await createAccount(fx.system, { programId: fx.programId, email, displayName: `Person ${people}`, password: FIXTURE_PASSWORD });
  return { email, token: await loginAs(app, email, FIXTURE_PASSWORD) };
}

async function loginWithAgent(email: string, password: string, userAgent: string): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ query: print(LOGIN), variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: AccountsPasswordsLoginMutation };
  const login = body.data?.login;
  if (login?.__typename !== 'AuthSession') throw new Error(`login refused: ${JSON.stringify(body)}`);
  return login.token;
}

async function isSignedIn(token: string): Promise<boolean> {
  const response = await app.gql(ME, {}, token);
  return response.data?.me?.kind !== undefined;
}

async function loginWorks(email: string, password: string): Promise<boolean> {
  return (await app.gql(LOGIN, { input: { email, password } })).data?.login.__typename === 'AuthSession';
}

/** The account emails queued for an address, oldest first, as the worker will deliver them. */
async function accountEmails(recipient: string): Promise<{ subject: string; body: string }[]> {
  return queryRows<{ subject: string; body: string }>(
    app,
    `SELECT subject, body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
}

function tokenIn(body: string): string {
  const match = /\/reset-password#token=(pbr_[A-Za-z0-9_-]{43})/.exec(body);
  if (!match) throw new Error(`no reset link in: ${body}`);
  return match[1];
}

describe('change password', () => {
  it('needs the current password, refuses weak ones, and ends the other sessions only', async () => {
    const person = await newPerson();
    const second = await loginAs(app, person.email, FIXTURE_PASSWORD);

    const wrong = await app.gql(CHANGE, { input: { currentPassword: 'not it at all', newPassword: STRONG } }, person.token);
    expect(resultCode(wrong.data?.changePassword)).toBe('INVALID_CREDENTIALS');

    for (const weak of ['short1!', 'password1234', person.email]) {
      const refused = await app.gql(CHANGE, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: weak } }, person.token);
      expect(resultCode(refused.data?.changePassword), weak).toBe('WEAK_PASSWORD');
    }
    expect(await loginWorks(person.email, FIXTURE_PASSWORD)).toBe(true);
    const third = await loginAs(app, person.email, FIXTURE_PASSWORD);

    const changed = await app.gql(CHANGE, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: STRONG } }, person.token);
    expect(changed.data?.changePassword).toEqual({ __typename: 'PasswordChanged', endedSessions: 3 });
    expect(await isSignedIn(person.token)).toBe(true);
    expect(await isSignedIn(second)).toBe(false);
    expect(await isSignedIn(third)).toBe(false);
    expect(await loginWorks(person.email, FIXTURE_PASSWORD)).toBe(false);
    expect(await loginWorks(person.email, STRONG)).toBe(true);
    expect((await accountEmails(person.email)).map((m) => m.subject)).toEqual([stringMatching(/password was changed/)]);
  });

  it('refuses a too-long password as bad input, changing nothing', async () => {
    const person = await newPerson();
    const response = await app.gql(CHANGE, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'x'.repeat(129) } }, person.token);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await loginWorks(person.email, FIXTURE_PASSWORD)).toBe(true);
  });

  it('works for partners, and is refused to API keys', async () => {
    const [{ email: partnerEmail }] = await queryRows<{ email: string }>(
      app,
      `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.partner_id = $1`,
      [fx.partnerB.id],
    );
    const changed = await app.gql(CHANGE, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: STRONG } }, fx.tokens.partnerB);
    expect(changed.data?.changePassword.__typename).toBe('PasswordChanged');
    expect(await loginWorks(partnerEmail, STRONG)).toBe(true);
    const byKey = await app.gql(CHANGE, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: STRONG } }, fx.tokens.apiWrite);
    expect(byKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('password reset by emailed link', () => {
  it('answers the same whether or not the address has a login, and emails only a real one', async () => {
    const person = await newPerson();
    const unknown = `nobody-${Math.random().toString(36).slice(2)}@test.dev`;
    const known = await app.gql(REQUEST_RESET, { input: { email: person.email.toUpperCase() } });
    const notKnown = await app.gql(REQUEST_RESET, { input: { email: unknown } });
    expect(known).toEqual(notKnown);
    expect(await accountEmails(unknown)).toEqual([]);
    const [email] = await accountEmails(person.email);
    expect(email.subject).toMatch(/Reset your/);
    // Stored only hashed: the token in the email is nowhere in the database but the outbox body.
    const token = tokenIn(email.body);
    const stored = await queryRows<{ n: number }>(app, `SELECT count(*)::int AS n FROM account_token WHERE token_hash = $1`, [token]);
    expect(stored[0].n).toBe(0);
  });

  it('sets the password once, ends every session, and cannot be used again', async () => {
    const person = await newPerson();
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    const token = tokenIn((await accountEmails(person.email))[0].body);

    const weak = await app.gql(RESET, { input: { token, newPassword: 'password1234' } });
    expect(resultCode(weak.data?.resetPassword)).toBe('WEAK_PASSWORD');
    // A refused password does not spend the link.
    const done = await app.gql(RESET, { input: { token, newPassword: STRONG } });
    expect(done.data?.resetPassword).toEqual({ __typename: 'PasswordChanged', endedSessions: 1 });
    expect(await isSignedIn(person.token)).toBe(false);
    expect(await loginWorks(person.email, STRONG)).toBe(true);
    expect(await loginWorks(person.email, FIXTURE_PASSWORD)).toBe(false);

    const again = await app.gql(RESET, { input: { token, newPassword: STRONGER } });
    expect(resultCode(again.data?.resetPassword)).toBe('INVALID_TOKEN');
    expect(await loginWorks(person.email, STRONG)).toBe(true);
  });

  it('expires after an hour (by the injected clock)', async () => {
    const person = await newPerson();
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    const token = tokenIn((await accountEmails(person.email))[0].body);
    clock.advance(61 * 60 * 1000);
    const late = await app.gql(RESET, { input: { token, newPassword: STRONG } });
    expect(resultCode(late.data?.resetPassword)).toBe('INVALID_TOKEN');
    expect(await loginWorks(person.email, FIXTURE_PASSWORD)).toBe(true);
    expect(await isSignedIn(person.token)).toBe(true);
  });

  it('a newer link or a password change makes older links useless', async () => {
    const person = await newPerson();
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    const first = tokenIn((await accountEmails(person.email))[0].body);
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    const second = tokenIn((await accountEmails(person.email))[1].body);
    expect((await app.gql(RESET, { input: { token: second, newPassword: STRONG } })).data?.resetPassword.__typename).toBe(
      'PasswordChanged',
    );
    expect(resultCode((await app.gql(RESET, { input: { token: first, newPassword: STRONGER } })).data?.resetPassword)).toBe(
      'INVALID_TOKEN',
    );

    const token = await loginAs(app, person.email, STRONG);
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    const pending = tokenIn((await accountEmails(person.email)).filter((m) => /Reset/.test(m.subject)).at(-1)!.body);
    await app.gql(CHANGE, { input: { currentPassword: STRONG, newPassword: STRONGER } }, token);
    expect(resultCode((await app.gql(RESET, { input: { token: pending, newPassword: STRONG } })).data?.resetPassword)).toBe(
      'INVALID_TOKEN',
    );
  });

  it('sends at most three links an hour to one address', async () => {
    const person = await newPerson();
    for (let i = 0; i < 5; i++) await app.gql(REQUEST_RESET, { input: { email: person.email } });
    expect(await accountEmails(person.email)).toHaveLength(3);
    clock.advance(61 * 60 * 1000);
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    expect(await accountEmails(person.email)).toHaveLength(4);
  });

  it('refuses malformed and unknown tokens alike', async () => {
    const malformed = await app.gql(RESET, { input: { token: 'pbr_short', newPassword: STRONG } });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(RESET, { input: { token: `pbr_${'A'.repeat(43)}`, newPassword: STRONG } });
    expect(resultCode(unknown.data?.resetPassword)).toBe('INVALID_TOKEN');
  });

  it('keeps account emails out of the merchant outbox', async () => {
    const person = await newPerson();
    await app.gql(REQUEST_RESET, { input: { email: person.email } });
    const outbox = await app.gql(OUTBOX, {}, fx.tokens.admin);
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.emailOutbox.nodes.filter((m) => m.recipient === person.email)).toEqual([]);
  });
});

describe('own sessions', () => {
  it('lists them with where they came from, marks the current one, and ends one or all others', async () => {
    const person = await newPerson();
    const laptop = await loginWithAgent(person.email, FIXTURE_PASSWORD, 'Laptop Browser/1.0');
    const phone = await loginWithAgent(person.email, FIXTURE_PASSWORD, 'Phone Browser/2.0');

    const listed = await app.gqlData(SESSIONS, {}, laptop).then((data) => data.mySessions);
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Laptop Browser/1.0']);
    expect(listed.every((s) => typeof s.address === 'string' && s.address.length > 0)).toBe(true);

    const phoneSession = listed.find((s) => s.userAgent === 'Phone Browser/2.0');
    if (!phoneSession) throw new Error(`no phone session in ${JSON.stringify(listed)}`);
    expect((await app.gql(REVOKE, { id: phoneSession.id }, laptop)).data?.revokeMySession).toBe(true);
    expect(await isSignedIn(phone)).toBe(false);
    expect((await app.gql(REVOKE, { id: phoneSession.id }, laptop)).data?.revokeMySession).toBe(false);

    expect((await app.gql(REVOKE_OTHERS, {}, laptop)).data?.revokeMyOtherSessions).toBe(1);
    expect(await isSignedIn(person.token)).toBe(false);
    expect(await isSignedIn(laptop)).toBe(true);
    expect((await app.gql(SESSIONS, {}, laptop)).data?.mySessions).toHaveLength(1);
  });

  it('never shows or ends someone else’s session', async () => {
    const person = await newPerson();
    const theirs = (await app.gqlData(SESSIONS, {}, person.token)).mySessions[0].id;
    for (const token of [fx.tokens.admin, other.tokens.admin, fx.tokens.partnerA]) {
      const response = await app.gql(REVOKE, { id: theirs }, token);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const mine = (await app.gqlData(SESSIONS, {}, token)).mySessions.map((s) => s.id);
      expect(mine).not.toContain(theirs);
    }
    expect(await isSignedIn(person.token)).toBe(true);
  });
});
