import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { resultCode, anyNumber } from '../support/typed-results';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { approvedSale } from '../support/payments';

/** Payout details (issue 12): the password again, emails to the person and the old address, 48-hour flag, never while suspended. */
const PASSWORD = 'correct horse battery'; // the fixture's
const CHANGE = graphql(`
  mutation PayoutDetailsChange($input: ChangeMyPayoutDetailsInput!) {
    changeMyPayoutDetails(input: $input) {
      __typename
      ... on PayoutDetailsChanged {
        changed
        partner {
          paypalEmail
          payoutDetailsChangedBy
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const RECENT = graphql(`
  query PayoutDetailsRecent {
    recentPayoutDetailChanges {
      id
      paypalEmail
      payoutDetailsChangedAt
      payoutDetailsChangedBy
    }
  }
`);
const UPDATE_PARTNER = graphql(`
  mutation PayoutDetailsUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
    }
  }
`);
const MY_COMMISSIONS = graphql(`
  query PayoutDetailsMyCommissions {
    myCommissions(page: { first: 10 }) {
      totalCount
    }
  }
`);
const END = graphql(`
  mutation PayoutDetailsEndSessions($id: UUID!) {
    endPartnerSessions(partnerId: $id)
  }
`);
const ME = graphql(`
  query PayoutDetailsMe {
    me {
      kind
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;
beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  await approvedSale(app, fx, fx.partnerA.partnerKey, 40_000);
});
afterAll(async () => app?.close());

const change = (paypalEmail: string | null, currentPassword = PASSWORD, token = fx.tokens.partnerA) =>
  app.gql(CHANGE, { input: { paypalEmail, currentPassword } }, token);
/** The change's answer when it was made (the test fails on a refusal). */
const changed = async (paypalEmail: string) =>
  expectTypename((await change(paypalEmail)).data?.changeMyPayoutDetails, 'PayoutDetailsChanged');
const paypalOf = async (partnerId: string) =>
  (await queryRows<{ paypal_email: string | null }>(app, `SELECT paypal_email FROM partner WHERE id = $1`, [partnerId]))[0].paypal_email;
const mailsTo = async (recipient: string) =>
  queryRows<{ subject: string; body: string }>(app, `SELECT subject, body FROM email_message WHERE recipient = $1 AND topic = 'ACCOUNT'`, [
    recipient,
  ]);

describe('changing payout details', () => {
  it('needs the password: a wrong one changes nothing', async () => {
    const before = await paypalOf(fx.partnerA.id);
    const wrong = (await change('thief@paypal.test', 'not my password at all')).data?.changeMyPayoutDetails;
    expect(resultCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(await paypalOf(fx.partnerA.id)).toBe(before);
    expect(await mailsTo('thief@paypal.test')).toEqual([]);
  });

  it('with the password: saved, the partner and the previous address are told, and the merchant sees it flagged for 48 hours', async () => {
    expect((await changed('first@paypal.test')).changed).toBe(true);
    const answer = (await change('second@paypal.test')).data?.changeMyPayoutDetails;
    expect(answer).toEqual({
      __typename: 'PayoutDetailsChanged',
      changed: true,
      partner: { paypalEmail: 'second@paypal.test', payoutDetailsChangedBy: 'PARTNER' },
    });
    const [toOld] = await mailsTo('first@paypal.test');
    expect(toOld.body).toContain('from first@paypal.test to second@paypal.test');
    // The same again changes nothing and sends nothing more.
    expect((await changed('second@paypal.test')).changed).toBe(false);
    expect(await mailsTo('second@paypal.test')).toEqual([]);

    const recent = (await app.gqlData(RECENT, {}, fx.tokens.viewer)).recentPayoutDetailChanges;
    expect(recent).toEqual([
      expect.objectContaining({ id: fx.partnerA.id, paypalEmail: 'second@paypal.test', payoutDetailsChangedBy: 'PARTNER' }),
    ]);
    // Another program's merchant sees nothing of it.
    const other = await createProgramFixture(app);
    expect((await app.gqlData(RECENT, {}, other.tokens.admin)).recentPayoutDetailChanges).toEqual([]);

    await queryRows(app, `UPDATE partner SET payout_details_changed_at = now() - interval '49 hours' WHERE id = $1`, [fx.partnerA.id]);
    expect((await app.gqlData(RECENT, {}, fx.tokens.admin)).recentPayoutDetailChanges).toEqual([]);
  });

  it('a merchant changing them is flagged too; a partner with nothing to be paid is not listed', async () => {
    await app.gql(UPDATE_PARTNER, { input: { id: fx.partnerA.id, paypalEmail: 'set-by-merchant@paypal.test' } }, fx.tokens.admin);
    await app.gql(UPDATE_PARTNER, { input: { id: fx.partnerB.id, paypalEmail: 'b@paypal.test' } }, fx.tokens.admin);
    const recent = (await app.gqlData(RECENT, {}, fx.tokens.admin)).recentPayoutDetailChanges;
    expect(recent.map((p) => [p.id, p.payoutDetailsChangedBy])).toEqual([[fx.partnerA.id, 'MERCHANT']]);
  });

  it('a suspended partner still reads what they earned but cannot change where they are paid', async () => {
    await app.gql(UPDATE_PARTNER, { input: { id: fx.partnerA.id, status: 'SUSPENDED' } }, fx.tokens.admin);
    const refused = (await change('after-suspension@paypal.test')).data?.changeMyPayoutDetails;
    expect(resultCode(refused)).toBe('PARTNER_SUSPENDED');
    expect(await paypalOf(fx.partnerA.id)).toBe('set-by-merchant@paypal.test');
    const mine = await app.gql(MY_COMMISSIONS, {}, fx.tokens.partnerA);
    expect(mine.data?.myCommissions.totalCount).toBeGreaterThan(0);
  });

  it('refuses a bad address and callers who are not the partner', async () => {
    expect(errorCode(await change('not an email'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await change('x@paypal.test', PASSWORD, fx.tokens.admin))).toBe('FORBIDDEN');
  });

  it("a merchant admin signs a partner out everywhere; another program's admin cannot", async () => {
    const other = await createProgramFixture(app);
    expect(errorCode(await app.gql(END, { id: fx.partnerB.id }, other.tokens.admin))).toBe('NOT_FOUND');
    expect((await app.gql(ME, {}, fx.tokens.partnerB)).data?.me.kind).toBe('PARTNER');
    expect((await app.gql(END, { id: fx.partnerB.id }, fx.tokens.admin)).data?.endPartnerSessions).toBeGreaterThanOrEqual(1);
    expect(errorCode(await app.gql(ME, {}, fx.tokens.partnerB))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, fx.tokens.partnerA)).data?.me.kind).toBe('PARTNER');
    expect((await app.gql(END, { id: fx.partnerB.id }, fx.tokens.admin)).data?.endPartnerSessions).toBe(0);
    const [audit] = await queryRows<{ changes: unknown }>(
      app,
      `SELECT changes FROM audit_entry WHERE action = 'partner.endSessions' AND entity_id = $1`,
      [fx.partnerB.id],
    );
    expect(audit.changes).toEqual({ endedSessions: anyNumber() });
  });
});
