import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/src/auth/password';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';

/** Sessions slide while used (SESSION_TTL_HOURS, default 12) and end SESSION_MAX_DAYS (default 30) after sign-in. */
let app: TestApp;
let adminEmail: string;
beforeAll(async () => {
  app = await startTestApp(); // the defaults: SESSION_TTL_HOURS=12, SESSION_MAX_DAYS=30
  const fx: ProgramFixture = await createProgramFixture(app);
  [{ email: adminEmail }] = await queryRows<{ email: string }>(
    app,
    `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.program_id = $1 AND a.merchant_role = 'ADMIN'`,
    [fx.programId],
  );
});
/** The fixture's password (test/support/fixtures.ts). */
const PASSWORD = 'correct horse battery';
afterAll(async () => app?.close());

const HOUR = 3_600_000;
const LOGIN = graphql(`
  mutation SessionsSlidingLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        token
        expiresAt
        endsAt
      }
    }
  }
`);
const ME = graphql(`
  query SessionsSlidingMe {
    me {
      kind
    }
  }
`);
/** The session's row, times as epoch ms, with the database's own "now" beside them (no clock of this machine involved). */
async function row(token: string) {
  // extract() answers numeric, which pg hands back as a string.
  const [r] = await queryRows<{ expires: string; created: string; now: string }>(
    app,
    `SELECT extract(epoch FROM expires_at) * 1000 AS expires, extract(epoch FROM created_at) * 1000 AS created, extract(epoch FROM now()) * 1000 AS now
       FROM session WHERE token_hash = $1`,
    [hashSecret(token)],
  );
  return { expires: Number(r.expires), created: Number(r.created), now: Number(r.now) };
}
async function setTimes(token: string, sql: string) {
  await queryRows(app, `UPDATE session SET ${sql} WHERE token_hash = $1`, [hashSecret(token)]);
}
async function signIn() {
  const response = await app.gql(LOGIN, { input: { email: adminEmail, password: PASSWORD } });
  return expectTypename(response.data?.login, 'AuthSession');
}
const me = (token: string) => app.gql(ME, {}, token);

describe('sliding sessions', () => {
  it('a sign-in lasts 12 hours unless used, and says the latest it can last', async () => {
    const session = await signIn();
    const lifetime = new Date(session.endsAt).getTime() - new Date(session.expiresAt).getTime();
    expect(lifetime).toBe(30 * 24 * HOUR - 12 * HOUR);
    const { expires, created } = await row(session.token);
    expect(Math.round((expires - created) / HOUR)).toBe(12);
  });

  it('a use in the second half of its lifetime renews it; one in the first half writes nothing', async () => {
    const { token } = await signIn();
    await setTimes(token, `expires_at = now() + interval '10 hours'`);
    const before = await row(token);
    expect((await me(token)).data?.me.kind).toBe('MERCHANT');
    expect((await row(token)).expires).toBe(before.expires);

    await setTimes(token, `expires_at = now() + interval '1 hour'`);
    expect((await me(token)).data?.me.kind).toBe('MERCHANT');
    const renewed = await row(token);
    expect(renewed.expires - renewed.now).toBeGreaterThan(11.9 * HOUR);
    expect(renewed.expires - renewed.now).toBeLessThanOrEqual(12 * HOUR);
  });

  it('never beyond 30 days after sign-in, and an expired session is not revived', async () => {
    const { token } = await signIn();
    await setTimes(token, `created_at = now() - interval '30 days' + interval '2 hours', expires_at = now() + interval '1 hour'`);
    await me(token);
    const capped = await row(token);
    expect(capped.expires).toBeCloseTo(capped.created + 30 * 24 * HOUR, -3);
    expect(capped.expires - capped.now).toBeLessThan(2.01 * HOUR);

    await setTimes(token, `expires_at = now() - interval '1 second'`);
    expect(errorCode(await me(token))).toBe('UNAUTHENTICATED');
    expect((await row(token)).expires).toBeLessThan((await row(token)).now);
  });

  it('a revoked session stays ended however it is used', async () => {
    const { token } = await signIn();
    await setTimes(token, `expires_at = now() + interval '1 hour', revoked_at = now()`);
    expect(errorCode(await me(token))).toBe('UNAUTHENTICATED');
    expect((await row(token)).expires - (await row(token)).now).toBeLessThan(1.01 * HOUR);
  });
});
