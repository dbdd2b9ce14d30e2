import { MerchantRole } from '@partnerbook/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { errorCode, queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, loginAs, ProgramFixture } from '../support/fixtures';
import { AdjustableClock } from '../../server/src/common/clock';
import { createAccount } from '../../server/src/auth/auth.service';
import { createPartner } from '../../server/src/partners/partner.service';

/**
 * Issue 12, the account gaps closed after the lifecycle landed: switching programs is audited (in
 * the program switched to, naming no other program); a pending email change can be withdrawn (by
 * the person, or by the merchant who started it for a partner), after which its link is dead; and
 * admins change a team member's sign-in email through the same confirmed-link machinery as a
 * partner's (refused for their own, and for a login that belongs to another program too).
 */
const PASSWORD = 'correct horse battery';

const Switch = graphql(`
  mutation AccountChangesSwitch($id: UUID!) {
    switchProgram(accountId: $id) {
      token
      viewer {
        kind
      }
    }
  }
`);
const MyPrograms = graphql(`
  query AccountChangesMyPrograms {
    myPrograms {
      accountId
      current
      program {
        id
      }
    }
  }
`);
const RequestChange = graphql(`
  mutation AccountChangesRequest($input: RequestMyEmailChangeInput!) {
    requestMyEmailChange(input: $input) {
      __typename
      ... on EmailChangeRequested {
        pendingEmail
      }
    }
  }
`);
const CancelMine = graphql(`
  mutation AccountChangesCancelMine {
    cancelMyEmailChange
  }
`);
const Confirm = graphql(`
  mutation AccountChangesConfirm($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      __typename
      ... on EmailChangeConfirmed {
        email
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const MyEmail = graphql(`
  query AccountChangesMyEmail {
    me {
      label
      pendingEmail
    }
  }
`);
const UpdatePartner = graphql(`
  mutation AccountChangesUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      email
      pendingEmail
    }
  }
`);
const CancelPartner = graphql(`
  mutation AccountChangesCancelPartner($id: UUID!) {
    cancelPartnerEmailChange(id: $id) {
      id
      email
      pendingEmail
    }
  }
`);
const Members = graphql(`
  query AccountChangesMembers {
    teamMembers {
      id
      email
      pendingEmail
    }
  }
`);
const ChangeMemberEmail = graphql(`
  mutation AccountChangesChangeMemberEmail($input: ChangeTeamMemberEmailInput!) {
    changeTeamMemberEmail(input: $input) {
      id
      email
      pendingEmail
    }
  }
`);
const CancelMember = graphql(`
  mutation AccountChangesCancelMember($accountId: UUID!) {
    cancelTeamMemberEmailChange(accountId: $accountId) {
      id
      email
      pendingEmail
    }
  }
`);
const Login = graphql(`
  mutation AccountChangesLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
    }
  }
`);

let app: TestApp;
let a: ProgramFixture;
let b: ProgramFixture;
const clock = new AdjustableClock();

beforeAll(async () => {
  app = await startTestApp({}, { clock });
  [a, b] = [await createProgramFixture(app), await createProgramFixture(app)];
});
afterAll(async () => app?.close());

let people = 0;
const fresh = (what: string) => `${what}-${++people}-${Math.random().toString(36).slice(2, 8)}@test.dev`;

async function newMember(fx: ProgramFixture, email = fresh('member'), role = MerchantRole.VIEWER) {
  const account = await createAccount(fx.system, {
    programId: fx.programId,
    email,
    displayName: 'Mo Member',
    password: PASSWORD,
    merchantRole: role,
  });
  return { id: account.id, email };
}

async function newPartner(fx: ProgramFixture, email = fresh('partner')) {
  const partner = await createPartner(fx.system, {
    name: 'Pat Partner',
    email,
    partnerKey: `p-${++people}-${Math.random().toString(36).slice(2, 8)}`,
    password: PASSWORD,
  });
  return { id: partner.id, email };
}

async function emailsTo(recipient: string): Promise<{ subject: string; body: string }[]> {
  return app.dataSource.query(
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

async function confirm(token: string) {
  return (await app.gqlData(Confirm, { input: { token } })).confirmEmailChange;
}

async function loginWorks(email: string): Promise<boolean> {
  return (await app.gqlData(Login, { input: { email, password: PASSWORD } })).login.__typename === 'AuthSession';
}

async function programName(fx: ProgramFixture): Promise<string> {
  const [row] = await queryRows<{ name: string }>(app, `SELECT name FROM program WHERE id = $1`, [fx.programId]);
  return row.name;
}

describe('switchProgram is audited', () => {
  it('records account.switchProgram in the program switched to, by the arriving membership, naming no other program', async () => {
    const email = fresh('both');
    await newPartner(a, email);
    const member = await newMember(b, email);
    let token = await loginAs(app, email, PASSWORD);
    const programs = (await app.gqlData(MyPrograms, {}, token)).myPrograms;
    const inA = programs.find((p) => p.program.id === a.programId)!;
    // Start from A (the sign-in may have chosen B), then move to B.
    if (programs.find((p) => p.program.id === b.programId)!.current) {
      token = (await app.gqlData(Switch, { id: inA.accountId }, token)).switchProgram.token;
    }
    const before = await queryRows<{ id: string }>(app, `SELECT id FROM audit_entry WHERE action = 'account.switchProgram'`);
    const moved = (await app.gqlData(Switch, { id: member.id }, token)).switchProgram;
    expect(moved.viewer.kind).toBe('MERCHANT');

    const entries = await queryRows(
      app,
      `SELECT program_id, actor_kind, actor_id, actor_label, entity_type, entity_id, changes FROM audit_entry
        WHERE action = 'account.switchProgram' AND NOT (id = ANY($1::bigint[]))`,
      [before.map((row) => row.id)],
    );
    expect(entries).toEqual([
      {
        program_id: b.programId,
        actor_kind: 'MERCHANT',
        actor_id: member.id,
        actor_label: email,
        entity_type: 'Account',
        entity_id: member.id,
        changes: { kind: 'MERCHANT' },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(a.programId);
    // And its event, in B's feed.
    const [event] = await queryRows<{ program_id: string }>(
      app,
      `SELECT program_id FROM event WHERE type = 'account.programSwitched' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [member.id],
    );
    expect(event.program_id).toBe(b.programId);
  });
});

