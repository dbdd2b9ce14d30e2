import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp, errorCode, queryRows } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => {
  await app?.close();
});

const CREATE = graphql(`
  mutation PartnerCreateCreate($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      name
      email
      partnerKey
      paypalEmail
      status
      payThresholdOverrides {
        amount
        currency
      }
    }
  }
`);

describe('createPartner over HTTP', () => {
  it('returns the whole new partner, status included, and its portal login works', async () => {
    const response = await app.gql(
      CREATE,
      {
        input: {
          name: 'Dana',
          email: 'Dana@Example.test',
          partnerKey: 'dana',
          paypalEmail: 'dana-pp@example.test',
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated typed password is what this test pins
          password: 'a long enough password',
        },
      },
      fx.tokens.admin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.createPartner).toMatchObject({
      name: 'Dana',
      email: 'dana@example.test',
      partnerKey: 'dana',
      status: 'ACTIVE',
      payThresholdOverrides: [],
    });
    expect(await loginAs(app, 'dana@example.test', 'a long enough password')).toBeTruthy();
  });

  it('refuses a taken partner key with a typed error and creates nothing', async () => {
    const response = await app.gql(CREATE, { input: { name: 'Dup', email: 'dup@example.test', partnerKey: 'dana' } }, fx.tokens.admin);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const [{ count }] = await queryRows<{ count: number }>(
      app,
      `SELECT count(*)::int AS count FROM partner WHERE program_id = $1 AND email = 'dup@example.test'`,
      [fx.programId],
    );
    expect(count).toBe(0);
  });
});
