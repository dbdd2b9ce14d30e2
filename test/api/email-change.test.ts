import { MerchantRole } from '@partnerbook/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { resultCode } from '../support/typed-results';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';
import { AdjustableClock } from '../../server/src/common/clock';
import { createAccount } from '../../server/src/auth/auth.service';
import { createPartner } from '../../server/src/partners/partner.service';
import { EMAIL_CHANGE_TTL_MS } from '../../server/src/accounts/email-change.service';
import { addMembership } from '../../server/src/auth/login';

/**
 * Confirmed email changes (issue 12): a login's sign-in email changes only when the link sent to
 * the new address is opened; the old address is told on request and on change. Self-service
 * (password required) and merchant-initiated (updatePartner), single use, expiry on the injected
 * clock, no enumeration of used addresses, sessions, and a partner without a login.
 */
const PASSWORD = 'correct horse battery';

const REQUEST = graphql(`
  mutation EmailChangeRequest($input: RequestMyEmailChangeInput!) {
    requestMyEmailChange(input: $input) {
      __typename
      ... on EmailChangeRequested {
        message
        pendingEmail
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation EmailChangeConfirm($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      __typename
      ... on EmailChangeConfirmed {
        email
        endedSessions
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const UPDATE_PARTNER = graphql(`
  mutation EmailChangeUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
      email
      pendingEmail
    }
  }
`);
const PARTNER = graphql(`
  query EmailChangePartner($id: UUID!) {
    partner(id: $id) {
      email
      pendingEmail
    }
  }
`);
const ME = graphql(`
  query EmailChangeMe {
    me {
      label
      pendingEmail
      partner {
        email
        pendingEmail
      }
    }
  }
`);
const KIND = graphql(`
  query EmailChangeKind {
    me {
      kind
    }
  }
