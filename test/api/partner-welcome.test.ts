import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { resultCode } from '../support/typed-results';
import { graphql } from '../gql';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';

/** Inviting a partner (issue 12): no merchant types a partner's password; the partner chooses it from a welcome email. */
const STRONG = 'lantern velvet orbit cactus';
const CREATE = graphql(`
  mutation PartnerWelcomeCreate($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      email
    }
  }
`);
const SET_PASSWORD = graphql(`
  mutation PartnerWelcomeSetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
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
const LOGIN = graphql(`
  mutation PartnerWelcomeLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
    }
  }
`);
const ME = graphql(`
  query PartnerWelcomeMe {
    me {
      kind
      partner {
        id
      }
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation PartnerWelcomeRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
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

let n = 0;
async function invitePartner(email = `welcome-${++n}-${Math.random().toString(36).slice(2, 8)}@test.dev`) {
  const response = await app.gql(CREATE, { input: { name: `Wendy ${n}`, email, partnerKey: `wendy-${n}-${Date.now()}` } }, fx.tokens.admin);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error(JSON.stringify(response));
  return { email, partnerId: response.data.createPartner.id };
}

async function welcomeMessages(recipient: string): Promise<{ subject: string; body: string }[]> {
  return queryRows<{ subject: string; body: string }>(
    app,
    `SELECT subject, body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1`,
    [recipient],
  );
}

const tokenIn = (body: string) => /\/set-password#token=(pbw_[A-Za-z0-9_-]{43})/.exec(body)![1];

describe('partner welcome', () => {
  it('emails a set-password link; the partner chooses a password once and signs in to their own record', async () => {
    const { email, partnerId } = await invitePartner();
    const [message] = await welcomeMessages(email);
    expect(message.subject).toMatch(/Welcome to the/);
    const token = tokenIn(message.body);
    // No password works before the partner chooses one.
    const before = await app.gql(LOGIN, { input: { email, password: 'correct horse battery' } });
    expect(before.data?.login.__typename).toBe('InvalidCredentialsError');

    expect((await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } })).data?.resetPassword.__typename).toBe('PasswordChanged');
    const session = await loginAs(app, email, STRONG);
    const { me } = await app.gqlData(ME, {}, session);
    expect(me).toEqual({ kind: 'PARTNER', partner: { id: partnerId } });
    expect(
      resultCode((await app.gql(SET_PASSWORD, { input: { token, newPassword: 'marmalade glacier tuxedo fjord' } })).data?.resetPassword),
    ).toBe('INVALID_TOKEN');
  });

  it('the link lasts 7 days (by the injected clock); "forgot password" still works after', async () => {
    const { email } = await invitePartner();
    const token = tokenIn((await welcomeMessages(email))[0].body);
    clock.advance(7 * 24 * 60 * 60 * 1000 + 1000);
    expect(resultCode((await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } })).data?.resetPassword)).toBe('INVALID_TOKEN');
    await app.gql(REQUEST_RESET, { input: { email } });
    const reset = (await welcomeMessages(email)).find((m) => /Reset/.test(m.subject))!;
    const resetToken = /#token=(pbr_[A-Za-z0-9_-]{43})/.exec(reset.body)![1];
    expect((await app.gql(SET_PASSWORD, { input: { token: resetToken, newPassword: STRONG } })).data?.resetPassword.__typename).toBe(
      'PasswordChanged',
    );
    expect(await loginAs(app, email, STRONG)).toBeTruthy();
  });

  it('an address with a login elsewhere becomes a partner with a membership of that login: welcomed without a set-password link, and the merchant learns nothing', async () => {
    const [{ email }] = await queryRows<{ email: string }>(
      app,
      `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.program_id = $1 AND a.merchant_role = 'ADMIN'`,
      [other.programId],
    );
    const fresh = await invitePartner();
    const taken = await invitePartner(email);
    expect(Object.keys(taken)).toEqual(Object.keys(fresh));
    const [message] = await welcomeMessages(email);
    expect(message.subject).toMatch(/Welcome to the/);
    expect(message.body).toMatch(/sign in with your existing password/);
    expect(message.body).not.toMatch(/#token=/);
    const logins = await queryRows<{ login_id: string }>(
      app,
      `SELECT a.login_id FROM account a WHERE a.partner_id = $1 OR (a.program_id = $2 AND a.merchant_role = 'ADMIN')`,
      [taken.partnerId, other.programId],
    );
    expect(logins).toHaveLength(2);
    expect(new Set(logins.map((row) => row.login_id)).size).toBe(1);
  });
});