describe('withdrawing a pending email change', () => {
  it('the person withdraws their own: the link stops working, pendingEmail is gone, a second withdrawal answers false', async () => {
    const member = await newMember(a);
    const token = await loginAs(app, member.email, PASSWORD);
    const next = fresh('typo');
    const asked = await app.gqlData(RequestChange, { input: { newEmail: next, currentPassword: PASSWORD } }, token);
    expect(asked.requestMyEmailChange).toMatchObject({ __typename: 'EmailChangeRequested', pendingEmail: next });
    const link = await linkTokenTo(next);

    expect((await app.gqlData(CancelMine, {}, token)).cancelMyEmailChange).toBe(true);
    expect((await app.gqlData(MyEmail, {}, token)).me).toEqual({ label: member.email, pendingEmail: null });
    expect(await confirm(link)).toEqual({ __typename: 'InvalidTokenError', code: 'INVALID_TOKEN' });
    expect(await loginWorks(member.email)).toBe(true);
    expect(await loginWorks(next)).toBe(false);
    expect((await app.gqlData(CancelMine, {}, token)).cancelMyEmailChange).toBe(false);

    const [entry] = await queryRows(
      app,
      `SELECT program_id, actor_id, changes FROM audit_entry WHERE action = 'account.cancelEmailChange' AND entity_id = $1`,
      [member.id],
    );
    expect(entry).toEqual({ program_id: a.programId, actor_id: member.id, changes: { pendingEmail: next, byMerchant: false } });
  });

  it('a partner withdraws theirs too; API keys have no sign-in email to withdraw', async () => {
    const partner = await newPartner(a);
    const token = await loginAs(app, partner.email, PASSWORD);
    const next = fresh('partner-next');
    await app.gqlData(RequestChange, { input: { newEmail: next, currentPassword: PASSWORD } }, token);
    expect((await app.gqlData(CancelMine, {}, token)).cancelMyEmailChange).toBe(true);
    expect(await confirm(await linkTokenTo(next))).toMatchObject({ code: 'INVALID_TOKEN' });
    expect(errorCode(await app.gql(CancelMine, {}, a.tokens.apiWrite))).toBe('FORBIDDEN');
  });

  it("the merchant withdraws a partner's change started through updatePartner; viewers, partners and other programs cannot", async () => {
    const partner = await newPartner(a);
    const next = fresh('partner-new');
    const updated = (await app.gqlData(UpdatePartner, { input: { id: partner.id, email: next } }, a.tokens.admin)).updatePartner;
    expect(updated).toEqual({ email: partner.email, pendingEmail: next });
    const link = await linkTokenTo(next);

    expect(errorCode(await app.gql(CancelPartner, { id: partner.id }, a.tokens.viewer))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CancelPartner, { id: partner.id }, a.tokens.partnerA))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CancelPartner, { id: partner.id }, b.tokens.admin))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(CancelPartner, { id: '00000000-0000-4000-8000-000000000000' }, a.tokens.admin))).toBe('NOT_FOUND');

    const cancelled = (await app.gqlData(CancelPartner, { id: partner.id }, a.tokens.apiWrite)).cancelPartnerEmailChange;
    expect(cancelled).toEqual({ id: partner.id, email: partner.email, pendingEmail: null });
    expect(await confirm(link)).toMatchObject({ code: 'INVALID_TOKEN' });
    expect(await loginWorks(partner.email)).toBe(true);
    // Nothing pending: nothing changes, no error.
    expect((await app.gqlData(CancelPartner, { id: partner.id }, a.tokens.admin)).cancelPartnerEmailChange.pendingEmail).toBeNull();
  });
});

