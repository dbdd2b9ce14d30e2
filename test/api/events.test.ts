import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestContext } from '../../server/src/common/request-context';
import { recordAudit } from '../../server/src/audit/audit.service';
import { EVENT_TYPE_OF_ACTION, EVENT_TYPES } from '../../server/src/events/event-catalog';
import { errorCode, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { EventsFeedQueryVariables } from '../gql/graphql';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { until } from '../support/wait-for';

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;

const EVENTS = graphql(`
  query EventsFeed($after: String, $first: Int, $types: [String!]) {
    events(after: $after, first: $first, types: $types) {
      edges {
        cursor
        node {
          id
          sequence
          type
          entityType
          entityId
          actorKind
          actorLabel
          occurredAt
          payload
        }
      }
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation EventsApprove($ids: [UUID!]!) {
    approveCommissions(selection: { ids: $ids }) {
      succeeded
    }
  }
`);
const CANCEL = graphql(`
  mutation EventsCancel($ids: [UUID!]!) {
    cancelCommissions(input: { selection: { ids: $ids }, reason: "storm" }) {
      succeeded
    }
  }
`);
const SUSPEND = graphql(`
  mutation EventsSuspend($id: UUID!) {
    updatePartner(input: { id: $id, status: SUSPENDED }) {
      id
    }
  }
`);

type AuditRow = { action: string; entity_type: string; entity_id: string; changes: unknown };

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  other = await createProgramFixture(app);
});
afterAll(async () => app?.close());

async function page(token: string, variables: EventsFeedQueryVariables) {
  const response = await app.gql(EVENTS, variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  if (!response.data) throw new Error(JSON.stringify(response));
  return response.data.events;
}

type FeedEvent = Awaited<ReturnType<typeof page>>['edges'][number]['node'];

/** Reads the whole feed after `after`, `first` at a time; answers the events and the cursor to resume from. */
async function readAll(token: string, after: string | null = null, first = 7, types?: string[]) {
  const events: FeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const result = await page(token, { after: cursor, first, types });
    events.push(...result.edges.map((edge) => edge.node));
    cursor = result.pageInfo.endCursor;
    if (!result.pageInfo.hasNextPage) return { events, cursor };
  }
}