`);
const LOGIN = graphql(`
  mutation EmailChangeLogin($input: LoginInput!) {
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
const REQUEST_RESET = graphql(`
  mutation EmailChangeRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      message
    }
  }
`);
const RESET = graphql(`
  mutation EmailChangeReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;
const clock = new AdjustableClock();

beforeAll(async () => {
  app = await startTestApp({}, { clock });
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

let people = 0;
const fresh = (what: string) => `${what}-${++people}-${Math.random().toString(36).slice(2, 8)}@test.dev`;

async function newMerchant(): Promise<{ email: string; token: string }> {
  const email = fresh('merchant');
  await createAccount(fx.system, {
    programId: fx.programId,
    email,
    displayName: 'Mia Merchant',
    password: PASSWORD,
    merchantRole: MerchantRole.VIEWER,
  });
  return { email, token: await loginAs(app, email, PASSWORD) };
}

async function newPartner(withLogin = true): Promise<{ id: string; email: string; token: string | null }> {
  const email = fresh('partner');
  const partner = await createPartner(fx.system, {
    name: 'Pat Partner',
    email,
    partnerKey: `p-${people}-${Math.random().toString(36).slice(2, 8)}`,
    ...(withLogin ? { password: PASSWORD } : {}),
  });
  return { id: partner.id, email, token: withLogin ? await loginAs(app, email, PASSWORD) : null };
}

async function loginWorks(email: string): Promise<boolean> {
  return (await app.gql(LOGIN, { input: { email, password: PASSWORD } })).data?.login.__typename === 'AuthSession';
}

async function isSignedIn(token: string): Promise<boolean> {
  return (await app.gql(KIND, {}, token)).data?.me?.kind !== undefined;
}

async function emailsTo(recipient: string): Promise<{ subject: string; body: string }[]> {
  return queryRows<{ subject: string; body: string }>(
    app,
    `SELECT subject, body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
}

async function linkTokenTo(recipient: string): Promise<string> {
  const emails = await emailsTo(recipient);
  const match = /\/confirm-email-change#token=(pbe_[A-Za-z0-9_-]{43})/.exec(emails.at(-1)?.body ?? '');
  if (!match) throw new Error(`no confirmation link to ${recipient}: ${JSON.stringify(emails)}`);
  return match[1];
}

describe('self-service change (merchant user and partner)', () => {
  it('a merchant user: password required, link to the new address, notice to the old, sign-in switches only on confirmation', async () => {
    const person = await newMerchant();
    const next = fresh('new-merchant');

    const wrong = await app.gql(REQUEST, { input: { newEmail: next, currentPassword: 'not my password' } }, person.token);
    expect(resultCode(wrong.data?.requestMyEmailChange)).toBe('INVALID_CREDENTIALS');
    expect(await emailsTo(next)).toHaveLength(0);

    const asked = await app.gql(REQUEST, { input: { newEmail: next.toUpperCase(), currentPassword: PASSWORD } }, person.token);
    expect(asked.data?.requestMyEmailChange).toMatchObject({ __typename: 'EmailChangeRequested', pendingEmail: next });
    expect((await app.gql(ME, {}, person.token)).data?.me).toMatchObject({ label: person.email, pendingEmail: next });
    const [notice] = await emailsTo(person.email);
    expect(notice.subject).toMatch(/change of your .* sign-in email was requested/);
    expect(notice.body).toContain(next);

    // Nothing changed yet: the old address signs in, the new one does not.
    expect(await loginWorks(person.email)).toBe(true);
    expect(await loginWorks(next)).toBe(false);

    const other = await loginAs(app, person.email, PASSWORD);
    const token = await linkTokenTo(next);
    const confirmed = await app.gql(CONFIRM, { input: { token } });
    expect(confirmed.data?.confirmEmailChange).toMatchObject({ __typename: 'EmailChangeConfirmed', email: next });
    expect(expectTypename(confirmed.data?.confirmEmailChange, 'EmailChangeConfirmed').endedSessions).toBeGreaterThanOrEqual(2);

    expect(await loginWorks(next)).toBe(true);
    expect(await loginWorks(person.email)).toBe(false);
    // Opened without a session: every session of the login ended.
    expect(await isSignedIn(person.token)).toBe(false);
    expect(await isSignedIn(other)).toBe(false);
    const told = await emailsTo(person.email);
    expect(told.at(-1)!.subject).toMatch(/sign-in email was changed/);
    expect(told.at(-1)!.body).toContain(next);

    const [account] = await queryRows<{ email: string; email_verified_at: Date | null }>(
      app,
      `SELECT email, email_verified_at FROM login WHERE lower(email) = $1`,
      [next],
    );
    expect(account.email_verified_at).not.toBeNull();
    const [audit] = await queryRows<{ changes: unknown }>(
      app,
      `SELECT changes FROM audit_entry WHERE action = 'account.confirmEmailChange' AND program_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [fx.programId],
    );
    expect(audit.changes).toMatchObject({ before: { email: person.email }, after: { email: next } });

    // Single use.
    expect(resultCode((await app.gql(CONFIRM, { input: { token } })).data?.confirmEmailChange)).toBe('INVALID_TOKEN');
  });

  it('a partner: their contact email follows; a session opening the link stays, the others end', async () => {
    const partner = await newPartner();
    const other = await loginAs(app, partner.email, PASSWORD);
    const next = fresh('new-partner');
    const asked = await app.gql(REQUEST, { input: { newEmail: next, currentPassword: PASSWORD } }, partner.token);
    expect(asked.data?.requestMyEmailChange.__typename).toBe('EmailChangeRequested');
    expect((await app.gql(ME, {}, partner.token)).data?.me.partner).toMatchObject({ email: partner.email, pendingEmail: next });

    const confirmed = await app.gql(CONFIRM, { input: { token: await linkTokenTo(next) } }, partner.token);
    expect(confirmed.data?.confirmEmailChange).toMatchObject({ email: next, endedSessions: 1 });
    expect(await isSignedIn(partner.token!)).toBe(true);
    expect(await isSignedIn(other)).toBe(false);
    expect((await app.gql(PARTNER, { id: partner.id }, fx.tokens.admin)).data?.partner).toEqual({ email: next, pendingEmail: null });
  });

  it('a link expires (injected clock) and a newer request replaces the older link', async () => {
    const person = await newMerchant();
    const first = fresh('first');
    await app.gql(REQUEST, { input: { newEmail: first, currentPassword: PASSWORD } }, person.token);
    const expiring = await linkTokenTo(first);
    clock.advance(EMAIL_CHANGE_TTL_MS + 1_000);
    expect(resultCode((await app.gql(CONFIRM, { input: { token: expiring } })).data?.confirmEmailChange)).toBe('INVALID_TOKEN');
    expect((await app.gql(ME, {}, person.token)).data?.me.pendingEmail).toBeNull();

    const second = fresh('second');
    const third = fresh('third');
    await app.gql(REQUEST, { input: { newEmail: second, currentPassword: PASSWORD } }, person.token);
    await app.gql(REQUEST, { input: { newEmail: third, currentPassword: PASSWORD } }, person.token);
    expect(resultCode((await app.gql(CONFIRM, { input: { token: await linkTokenTo(second) } })).data?.confirmEmailChange)).toBe(
      'INVALID_TOKEN',
    );
    expect(
      expectTypename(
        (await app.gql(CONFIRM, { input: { token: await linkTokenTo(third) } })).data?.confirmEmailChange,
        'EmailChangeConfirmed',
      ).email,
    ).toBe(third);
  });

  it('a reset link sent to the old address stops working once the address changed', async () => {
    const person = await newMerchant();
    await app.gqlData(REQUEST_RESET, { input: { email: person.email } });
    const reset = /#token=(pbr_[A-Za-z0-9_-]{43})/.exec((await emailsTo(person.email)).at(-1)!.body)![1];
    const next = fresh('moved');
    await app.gql(REQUEST, { input: { newEmail: next, currentPassword: PASSWORD } }, person.token);
    await app.gql(CONFIRM, { input: { token: await linkTokenTo(next) } });
    const used = await app.gql(RESET, { input: { token: reset, newPassword: 'marmalade glacier tuxedo fjord' } });
    expect(resultCode(used.data?.resetPassword)).toBe('INVALID_TOKEN');
  });
});

describe('no enumeration', () => {
  it('asking for an address used by another login answers the same; opening the link refuses without saying whose it is', async () => {
    const [person, someone, owner] = [await newMerchant(), await newMerchant(), await newMerchant()];
    const unused = fresh('unused');
    const { requestMyEmailChange: a } = await app.gqlData(
      REQUEST,
      { input: { newEmail: owner.email, currentPassword: PASSWORD } },
      person.token,
    );
    const { requestMyEmailChange: b } = await app.gqlData(
      REQUEST,
      { input: { newEmail: unused, currentPassword: PASSWORD } },
      someone.token,
    );
    expect(a.message.replace(owner.email, 'X')).toBe(b.message.replace(unused, 'X'));
    expect(Object.keys(a)).toEqual(Object.keys(b));

    // The owner of the used address opens their link: it is refused, and nothing changes.
    const emails = await emailsTo(owner.email);
    const token = /#token=(pbe_[A-Za-z0-9_-]{43})/.exec(emails.at(-1)!.body)![1];
    const refused = await app.gql(CONFIRM, { input: { token } });
    expect(resultCode(refused.data?.confirmEmailChange)).toBe('EMAIL_IN_USE');
    expect(expectTypename(refused.data?.confirmEmailChange, 'EmailInUseError').message).not.toContain(owner.email);
    expect(expectTypename(refused.data?.confirmEmailChange, 'EmailInUseError').message).not.toMatch(/Mia|program/i);
    expect(await loginWorks(person.email)).toBe(true);
  });

  it('an address taken between the request and the confirmation is refused', async () => {
    const person = await newMerchant();
    const next = fresh('taken-later');
    await app.gql(REQUEST, { input: { newEmail: next, currentPassword: PASSWORD } }, person.token);
    const token = await linkTokenTo(next);
    await createAccount(fx.system, { programId: fx.programId, email: next, displayName: 'Squatter', password: PASSWORD });
    expect(resultCode((await app.gql(CONFIRM, { input: { token } })).data?.confirmEmailChange)).toBe('EMAIL_IN_USE');
    expect(await loginWorks(person.email)).toBe(true);
  });

  it('at most 3 requests an hour per login', async () => {
    const person = await newMerchant();
    for (let i = 0; i < 3; i++) {
      const ok = await app.gql(REQUEST, { input: { newEmail: fresh('flood'), currentPassword: PASSWORD } }, person.token);
      expect(ok.data?.requestMyEmailChange.__typename).toBe('EmailChangeRequested');
    }
    const target = fresh('flood');
    const refused = await app.gql(REQUEST, { input: { newEmail: target, currentPassword: PASSWORD } }, person.token);
    expect(resultCode(refused.data?.requestMyEmailChange)).toBe('TOO_MANY_ATTEMPTS');
    expect(await emailsTo(target)).toHaveLength(0);
  });
});

describe('a merchant changes a partner’s email (updatePartner)', () => {
  it('a partner with a login confirms first: the contact email and sign-in change together, the old address is told', async () => {
    const partner = await newPartner();
    const next = fresh('merchant-set');
    const updated = await app.gql(UPDATE_PARTNER, { input: { id: partner.id, email: next, name: 'Pat Renamed' } }, fx.tokens.admin);
    expect(updated.data?.updatePartner).toMatchObject({ email: partner.email, pendingEmail: next });
    expect((await emailsTo(partner.email)).at(-1)!.body).toMatch(/program asked to change/);
    expect(await loginWorks(next)).toBe(false);

    await app.gql(CONFIRM, { input: { token: await linkTokenTo(next) } });
    expect((await app.gql(PARTNER, { id: partner.id }, fx.tokens.admin)).data?.partner).toEqual({ email: next, pendingEmail: null });
    expect(await loginWorks(next)).toBe(true);
    expect(await loginWorks(partner.email)).toBe(false);
    expect(await isSignedIn(partner.token!)).toBe(false);
  });

  it('the answer is the same when the new address belongs to another login', async () => {
    const partner = await newPartner();
    const owner = await newMerchant();
    const updated = await app.gql(UPDATE_PARTNER, { input: { id: partner.id, email: owner.email } }, fx.tokens.admin);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updatePartner).toMatchObject({ email: partner.email, pendingEmail: owner.email });
  });

  it('a partner without a login gets the new email directly, as before', async () => {
    const partner = await newPartner(false);
    const next = fresh('no-login');
    const updated = await app.gql(UPDATE_PARTNER, { input: { id: partner.id, email: next } }, fx.tokens.admin);
    expect(updated.data?.updatePartner).toMatchObject({ email: next, pendingEmail: null });
    expect(await emailsTo(next)).toHaveLength(0);
  });

  it('viewers cannot; an API key with write scope can, and the partner still confirms', async () => {
    const partner = await newPartner();
    const byViewer = await app.gql(UPDATE_PARTNER, { input: { id: partner.id, email: fresh('viewer') } }, fx.tokens.viewer);
    expect(byViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const next = fresh('api');
    const byKey = await app.gql(UPDATE_PARTNER, { input: { id: partner.id, email: next } }, fx.tokens.apiWrite);
    expect(byKey.data?.updatePartner).toMatchObject({ email: partner.email, pendingEmail: next });
  });
});

describe('a login in several programs (the email is the person’s sign-in everywhere)', () => {
  it('a merchant cannot change it: BAD_USER_INPUT naming no program, nothing changes; the partner changes it themselves for every program', async () => {
    const other = await createProgramFixture(app);
    const [{ name: otherName }] = await queryRows<{ name: string }>(app, `SELECT name FROM program WHERE id = $1`, [other.programId]);
    const partner = await newPartner();
    const [{ id: loginId }] = await queryRows<{ id: string }>(app, `SELECT id FROM login WHERE lower(email) = lower($1)`, [partner.email]);
    await addMembership(other.system, {
      programId: other.programId,
      loginId,
      displayName: 'Pat elsewhere',
      merchantRole: MerchantRole.VIEWER,
    });

    const next = fresh('merchant-multi');
    const refused = await app.gql(UPDATE_PARTNER, { input: { id: partner.id, email: next, name: 'Not renamed' } }, fx.tokens.admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/only they can change it/);
    expect(refused.errors?.[0]?.message).not.toContain(otherName);
    expect(JSON.stringify(refused)).not.toContain(other.programId);
    expect((await app.gql(PARTNER, { id: partner.id }, fx.tokens.admin)).data?.partner).toEqual({
      email: partner.email,
      pendingEmail: null,
    });
    expect(await emailsTo(next)).toHaveLength(0);
    expect(await isSignedIn(partner.token!)).toBe(true);

    // The person themselves may: the sign-in changes for both programs, and the sessions of both end.
    const elsewhere = await loginAs(app, partner.email, PASSWORD);
    const requested = await app.gql(REQUEST, { input: { newEmail: next, currentPassword: PASSWORD } }, partner.token);
    expect(requested.data?.requestMyEmailChange.__typename).toBe('EmailChangeRequested');
    const confirmed = await app.gql(CONFIRM, { input: { token: await linkTokenTo(next) } });
    expect(confirmed.data?.confirmEmailChange.__typename).toBe('EmailChangeConfirmed');
    const [row] = await queryRows<{ email: string; email_verified_at: Date | null }>(
      app,
      `SELECT email, email_verified_at FROM login WHERE id = $1`,
      [loginId],
    );
    expect(row.email).toBe(next);
    expect(row.email_verified_at).not.toBeNull();
    const [{ memberships }] = await queryRows<{ memberships: number }>(
      app,
      `SELECT count(*)::int AS memberships FROM account WHERE login_id = $1`,
      [loginId],
    );
    expect(memberships).toBe(2);
    expect((await app.gql(PARTNER, { id: partner.id }, fx.tokens.admin)).data?.partner).toEqual({ email: next, pendingEmail: null });
    expect(await loginWorks(next)).toBe(true);
    expect(await loginWorks(partner.email)).toBe(false);
    expect(await isSignedIn(partner.token!)).toBe(false);
    expect(await isSignedIn(elsewhere)).toBe(false);
  });
});

describe('who may', () => {
  it('API keys have no sign-in email to change; the link needs no sign-in', async () => {
    const byKey = await app.gql(REQUEST, { input: { newEmail: fresh('key'), currentPassword: PASSWORD } }, fx.tokens.apiWrite);
    expect(byKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql(REQUEST, { input: { newEmail: fresh('anon'), currentPassword: PASSWORD } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bogus = await app.gql(CONFIRM, { input: { token: `pbe_${'x'.repeat(43)}` } });
    expect(resultCode(bogus.data?.confirmEmailChange)).toBe('INVALID_TOKEN');
  });
});