describe("an admin changes a team member's email", () => {
  it('confirmed by a link to the new address, the old one told; withdrawable; the member signs in with the new one', async () => {
    const member = await newMember(a);
    const next = fresh('member-new');
    const changed = (await app.gqlData(ChangeMemberEmail, { input: { accountId: member.id, email: next.toUpperCase() } }, a.tokens.admin))
      .changeTeamMemberEmail;
    expect(changed).toEqual({ id: member.id, email: member.email, pendingEmail: next });
    const [notice] = await emailsTo(member.email);
    expect(notice.subject).toMatch(/change of your .* sign-in email was requested/);
    expect(notice.body).toContain(next);
    expect(await loginWorks(next)).toBe(false);

    // Withdrawn: the first link is dead.
    const firstLink = await linkTokenTo(next);
    expect((await app.gqlData(CancelMember, { accountId: member.id }, a.tokens.admin)).cancelTeamMemberEmailChange.pendingEmail).toBeNull();
    expect(await confirm(firstLink)).toMatchObject({ code: 'INVALID_TOKEN' });

    // Asked again and confirmed.
    await app.gqlData(ChangeMemberEmail, { input: { accountId: member.id, email: next } }, a.tokens.admin);
    expect(await confirm(await linkTokenTo(next))).toEqual({ __typename: 'EmailChangeConfirmed', email: next });
    const members = (await app.gqlData(Members, {}, a.tokens.admin)).teamMembers;
    expect(members.find((m) => m.id === member.id)).toEqual({ id: member.id, email: next, pendingEmail: null });
    expect(await loginWorks(next)).toBe(true);
    expect(await loginWorks(member.email)).toBe(false);
    expect((await emailsTo(member.email)).at(-1)!.subject).toMatch(/sign-in email was changed/);
  });

  it("refuses the admin's own email, the same address, and a login that belongs to another program (naming none)", async () => {
    const admin = await newMember(a, fresh('admin'), MerchantRole.ADMIN);
    const adminToken = await loginAs(app, admin.email, PASSWORD);
    const own = await app.gql(ChangeMemberEmail, { input: { accountId: admin.id, email: fresh('mine') } }, adminToken);
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
    expect(own.errors![0].message).toMatch(/Your account/);

    const member = await newMember(a);
    expect(errorCode(await app.gql(ChangeMemberEmail, { input: { accountId: member.id, email: member.email } }, a.tokens.admin))).toBe(
      'BAD_USER_INPUT',
    );

    const shared = fresh('shared');
    await newPartner(b, shared);
    const inA = await newMember(a, shared);
    const next = fresh('shared-next');
    const refused = await app.gql(ChangeMemberEmail, { input: { accountId: inA.id, email: next } }, a.tokens.admin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions).toMatchObject({ field: 'email' });
    expect(refused.errors![0].message).not.toContain(await programName(b));
    expect(await emailsTo(next)).toHaveLength(0);
    expect((await app.gqlData(Members, {}, a.tokens.admin)).teamMembers.find((m) => m.id === inA.id)!.pendingEmail).toBeNull();
  });

  it('is for admins of the program only: viewers, partners, API keys and other programs are refused', async () => {
    const member = await newMember(a);
    const input = { accountId: member.id, email: fresh('nope') };
    expect(errorCode(await app.gql(ChangeMemberEmail, { input }, a.tokens.viewer))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ChangeMemberEmail, { input }, a.tokens.partnerA))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ChangeMemberEmail, { input }, a.tokens.apiWrite))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ChangeMemberEmail, { input }, b.tokens.admin))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(CancelMember, { accountId: member.id }, a.tokens.viewer))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CancelMember, { accountId: member.id }, a.tokens.partnerA))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CancelMember, { accountId: member.id }, b.tokens.admin))).toBe('NOT_FOUND');
    // A partner's account is not a team member.
    const [{ id: partnerAccount }] = await queryRows<{ id: string }>(app, `SELECT id FROM account WHERE partner_id = $1`, [a.partnerA.id]);
    expect(errorCode(await app.gql(ChangeMemberEmail, { input: { accountId: partnerAccount, email: fresh('x') } }, a.tokens.admin))).toBe(
      'NOT_FOUND',
    );
    expect(await emailsTo(input.email)).toHaveLength(0);
  });
});
