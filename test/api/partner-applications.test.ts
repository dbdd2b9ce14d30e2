import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp, errorCode, expectTypename, queryRows } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { stringMatching } from '../support/typed-results';
import { graphql } from '../gql';
import type { ApplyToProgramInput } from '../gql/graphql';

/** Partner applications (issue 12): the public page, the merchant's review, and what an applicant may not do. */
const STRONG = 'lantern velvet orbit cactus';
const SETTINGS = graphql(`
  mutation PartnerApplicationsSettings($input: ApplicationSettingsInput!) {
    updateApplicationSettings(input: $input) {
      applications {
        open
        slug
        intro
        questions {
          id
          label
          required
        }
      }
    }
  }
`);
const FORM = graphql(`
  query PartnerApplicationsForm($slug: String!) {
    programApplicationForm(slug: $slug) {
      __typename
      ... on PublicApplicationForm {
        slug
        programName
        intro
        questions {
          id
          label
          required
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const APPLY = graphql(`
  mutation PartnerApplicationsApply($slug: String!, $input: ApplyToProgramInput!) {
    applyToProgram(slug: $slug, input: $input) {
      __typename
      ... on ApplicationReceived {
        message
      }
      ... on ErrorResult {
        code
        message
      }
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation PartnerApplicationsApprove($id: UUID!) {
    approvePartnerApplication(partnerId: $id) {
      __typename
      ... on ApplicationDecided {
        changed
        partner {
          id
          status
          decidedAt
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation PartnerApplicationsDecline($input: DeclineApplicationInput!) {
    declinePartnerApplication(input: $input) {
      __typename
      ... on ApplicationDecided {
        changed
        partner {
          id
          status
          declineReason
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const APPLIED = graphql(`
  query PartnerApplicationsApplied {
    partners(filter: { status: APPLIED }) {
      nodes {
        id
        name
        email
        status
        partnerKey
        appliedAt
        applicationAnswers {
          question
          answer
        }
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation PartnerApplicationsLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
    }
  }
`);
const SET_PASSWORD = graphql(`
  mutation PartnerApplicationsSetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
    }
  }
`);
const MY_PROGRAMS = graphql(`
  query PartnerApplicationsMyPrograms {
    myPrograms {
      accountId
      program {
        id
      }
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;
let slug: string;
let questions: { id: string; label: string; required: boolean }[];

beforeAll(async () => {
  app = await startTestApp({ applyMaxPerAddressPerHour: 1_000 });
  [fx, other] = [await createProgramFixture(app), await createProgramFixture(app)];
  slug = `acme-${fx.programId.slice(0, 8)}`;
  const response = await app.gqlData(
    SETTINGS,
    {
      input: {
        open: true,
        slug,
        intro: '  Join our partners.\nWe pay 10 %.  ',
        questions: [
          { label: '  Your website  ', required: true },
          { label: 'Your audience', required: false },
        ],
      },
    },
    fx.tokens.admin,
  );
  questions = response.updateApplicationSettings.applications.questions;
});
afterAll(async () => app?.close());

let n = 0;
const fresh = () => `applicant-${++n}-${Math.random().toString(36).slice(2, 8)}@test.dev`;
const answers = (website = 'https://example.com', audience = 'Hikers') => [
  { questionId: questions[0].id, answer: website },
  { questionId: questions[1].id, answer: audience },
];
const apply = (input: ApplyToProgramInput, at = slug) => app.gql(APPLY, { slug: at, input });
const partnersWith = (email: string) =>
  queryRows<{ id: string; status: string; partner_key: string }>(
    app,
    `SELECT id, status, partner_key FROM partner WHERE program_id = $1 AND lower(email) = lower($2)`,
    [fx.programId, email],
  );
const mailTo = (recipient: string): Promise<{ subject: string; body: string }[]> =>
  queryRows<{ subject: string; body: string }>(
    app,
    `SELECT subject, body FROM email_message WHERE recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
const countRows = async (table: string) =>
  Number((await queryRows<{ n: string }>(app, `SELECT count(*) AS n FROM ${table} WHERE program_id = $1`, [fx.programId]))[0].n);

async function applyFresh(name = 'Ada Applicant') {
  const email = fresh();
  const response = await apply({ name, email, answers: answers() });
  expect(response.data?.applyToProgram.__typename).toBe('ApplicationReceived');
  const [partner] = await partnersWith(email);
  return { email, id: partner.id, partnerKey: partner.partner_key };
}

describe('application settings', () => {
  it('are trimmed and shown in the program; only admins change them', async () => {
    const { program } = await app.gqlData(
      graphql(`
        query PartnerApplicationsProgram {
          program {
            applications {
              open
              slug
              intro
              questions {
                label
                required
              }
            }
          }
        }
      `),
      {},
      fx.tokens.viewer,
    );
    expect(program.applications).toEqual({
      open: true,
      slug,
      intro: 'Join our partners.\nWe pay 10 %.',
      questions: [
        { label: 'Your website', required: true },
        { label: 'Your audience', required: false },
      ],
    });
    for (const token of [fx.tokens.viewer, fx.tokens.partnerA, fx.tokens.apiWrite, null]) {
      const denied = await app.gql(SETTINGS, { input: { open: false } }, token);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(errorCode(denied));
    }
  });

  it('refuse malformed, taken or missing slugs and too many questions', async () => {
    for (const bad of ['Bad Slug', 'UPPER', '-lead', 'trail-', 'double--hyphen', 'ab', 'x'.repeat(61), 'ünï', 'a_b']) {
      expect(errorCode(await app.gql(SETTINGS, { input: { slug: bad } }, other.tokens.admin)), bad).toBe('BAD_USER_INPUT');
    }
    const taken = await app.gql(SETTINGS, { input: { slug } }, other.tokens.admin);
    expect(errorCode(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors![0].message).toMatch(/taken/);
    expect(errorCode(await app.gql(SETTINGS, { input: { open: true } }, other.tokens.admin))).toBe('BAD_USER_INPUT');
    const six = Array.from({ length: 6 }, (_, i) => ({ label: `Q${i}`, required: false }));
    expect(errorCode(await app.gql(SETTINGS, { input: { questions: six } }, other.tokens.admin))).toBe('BAD_USER_INPUT');
    for (const label of ['   ', 'two\nlines', 'evil\u202Etxt']) {
      expect(errorCode(await app.gql(SETTINGS, { input: { questions: [{ label, required: true }] } }, other.tokens.admin)), label).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('the public form', () => {
  it('is readable by anyone at its slug; an unknown slug or a closed page is a typed error', async () => {
    const form = (await app.gql(FORM, { slug })).data?.programApplicationForm;
    expect(form).toMatchObject({ __typename: 'PublicApplicationForm', slug, intro: 'Join our partners.\nWe pay 10 %.' });
    expect(expectTypename(form, 'PublicApplicationForm').questions.map((q) => q.label)).toEqual(['Your website', 'Your audience']);

    for (const unknown of ['no-such-program', 'NOT A SLUG', '', 'x'.repeat(5000), '../../etc']) {
      const form = (await app.gql(FORM, { slug: unknown })).data?.programApplicationForm;
      expect(expectTypename(form, 'ApplicationsClosedError').code, unknown).toBe('APPLICATIONS_CLOSED');
      const applied = (await apply({ name: 'X', email: fresh(), answers: [] }, unknown)).data?.applyToProgram;
      expect(expectTypename(applied, 'ApplicationsClosedError').code).toBe('APPLICATIONS_CLOSED');
    }
    const closedSlug = `closed-${other.programId.slice(0, 8)}`;
    await app.gql(SETTINGS, { input: { slug: closedSlug, open: false } }, other.tokens.admin);
    const closed = (await app.gql(FORM, { slug: closedSlug })).data?.programApplicationForm;
    expect(closed).toMatchObject({ code: 'APPLICATIONS_CLOSED', message: stringMatching(/not taking applications/) });
    const email = fresh();
    const refused = (await apply({ name: 'X', email, answers: [] }, closedSlug)).data?.applyToProgram;
    expect(expectTypename(refused, 'ApplicationsClosedError').code).toBe('APPLICATIONS_CLOSED');
    expect(await queryRows(app, `SELECT 1 FROM partner WHERE email = $1`, [email])).toEqual([]);
  });
});

describe('applying', () => {
  it('makes a partner in status APPLIED with trimmed answers, no login, and an email saying it arrived', async () => {
    const email = fresh();
    const response = await apply({ name: '  Ada  Lovelace ', email: email.toUpperCase(), answers: answers('  https://ada.dev  ') });
    expect(response.data?.applyToProgram).toMatchObject({ __typename: 'ApplicationReceived', message: stringMatching(/inbox/) });
    const listed = (await app.gqlData(APPLIED, {}, fx.tokens.admin)).partners.nodes.find((p) => p.email === email);
    expect(listed).toMatchObject({
      name: 'Ada  Lovelace',
      status: 'APPLIED',
      partnerKey: stringMatching(/^ada-lovelace-[0-9a-f]{8}$/),
      applicationAnswers: [
        { question: 'Your website', answer: 'https://ada.dev' },
        { question: 'Your audience', answer: 'Hikers' },
      ],
    });
    expect(listed?.appliedAt).toBeTruthy();
    const listedId = listed!.id;
    expect(await queryRows(app, `SELECT 1 FROM account WHERE partner_id = $1`, [listedId])).toEqual([]);
    expect((await mailTo(email)).map((m) => m.subject)).toEqual([stringMatching(/We received your application/)]);
    const [audit] = await queryRows<{ action: string }>(app, `SELECT action FROM audit_entry WHERE program_id = $1 AND entity_id = $2`, [
      fx.programId,
      listedId,
    ]);
    expect(audit.action).toBe('partner.apply');
    const [event] = await queryRows<{ type: string }>(app, `SELECT type FROM event WHERE program_id = $1 AND entity_id = $2`, [
      fx.programId,
      listedId,
    ]);
    expect(event.type).toBe('partner.applied');
  });

  it('answers the same for an address the program knows, and creates nothing', async () => {
    const { email } = await applyFresh();
    const newcomer = await apply({ name: 'New', email: fresh(), answers: answers() });
    const before = await countRows('partner');
    const again = await apply({ name: 'Someone', email: email.toUpperCase(), answers: answers() });
    const partner = await apply({ name: 'Someone', email: fx.partnerA.email, answers: answers() });
    expect(again.data).toEqual(newcomer.data);
    expect(partner.data).toEqual(newcomer.data);
    expect(await countRows('partner')).toBe(before);
    expect(await partnersWith(email)).toHaveLength(1);
    // The known address hears of it (not the caller), a few times an hour at most.
    expect((await mailTo(fx.partnerA.email)).filter((m) => /Your application/.test(m.subject))).toHaveLength(1);
    for (let i = 0; i < 4; i++) await apply({ name: 'Someone', email: fx.partnerA.email, answers: answers() });
    expect((await mailTo(fx.partnerA.email)).filter((m) => /Your application/.test(m.subject))).toHaveLength(3);
  });

  it('refuses hostile or incomplete input and stores nothing', async () => {
    const before = await countRows('partner');
    const bad: ApplyToProgramInput[] = [
      { name: '   ', email: fresh(), answers: answers() },
      { name: 'Eve\u202Egnp.exe', email: fresh(), answers: answers() },
      { name: 'Eve\u200Bhidden', email: fresh(), answers: answers() },
      { name: 'two\nlines', email: fresh(), answers: answers() },
      { name: 'nul\u0000', email: fresh(), answers: answers() },
      { name: 'x'.repeat(201), email: fresh(), answers: answers() },
      { name: 'Eve', email: 'not-an-email', answers: answers() },
      { name: 'Eve', email: `${'x'.repeat(320)}@test.dev`, answers: answers() },
      { name: 'Eve', email: fresh(), answers: answers('   ') },
      { name: 'Eve', email: fresh(), answers: [answers()[1]] },
      { name: 'Eve', email: fresh(), answers: answers('x'.repeat(2001)) },
      { name: 'Eve', email: fresh(), answers: answers('bell\u0007') },
      { name: 'Eve', email: fresh(), answers: [...answers(), { questionId: 'zzz', answer: 'extra' }] },
      { name: 'Eve', email: fresh(), answers: [answers()[0], answers()[0]] },
      { name: 'Eve', email: fresh(), answers: [{ questionId: '<script>', answer: 'x' }] },
      { name: 'Eve', email: fresh(), answers: Array.from({ length: 6 }, () => answers()[1]) },
    ];
    for (const input of bad) {
      expect(errorCode(await apply(input)), JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    expect(await countRows('partner')).toBe(before);
    // Multi-line answers and an unanswered optional question are fine.
    const ok = await apply({ name: 'Zoë', email: fresh(), answers: [{ questionId: questions[0].id, answer: 'line one\nline two' }] });
    expect(ok.data?.applyToProgram.__typename).toBe('ApplicationReceived');
  });

  it('earns nothing while APPLIED: a sale through their key pays no commission, rewards are refused', async () => {
    const applicant = await applyFresh('Sam Sales');
    const [result] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: `sale-${applicant.id}`,
        customerExternalId: `c-${applicant.id}`,
        productSku: 'TENT',
        amount: usd(10_000),
        partnerKey: applicant.partnerKey,
      },
    ]);
    expect(result.result).toMatchObject({ __typename: 'SaleRecorded', commissions: [] });
    const reward = await app.gql(
      graphql(`
        mutation PartnerApplicationsReward($input: CreateManualRewardInput!) {
          createManualReward(input: $input) {
            id
          }
        }
      `),
      { input: { partnerId: applicant.id, amount: usd(500), description: 'bonus' } },
      fx.tokens.admin,
    );
    expect(errorCode(reward)).toBe('BAD_USER_INPUT');
    // Nor can a merchant slip them into ACTIVE without the approval (and its welcome email), or make a partner an applicant.
    const update = graphql(`
      mutation PartnerApplicationsUpdateStatus($input: UpdatePartnerInput!) {
        updatePartner(input: $input) {
          status
        }
      }
    `);
    expect(errorCode(await app.gql(update, { input: { id: applicant.id, status: 'ACTIVE' } }, fx.tokens.admin))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(update, { input: { id: fx.partnerB.id, status: 'APPLIED' } }, fx.tokens.admin))).toBe('BAD_USER_INPUT');
  });
});

describe('reviewing applications', () => {
  it('approve: ACTIVE, welcome email through the outbox, the partner sets a password, signs in and earns', async () => {
    const applicant = await applyFresh('Wendy Welcome');
    for (const token of [fx.tokens.viewer, fx.tokens.partnerA, fx.tokens.apiRead, fx.tokens.apiWrite, null]) {
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(errorCode(await app.gql(APPROVE, { id: applicant.id }, token)));
    }
    expect(errorCode(await app.gql(APPROVE, { id: applicant.id }, other.tokens.admin))).toBe('NOT_FOUND');

    const approved = (await app.gql(APPROVE, { id: applicant.id }, fx.tokens.admin)).data?.approvePartnerApplication;
    expect(approved).toMatchObject({ __typename: 'ApplicationDecided', changed: true, partner: { id: applicant.id, status: 'ACTIVE' } });
    const again = (await app.gql(APPROVE, { id: applicant.id }, fx.tokens.admin)).data?.approvePartnerApplication;
    expect(again).toMatchObject({ changed: false, partner: { status: 'ACTIVE' } });

    const welcome = (await mailTo(applicant.email)).find((m) => /Welcome to the/.test(m.subject))!;
    const token = /\/set-password#token=(pbw_[A-Za-z0-9_-]{43})/.exec(welcome.body)![1];
    expect((await app.gql(SET_PASSWORD, { input: { token, newPassword: STRONG } })).data?.resetPassword.__typename).toBe('PasswordChanged');
    const session = await loginAs(app, applicant.email, STRONG);
    const me = graphql(`
      query PartnerApplicationsMe {
        me {
          kind
          partner {
            id
            status
          }
        }
      }
    `);
    expect((await app.gql(me, {}, session)).data?.me).toEqual({
      kind: 'PARTNER',
      partner: { id: applicant.id, status: 'ACTIVE' },
    });
    const [result] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: `sale2-${applicant.id}`,
        customerExternalId: `c2-${applicant.id}`,
        productSku: 'TENT',
        amount: usd(10_000),
        partnerKey: applicant.partnerKey,
      },
    ]);
    expect(saleRecorded(result).commissions).toEqual([expect.objectContaining({ partnerId: applicant.id, amount: usd(1_000) })]);

    const actions = await queryRows<{ action: string }>(
      app,
      `SELECT action FROM audit_entry WHERE program_id = $1 AND entity_id = $2 ORDER BY created_at`,
      [fx.programId, applicant.id],
    );
    expect(actions.map((a) => a.action)).toEqual(['partner.apply', 'partner.approveApplication']);
    const [event] = await queryRows<{ type: string; payload: unknown }>(
      app,
      `SELECT type, payload FROM event WHERE program_id = $1 AND entity_id = $2 AND type = 'partner.statusChanged'`,
      [fx.programId, applicant.id],
    );
    expect(JSON.stringify(event.payload)).toMatch(/ACTIVE/);
    // An approved partner is no application to decline.
    const decline = (await app.gql(DECLINE, { input: { partnerId: applicant.id, reason: 'no' } }, fx.tokens.admin)).data;
    expect(expectTypename(decline?.declinePartnerApplication, 'InvalidApplicationStateError').code).toBe('INVALID_APPLICATION_STATE');
    const notApplied = (await app.gql(APPROVE, { id: fx.partnerA.id }, fx.tokens.admin)).data?.approvePartnerApplication;
    expect(expectTypename(notApplied, 'InvalidApplicationStateError').code).toBe('INVALID_APPLICATION_STATE');
  });

  it('decline: DECLINED with the trimmed reason, emailed once; no login, nothing earned', async () => {
    const applicant = await applyFresh('Dora Declined');
    for (const token of [fx.tokens.viewer, fx.tokens.partnerB]) {
      expect(errorCode(await app.gql(DECLINE, { input: { partnerId: applicant.id, reason: 'x' } }, token))).toBe('FORBIDDEN');
    }
    for (const reason of ['   ', 'x'.repeat(1001), 'bidi\u202Eon']) {
      expect(errorCode(await app.gql(DECLINE, { input: { partnerId: applicant.id, reason } }, fx.tokens.admin))).toBe('BAD_USER_INPUT');
    }
    const declined = (
      await app.gql(DECLINE, { input: { partnerId: applicant.id, reason: '  Not a fit for\nour audience.  ' } }, fx.tokens.admin)
    ).data?.declinePartnerApplication;
    expect(declined).toMatchObject({ changed: true, partner: { status: 'DECLINED', declineReason: 'Not a fit for\nour audience.' } });
    const again = (await app.gql(DECLINE, { input: { partnerId: applicant.id, reason: 'other' } }, fx.tokens.admin)).data;
    expect(again?.declinePartnerApplication).toMatchObject({ changed: false, partner: { declineReason: 'Not a fit for\nour audience.' } });
    const declineMails = (await mailTo(applicant.email)).filter((m) => /declined/.test(m.body));
    expect(declineMails).toHaveLength(1);
    expect(declineMails[0].body).toContain('Not a fit for\nour audience.');
    expect((await app.gql(LOGIN, { input: { email: applicant.email, password: STRONG } })).data?.login.__typename).toBe(
      'InvalidCredentialsError',
    );
    const [result] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: `sale3-${applicant.id}`,
        customerExternalId: `c3-${applicant.id}`,
        productSku: 'TENT',
        amount: usd(10_000),
        partnerKey: applicant.partnerKey,
      },
    ]);
    expect(saleRecorded(result).commissions).toEqual([]);
    const [event] = await queryRows<{ type: string }>(
      app,
      `SELECT type FROM event WHERE program_id = $1 AND entity_id = $2 AND type = 'partner.statusChanged'`,
      [fx.programId, applicant.id],
    );
    expect(event).toBeTruthy();
  });

  it('approve an address with a login in another program: ACTIVE with a membership of that login, signed in with its password', async () => {
    const [{ email }] = await queryRows<{ email: string }>(
      app,
      `SELECT l.email FROM account a JOIN login l ON l.id = a.login_id WHERE a.program_id = $1 AND a.merchant_role = 'VIEWER'`,
      [other.programId],
    );
    const response = await apply({ name: 'Vera Viewer', email, answers: answers() });
    expect(response.data?.applyToProgram.__typename).toBe('ApplicationReceived');
    const [applicant] = await partnersWith(email);
    // Still an applicant: the login signs in to its other program only.
    const before = await loginAs(app, email, 'correct horse battery');
    const programIds = graphql(`
      query PartnerApplicationsMyProgramIds {
        myPrograms {
          program {
            id
          }
        }
      }
    `);
    expect((await app.gql(programIds, {}, before)).data?.myPrograms).toEqual([{ program: { id: other.programId } }]);

    const approved = (await app.gql(APPROVE, { id: applicant.id }, fx.tokens.admin)).data?.approvePartnerApplication;
    expect(approved).toMatchObject({ changed: true, partner: { status: 'ACTIVE' } });
    const welcome = (await mailTo(email)).find((m) => /Welcome to the/.test(m.subject))!;
    expect(welcome.body).toMatch(/sign in with your existing password/);
    expect(welcome.body).not.toMatch(/#token=/);
    const session = await loginAs(app, email, 'correct horse battery');
    const programs = (await app.gql(MY_PROGRAMS, {}, session)).data?.myPrograms;
    expect(programs?.map((m) => m.program.id).sort()).toEqual([fx.programId, other.programId].sort());
  });
});

describe('throttling', () => {
  it('an address may apply a few times an hour, then waits, known address or not', async () => {
    const strict = await startTestApp({ applyMaxPerAddressPerHour: 2 });
    try {
      const program = await createProgramFixture(strict);
      const at = `strict-${program.programId.slice(0, 8)}`;
      await strict.gql(SETTINGS, { input: { open: true, slug: at } }, program.tokens.admin);
      const send = (email: string) => strict.gql(APPLY, { slug: at, input: { name: 'T', email, answers: [] } });
      expect((await send(fresh())).data?.applyToProgram.__typename).toBe('ApplicationReceived');
      expect((await send(program.partnerA.email)).data?.applyToProgram.__typename).toBe('ApplicationReceived');
      const refused = (await send(fresh())).data?.applyToProgram;
      expect(refused).toMatchObject({ __typename: 'TooManyAttemptsError', code: 'TOO_MANY_ATTEMPTS' });
      expect(expectTypename(refused, 'TooManyAttemptsError').retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });
});