const sequences = (events: FeedEvent[]) => events.map((event) => Number(event.sequence));
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('event feed', () => {
  it('has one event per audit entry, numbered 1, 2, 3, … per program, with its actor and payload', async () => {
    const results = await recordSales(
      app,
      fx.tokens.apiWrite,
      Array.from({ length: 30 }, (_, i) => ({
        externalId: `storm-${i}`,
        customerExternalId: `storm-c${i}`,
        productSku: 'TENT',
        amount: usd(10_000 + i),
        partnerKey: fx.partnerA.partnerKey,
      })),
    );
    const commissionIds = results.map((r) => saleRecorded(r).commissions[0].id);
    const approved = await app.gql(APPROVE, { ids: commissionIds }, fx.tokens.admin);
    expect(approved.data?.approveCommissions.succeeded).toBe(30);

    const { events } = await readAll(fx.tokens.apiRead);
    const audit = await queryRows<AuditRow>(
      app,
      `SELECT action, entity_type, entity_id, changes FROM audit_entry WHERE program_id = $1 ORDER BY id`,
      [fx.programId],
    );
    expect(sequences(events)).toEqual(range(1, audit.length));
    expect(events.map((e) => [e.type, e.entityType, e.entityId])).toEqual(
      audit.map((a) => [EVENT_TYPE_OF_ACTION[a.action as keyof typeof EVENT_TYPE_OF_ACTION], a.entity_type, a.entity_id]),
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const sales = events.filter((e) => e.type === 'sale.recorded');
    expect(sales).toHaveLength(30);
    expect(sales[0]).toMatchObject({ actorKind: 'API_KEY', actorLabel: 'api-key:backoffice', entityType: 'Sale' });
    expect(sales[0].payload).toMatchObject({ externalId: 'storm-0', amount: usd(10_000) });
    const approvals = events.filter((e) => e.type === 'commission.approved');
    expect(approvals.map((e) => e.entityId).sort()).toEqual([...commissionIds].sort());
    expect(approvals[0]).toMatchObject({ actorKind: 'MERCHANT', payload: { status: { from: 'PENDING', to: 'APPROVED' } } });
  });

  it('filters by type, and the cursor resumes where the last page ended', async () => {
    const all = await readAll(fx.tokens.admin);
    const approvals = await readAll(fx.tokens.admin, null, 4, ['commission.approved']);
    expect(approvals.events.map((e) => e.id)).toEqual(all.events.filter((e) => e.type === 'commission.approved').map((e) => e.id));

    // Nothing new: the end cursor stays put, so a poller keeps its place.
    const idle = await page(fx.tokens.admin, { after: all.cursor });
    expect(idle.edges).toEqual([]);
    expect(idle.pageInfo).toEqual({ hasNextPage: false, endCursor: all.cursor });

    await app.gql(SUSPEND, { id: fx.partnerB.id }, fx.tokens.admin);
    const next = await readAll(fx.tokens.admin, all.cursor);
    expect(next.events.map((e) => [e.type, e.entityId])).toEqual([['partner.statusChanged', fx.partnerB.id]]);
    expect(sequences(next.events)).toEqual([sequences(all.events).at(-1)! + 1]);
  });

  it('is per program: another program counts from 1 and sees only its own events', async () => {
    const mine = await readAll(other.tokens.admin);
    expect(sequences(mine.events)).toEqual(range(1, mine.events.length));
    const ids = new Set((await readAll(fx.tokens.admin)).events.map((e) => e.id));
    expect(mine.events.some((e) => ids.has(e.id))).toBe(false);
  });

  it('is for merchants and API keys only, and refuses bad paging input', async () => {
    for (const token of [fx.tokens.partnerA, fx.tokens.partnerB]) {
      const response = await app.gql(EVENTS, {}, token);
      expect(errorCode(response)).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.gql(EVENTS, {}, null))).toBe('UNAUTHENTICATED');
    for (const variables of [{ types: ['sale.exploded'] }, { types: [] }, { first: 0 }, { first: 501 }, { after: 'not-a-cursor' }]) {
      const response = await app.gql(EVENTS, variables, fx.tokens.viewer);
      expect(errorCode(response), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('never skips a transaction that commits late: sequence numbers follow commit order', async () => {
    const program = await createProgramFixture(app);
    const system = RequestContext.system(app.dataSource, program.programId);
    const start = await readAll(program.tokens.admin);
    const base = sequences(start.events).at(-1)!;
    const change = (label: string) => [{ action: 'program.settings' as const, entityType: 'Program', entityId: label }];

    // 1. A slow transaction records its change and stays open; a fast one records after it.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let slowRecorded!: () => void;
    const recorded = new Promise<void>((resolve) => (slowRecorded = resolve));
    const slow = system.transaction(async (tx) => {
      await recordAudit(tx, change('slow'));
      slowRecorded();
      await gate;
    });
    await recorded;
    let fastDone = false;
    const fast = system.transaction((tx) => recordAudit(tx, change('fast'))).then(() => (fastDone = true));
    // The fast one waits for the program's sequence (a lock wait), it does not take a number past the open one.
    await until(
      async () => {
        const [{ waiting }] = await queryRows<{ waiting: number }>(
          app,
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return waiting > 0;
      },
      10,
      'the second audit record to wait on the lock',
    );
    expect(fastDone).toBe(false);
    // A reader meanwhile sees neither, and keeps its cursor.
    const during = await readAll(program.tokens.admin, start.cursor);
    expect(during.events).toEqual([]);
    release();
    await Promise.all([slow, fast]);
    const after = await readAll(program.tokens.admin, during.cursor);
    expect(after.events.map((e) => [Number(e.sequence), e.entityId])).toEqual([
      [base + 1, 'slow'],
      [base + 2, 'fast'],
    ]);

    // 2. A transaction that began first but records its change last is numbered after the one
    // that committed in between, so a reader holding the in-between cursor still gets it.
    let proceed!: () => void;
    const proceedGate = new Promise<void>((resolve) => (proceed = resolve));
    let begun!: () => void;
    const hasBegun = new Promise<void>((resolve) => (begun = resolve));
    const early = system.transaction(async (tx) => {
      await tx.query(`SELECT txid_current()`);
      begun();
      await proceedGate;
      await recordAudit(tx, change('began-first'));
    });
    await hasBegun;
    await system.transaction((tx) => recordAudit(tx, change('began-second')));
    const middle = await readAll(program.tokens.admin, after.cursor);
    expect(middle.events.map((e) => e.entityId)).toEqual(['began-second']);
    proceed();
    await early;
    const late = await readAll(program.tokens.admin, middle.cursor);
    expect(late.events.map((e) => [Number(e.sequence), e.entityId])).toEqual([[base + 4, 'began-first']]);

    // 3. A rolled-back transaction gives its number back: no gap.
    await expect(
      system.transaction(async (tx) => {
        await recordAudit(tx, change('rolled-back'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await system.transaction((tx) => recordAudit(tx, change('after-rollback')));
    const rest = await readAll(program.tokens.admin, late.cursor);
    expect(rest.events.map((e) => [Number(e.sequence), e.entityId])).toEqual([[base + 5, 'after-rollback']]);
  });

  it('a storm of concurrent changes produces exactly one event per change, numbered without gaps or repeats', async () => {
    const program = await createProgramFixture(app);
    const writers = Array.from({ length: 8 }, (_, w) =>
      recordSales(
        app,
        w % 2 ? program.tokens.apiWrite : program.tokens.admin,
        Array.from({ length: 25 }, (_, i) => ({
          externalId: `storm-${w}-${i}`,
          customerExternalId: `storm-c${(w * 25 + i) % 13}`,
          productSku: 'TENT',
          amount: usd(1_000 + i),
          partnerKey: (w % 2 ? program.partnerA : program.partnerB).partnerKey,
        })),
      ),
    );
    const results = (await Promise.all(writers)).flat();
    // Then approvals and cancellations racing each other over the same commissions.
    const ids = results.map((r) => saleRecorded(r).commissions[0].id);
    const actions = ids.map((id, i) => {
      const variables = { ids: [id, ids[(i + 1) % ids.length]] };
      return i % 2 ? app.gql(APPROVE, variables, program.tokens.admin) : app.gql(CANCEL, variables, program.tokens.admin);
    });
    for (const response of await Promise.all(actions)) expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const { events } = await readAll(program.tokens.admin, null, 500);
    const audit = await queryRows<Pick<AuditRow, 'action' | 'entity_id'>>(
      app,
      `SELECT action, entity_id FROM audit_entry WHERE program_id = $1`,
      [program.programId],
    );
    expect(sequences(events)).toEqual(range(1, audit.length));
    const key = (type: string, entityId: string) => `${type} ${entityId}`;
    expect(events.map((e) => key(e.type, e.entityId)).sort()).toEqual(
      audit.map((a) => key(EVENT_TYPE_OF_ACTION[a.action as keyof typeof EVENT_TYPE_OF_ACTION], a.entity_id)).sort(),
    );
    expect(events.filter((e) => e.type === 'sale.recorded')).toHaveLength(200);
  });

  it('lists every type in the catalog', () => {
    expect(EVENT_TYPES).toContain('commission.approved');
    expect(EVENT_TYPES).toContain('partner.statusChanged');
    expect([...EVENT_TYPES].sort()).toEqual(EVENT_TYPES);
  });
});
