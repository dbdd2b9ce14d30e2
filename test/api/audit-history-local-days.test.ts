import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { errorCode, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { PAY, approvedSale, payPayload } from '../support/payments';

/**
 * The audit log and the commission history filter by days of the program's time zone (fromDay,
 * toDay), as the sales, commissions and payments lists do: in Pacific/Auckland a row recorded at
 * 11:30 UTC on 14 March is shown on 15 March, and filtering for 15 March finds it (and 14 March
 * does not). The instants are fixed (written into the rows), never the wall clock.
 */
let app: TestApp;
let fx: ProgramFixture;
const ZONE = 'Pacific/Auckland';
const INSTANT = '2026-03-14T11:30:00.000Z'; // Auckland (UTC+13 in March): 15 March 00:30

const SETTINGS = graphql(`
  mutation AuditHistoryLocalDaysSettings($input: ProgramSettingsInput!) {
    updateProgramSettings(input: $input) {
      timezone
    }
  }
`);

const AUDIT = graphql(`
  query AuditHistoryLocalDaysAudit($filter: AuditFilterInput!) {
    auditLog(filter: $filter, page: { first: 100 }) {
      totalCount
      nodes {
        id
        action
        createdAt
      }
    }
  }
`);

const HISTORY = graphql(`
  query AuditHistoryLocalDaysHistory($filter: CommissionHistoryFilter!) {
    commissionHistory(filter: $filter, page: { first: 100 }) {
      totalCount
      nodes {
        id
        paidAt
      }
    }
  }
`);

/** The day a list shows for an instant: its date in the program's time zone (what a person types into the filter). */
function shownDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  await app.gqlData(SETTINGS, { input: { timezone: ZONE } }, fx.tokens.admin);
  await approvedSale(app, fx, fx.partnerA.partnerKey, 50_000);
  const paid = await app.gqlData(
    PAY,
    { input: { idempotencyKey: randomUUID(), allowBelowThreshold: true, selection: { allEligible: true } } },
    fx.tokens.admin,
  );
  expect(payPayload(paid).paidCount).toBe(1);
  // One audit entry and the paid commission at the fixed instant; everything else stays "now".
  await app.dataSource.query(
    `UPDATE audit_entry SET created_at = $2 WHERE id = (SELECT id FROM audit_entry WHERE program_id = $1 AND action = 'commission.approve' LIMIT 1)`,
    [fx.programId, INSTANT],
  );
  await app.dataSource.query(`UPDATE commission SET paid_at = $2 WHERE program_id = $1 AND status = 'PAID'`, [fx.programId, INSTANT]);
});
afterAll(async () => app?.close());

describe('the audit log', () => {
  it('finds an entry by the day it is shown on in the program time zone', async () => {
    const all = (await app.gqlData(AUDIT, { filter: { action: 'commission.approve' } }, fx.tokens.admin)).auditLog.nodes;
    const moved = all.find((n) => new Date(n.createdAt).toISOString() === INSTANT);
    expect(moved).toBeDefined();
    const day = shownDay(moved!.createdAt);
    expect(day).toBe('2026-03-15');

    const onDay = await app.gqlData(AUDIT, { filter: { fromDay: day, toDay: day } }, fx.tokens.admin);
    expect(onDay.auditLog.nodes.map((n) => n.id)).toEqual([moved!.id]);
    // The UTC date of the instant is another day here: nothing was recorded on it.
    const utcDay = await app.gqlData(AUDIT, { filter: { fromDay: '2026-03-14', toDay: '2026-03-14' } }, fx.tokens.admin);
    expect(utcDay.auditLog.totalCount).toBe(0);
    // Open ends: from that day on finds it and the rest; up to the day before does not.
    const from = await app.gqlData(AUDIT, { filter: { fromDay: day } }, fx.tokens.admin);
    expect(from.auditLog.nodes.map((n) => n.id)).toContain(moved!.id);
    const before = await app.gqlData(AUDIT, { filter: { toDay: '2026-03-14' } }, fx.tokens.admin);
    expect(before.auditLog.totalCount).toBe(0);
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    for (const fromDay of ['2026-02-30', '15.03.2026']) {
      const response = await app.gql(AUDIT, { filter: { fromDay } }, fx.tokens.admin);
      expect(errorCode(response), fromDay).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the commission history', () => {
  it('finds a paid commission by the day it is shown on in the program time zone', async () => {
    const all = (await app.gqlData(HISTORY, { filter: {} }, fx.tokens.admin)).commissionHistory.nodes;
    expect(all.length).toBeGreaterThan(0);
    const day = shownDay(all[0].paidAt!);
    expect(day).toBe('2026-03-15');

    const onDay = await app.gqlData(HISTORY, { filter: { fromDay: day, toDay: day } }, fx.tokens.admin);
    expect(onDay.commissionHistory.nodes.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
    const utcDay = await app.gqlData(HISTORY, { filter: { fromDay: '2026-03-14', toDay: '2026-03-14' } }, fx.tokens.admin);
    expect(utcDay.commissionHistory.totalCount).toBe(0);
    const after = await app.gqlData(HISTORY, { filter: { fromDay: '2026-03-16' } }, fx.tokens.admin);
    expect(after.commissionHistory.totalCount).toBe(0);
    // A partner's own history takes the same days.
    const own = await app.gqlData(HISTORY, { filter: { fromDay: day, toDay: day } }, fx.tokens.partnerA);
    expect(own.commissionHistory.totalCount).toBe(all.length);
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    const response = await app.gql(HISTORY, { filter: { toDay: '2026-13-01' } }, fx.tokens.admin);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
