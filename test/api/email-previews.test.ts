import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp, errorCode, expectTypename, queryRows } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { sell } from '../support/payments';

/**
 * Every "Email partners…" shows its audience and a preview before sending (issue 14): the
 * commissions page (partners behind the selected commissions) and a partner's page (that
 * partner), as the pending payments page already did. Previews are rendered by the sending code
 * and store nothing.
 */
let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  other = await createProgramFixture(app);
});
afterAll(async () => app?.close());

const AUDIENCE = graphql(`
  query EmailPreviewsAudience($selection: CommissionSelection!) {
    commissionEmailAudience(selection: $selection) {
      count
      skippedNothingDue
      sample {
        partnerId
        name
      }
    }
  }
`);
const PREVIEW_COMMISSIONS = graphql(`
  query EmailPreviewsPreviewCommissions($input: CommissionEmailPreviewInput!) {
    previewCommissionPartnersEmail(input: $input) {
      __typename
      ... on EmailPreview {
        partnerId
        recipient
        subject
        body
      }
      ... on InvalidEmailTemplateError {
        problems {
          placeholder
          reason
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const PREVIEW_PARTNERS = graphql(`
  query EmailPreviewsPreviewPartners($input: PartnersEmailPreviewInput!) {
    previewPartnersEmail(input: $input) {
      __typename
      ... on EmailPreview {
        partnerId
        recipient
        subject
        body
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const email = {
  subject: 'About {{commissions.count}} commission(s)',
  body: 'Hello {{partner.name}}, total {{commissions.total}}\n{{sales}}',
};

async function outboxCount(programId: string): Promise<number> {
  const [{ count }] = await queryRows<{ count: number }>(app, `SELECT count(*)::int AS count FROM email_message WHERE program_id = $1`, [
    programId,
  ]);
  return count;
}

describe('emailing the partners behind commissions', () => {
  it('counts the audience of a selection and previews the message one recipient would get, storing nothing', async () => {
    const a = await sell(app, fx, fx.partnerA.partnerKey, 10_000); // 10 % of 100.00 USD
    const b = await sell(app, fx, fx.partnerB.partnerKey, 20_000);
    const before = await outboxCount(fx.programId);

    const byIds = { ids: [...a, ...b] };
    const audience = (await app.gqlData(AUDIENCE, { selection: byIds }, fx.tokens.viewer)).commissionEmailAudience;
    expect(audience.count).toBe(2);
    expect(audience.skippedNothingDue).toBe(0);
    expect(audience.sample.map((m) => m.name)).toEqual([fx.partnerA.name, fx.partnerB.name]);

    const first = (await app.gqlData(PREVIEW_COMMISSIONS, { input: { selection: byIds, email } }, fx.tokens.viewer))
      .previewCommissionPartnersEmail;
    expect(first).toMatchObject({ __typename: 'EmailPreview', partnerId: fx.partnerA.id, recipient: fx.partnerA.email });
    expect(expectTypename(first, 'EmailPreview').subject).toBe('About 1 commission(s)');
    expect(expectTypename(first, 'EmailPreview').body).toContain(`Hello ${fx.partnerA.name}, total 10.00 USD`);

    const chosen = (
      await app.gqlData(PREVIEW_COMMISSIONS, { input: { selection: byIds, email, partnerId: fx.partnerB.id } }, fx.tokens.admin)
    ).previewCommissionPartnersEmail;
    expect(chosen).toMatchObject({ partnerId: fx.partnerB.id, recipient: fx.partnerB.email });
    expect(expectTypename(chosen, 'EmailPreview').body).toContain('total 20.00 USD');

    // Only partner A's commission selected: B is not a recipient, so B cannot be previewed.
    const notAmong = (
      await app.gqlData(PREVIEW_COMMISSIONS, { input: { selection: { ids: a }, email, partnerId: fx.partnerB.id } }, fx.tokens.admin)
    ).previewCommissionPartnersEmail;
    expect(notAmong).toMatchObject({ __typename: 'NoRecipientsError', code: 'NO_RECIPIENTS' });

    const badTemplate = (
      await app.gqlData(PREVIEW_COMMISSIONS, { input: { selection: byIds, email: { subject: 'x', body: '{{nope}}' } } }, fx.tokens.admin)
    ).previewCommissionPartnersEmail;
    expect(badTemplate.__typename).toBe('InvalidEmailTemplateError');

    expect(await outboxCount(fx.programId)).toBe(before);
  });

  it("sees only the caller's program: another program's commissions make no audience", async () => {
    const theirs = await sell(app, other, other.partnerA.partnerKey, 10_000);
    const audience = (await app.gqlData(AUDIENCE, { selection: { ids: theirs } }, fx.tokens.admin)).commissionEmailAudience;
    expect(audience).toMatchObject({ count: 0, sample: [] });
    const preview = (await app.gqlData(PREVIEW_COMMISSIONS, { input: { selection: { ids: theirs }, email } }, fx.tokens.admin))
      .previewCommissionPartnersEmail;
    expect(preview.__typename).toBe('NoRecipientsError');
  });

  it('is not for partners', async () => {
    const response = await app.gql(AUDIENCE, { selection: { ids: [] } }, fx.tokens.partnerA);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

describe("emailing a partner from the partner's page", () => {
  it('previews the message as that partner will receive it, and refuses a partner of another program', async () => {
    const before = await outboxCount(fx.programId);
    const preview = (
      await app.gqlData(
        PREVIEW_PARTNERS,
        { input: { partnerIds: [fx.partnerB.id], email: { subject: 'Hi {{partner.name}}', body: 'Your key: {{partner.key}}' } } },
        fx.tokens.viewer,
      )
    ).previewPartnersEmail;
    expect(preview).toMatchObject({ __typename: 'EmailPreview', partnerId: fx.partnerB.id, recipient: fx.partnerB.email });
    expect(expectTypename(preview, 'EmailPreview').subject).toBe(`Hi ${fx.partnerB.name}`);
    expect(expectTypename(preview, 'EmailPreview').body).toBe(`Your key: ${fx.partnerB.partnerKey}`);
    expect(await outboxCount(fx.programId)).toBe(before);

    const foreign = await app.gql(
      PREVIEW_PARTNERS,
      { input: { partnerIds: [other.partnerA.id], email: { subject: 'Hi', body: 'Hello {{partner.name}}' } } },
      fx.tokens.admin,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });
});
