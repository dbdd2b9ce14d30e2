import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../server/src/common/clock';
import { PROBE_REUSE_MS, STANDBY_RETRY_MS } from '../../server/src/database/read-routing';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PAY, approvedSale, sell } from '../support/payments';
import { findPostgresBinaries, ReplicatedCluster, startReplicatedCluster } from '../support/replicated-cluster';
import { GraphQLResponse, startAppOn, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { ReadStandbyPartnerDashboardQuery, ReadStandbyPartnersQuery } from '../gql/graphql';

/**
 * DATABASE_READ_URL against a real streaming-replication hot standby (PostgreSQL's own initdb,
 * pg_basebackup -R and postgres, started here on loopback ports). The standby is proven to serve
 * the read by what it does not have yet: with its replay paused, a row the primary has is missing
 * from the answer, which says how old it may be.
 */
const bin = findPostgresBinaries();
const MAX_LAG_MS = 2_000;
const WINDOW_MS = 5_000;
const TITLE = 'partner reads from a hot standby';

const PARTNER_DASHBOARD = graphql(`
  query ReadStandbyPartnerDashboard {
    me {
      partner {
        id
        stats {
          salesCount
          salesTotals {
            amount
            currency
          }
          balances {
            status
            count
            total {
              amount
              currency
            }
          }
        }
      }
    }
    myCommissions(page: { first: 100 }) {
      totalCount
      nodes {
        id
        status
        amount {
          amount
          currency
        }
      }
    }
    myPayments(page: { first: 100 }) {
      totalCount
      nodes {
        id
        amount {
          amount
          currency
        }
        commissionCount
      }
    }
  }
`);
/** Every other query a partner may send: none may need to write (a standby refuses writes). */
const PARTNER_PAGES = graphql(`
  query ReadStandbyPartnerPages($from: DateTimeISO!, $to: DateTimeISO!) {
    sales(page: { first: 100 }) {
      totalCount
      nodes {
        id
        amount {
          amount
          currency
        }
        refunded {
          amount
          currency
        }
      }
    }
    commissionHistory(page: { first: 100 }) {
      totalCount
      nodes {
        id
        status
        amount {
          amount
          currency
        }
      }
    }
    myOverview(input: { bucket: MONTH, from: $from, to: $to }) {
      series {
        currency
        points {
          earned {
            amount
            currency
          }
          earnedCount
          clawbacks {
            amount
            currency
          }
          clawbackCount
          payoutCount
        }
      }
    }
    myMessages(page: { first: 10 }) {
      totalCount
    }
  }
`);
const PARTNERS = graphql(`
  query ReadStandbyPartners {
    partners(page: { first: 100 }) {
      totalCount
      nodes {
        id
        name
        stats {
          balances {
            status
            count
            total {
              amount
              currency
            }
          }
        }
      }
    }
  }
`);
const MY_SESSIONS = graphql(`
  query ReadStandbyMySessions {
    mySessions {
      current
      createdAt
    }
  }
`);
const PENDING_COMMISSIONS = graphql(`
  query ReadStandbyPendingCommissions {
    pendingCommissions {
      totalCount
    }
  }
`);
const UPDATE_PARTNER = graphql(`
  mutation ReadStandbyUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
      name
    }
  }
`);

/** A document without variables. */
type NoVariables = { [key: string]: never };

type ReadFrom = { source: string; lagMs: number; reason?: string };
const readFrom = (response: GraphQLResponse<unknown>) =>
  (response as GraphQLResponse<unknown> & { extensions?: { readFrom?: ReadFrom } }).extensions?.readFrom;

describe.skipIf(!bin)(
  bin ? TITLE : `${TITLE} — SKIPPED: no pg_basebackup on this machine (install PostgreSQL, e.g. Debian's postgresql-15)`,
  () => {
    let cluster: ReplicatedCluster;
    let app: TestApp;
    /** A second instance on the same primary and standby: the read-your-writes marker must reach it. */
    let other: TestApp;
    /** Instances that trust one probe for an hour: their next reads go to a standby that has gone since. */
    let trustingGraphql: TestApp;
    let trustingExports: TestApp;
    /** The same database without a standby: the reference answers. */
    let primaryOnly: TestApp;
    let fx: ProgramFixture;
    const clock = new AdjustableClock();

    async function gql<TData>(target: TestApp, query: TypedDocumentNode<TData, NoVariables>, token: string) {
      const response = await target.gql(query, {}, token);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.status).toBe(200);
      return response;
    }
    const commissionIds = (response: GraphQLResponse<ReadStandbyPartnerDashboardQuery>) =>
      response.data!.myCommissions.nodes.map((node) => node.id);

    beforeAll(async () => {
      cluster = await startReplicatedCluster(bin!);
      await cluster.createDatabase('partnerbook');
      const settings = {
        databaseReadUrl: cluster.standbyUrl('partnerbook'),
        readMaxLagMs: MAX_LAG_MS,
        readYourWritesMs: WINDOW_MS,
        readConnectTimeoutMs: 500,
      };
      app = await startAppOn(cluster.primaryUrl('partnerbook'), settings, undefined, { clock });
      other = await startAppOn(cluster.primaryUrl('partnerbook'), settings, undefined, { clock });
      trustingGraphql = await startAppOn(cluster.primaryUrl('partnerbook'), settings, undefined, { clock, readProbeReuseMs: 3_600_000 });
      trustingExports = await startAppOn(cluster.primaryUrl('partnerbook'), settings, undefined, { clock, readProbeReuseMs: 3_600_000 });
      primaryOnly = await startAppOn(cluster.primaryUrl('partnerbook'));
      fx = await createProgramFixture(app);
      const key = fx.partnerA.partnerKey;
      await approvedSale(app, fx, key, 40_000);
      await approvedSale(app, fx, key, 25_000, 'EUR');
      await sell(app, fx, key, 12_345);
      const paid = await app.gql(
        PAY,
        {
          input: {
            idempotencyKey: 'standby-pay-1',
            selection: { partnerIds: [fx.partnerA.id] },
            currency: 'USD',
            // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: kept as sent
            method: 'BANK_TRANSFER',
            allowBelowThreshold: true,
          },
        },
        fx.tokens.admin,
      );
      expect(paid.errors, JSON.stringify(paid.errors)).toBeUndefined();
      await approvedSale(app, fx, key, 9_999);
      await cluster.waitForReplay();
    }, 120_000);

    afterAll(async () => {
      await cluster?.resumeReplay().catch(() => undefined);
      await app?.close();
      await other?.close();
      await trustingGraphql?.close();
      await trustingExports?.close();
      await primaryOnly?.close();
      await cluster?.destroy();
    });

    it('serves partner dashboards from the standby, which is proven by what it has not replayed yet', async () => {
      const before = await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA);
      expect(readFrom(before)).toMatchObject({ source: 'standby' });
      expect(readFrom(before)!.lagMs).toBeLessThanOrEqual(MAX_LAG_MS);

      await cluster.pauseReplay();
      try {
        const [fresh] = await sell(app, fx, fx.partnerA.partnerKey, 50_000);
        clock.advance(100);
        const stale = await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA);
        expect(readFrom(stale)).toMatchObject({ source: 'standby' });
        // Honest about its age: at least the 100 ms the clock moved since the standby was known current.
        expect(readFrom(stale)!.lagMs).toBeGreaterThanOrEqual(100);
        expect(readFrom(stale)!.lagMs).toBeLessThanOrEqual(MAX_LAG_MS);
        expect(commissionIds(stale)).not.toContain(fresh);
        expect(stale.data).toEqual(before.data);
        // The primary has it all along.
        expect(commissionIds(await gql(primaryOnly, PARTNER_DASHBOARD, fx.tokens.partnerA))).toContain(fresh);

        await cluster.resumeReplay();
        await cluster.waitForReplay();
        const caughtUp = await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA);
        expect(readFrom(caughtUp)).toMatchObject({ source: 'standby' });
        expect(commissionIds(caughtUp)).toContain(fresh);
      } finally {
        await cluster.resumeReplay();
      }
    });

    it('answers money identically from the standby and the primary: dashboards, partner lists, exports', async () => {
      await cluster.waitForReplay();
      const reads: [TypedDocumentNode<unknown, NoVariables>, string][] = [
        [PARTNER_DASHBOARD, fx.tokens.partnerA],
        [PARTNERS, fx.tokens.viewer],
        [PARTNERS, fx.tokens.apiRead],
      ];
      for (const [query, token] of reads) {
        const standby = await gql(app, query, token);
        expect(readFrom(standby)).toMatchObject({ source: 'standby' });
        const primary = await gql(primaryOnly, query, token);
        expect(readFrom(primary)).toBeUndefined();
        expect(standby.data).toEqual(primary.data);
      }
      for (const path of ['/exports/commission-history.csv', '/exports/payments.csv']) {
        const download = async (target: TestApp) => {
          const response = await fetch(`${target.url}${path}`, { headers: { authorization: `Bearer ${fx.tokens.partnerA}` } });
          return { status: response.status, headers: response.headers, text: await response.text() };
        };
        const standby = await download(app);
        expect(standby.status, standby.text).toBe(200);
        expect(standby.headers.get('x-read-from')).toBe('standby');
        expect(Number(standby.headers.get('x-read-lag-ms'))).toBeLessThanOrEqual(MAX_LAG_MS);
        const primary = await download(primaryOnly);
        expect(primary.headers.get('x-read-from')).toBeNull();
        expect(standby.text).toBe(primary.text);
        expect(standby.text.split('\r\n').length).toBeGreaterThan(2);
      }
      const year = new Date().getUTCFullYear();
      const range = { from: `${year - 1}-01-01T00:00:00Z`, to: `${year + 2}-01-01T00:00:00Z` };
      const pages = await app.gql(PARTNER_PAGES, range, fx.tokens.partnerA);
      expect(pages.errors, JSON.stringify(pages.errors)).toBeUndefined();
      expect(readFrom(pages)).toMatchObject({ source: 'standby' });
      expect(pages.data).toEqual((await primaryOnly.gql(PARTNER_PAGES, range, fx.tokens.partnerA)).data);
      const sessions = await gql(app, MY_SESSIONS, fx.tokens.partnerA);
      expect(readFrom(sessions)).toMatchObject({ source: 'standby' });
      expect(sessions.data!.mySessions.some((session) => session.current)).toBe(true);
      // Merchant pages other than the partner list stay on the primary, and say so.
      const pending = await gql(app, PENDING_COMMISSIONS, fx.tokens.viewer);
      expect(readFrom(pending)).toEqual({ source: 'primary', lagMs: 0, reason: 'primary-only' });
    });

    it('serves 24 concurrent reads on two instances from the standby, each answer the same as the primary answer', async () => {
      await cluster.waitForReplay();
      const reference = await gql(primaryOnly, PARTNER_DASHBOARD, fx.tokens.partnerA);
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, i) => gql(i % 2 ? app : other, PARTNER_DASHBOARD, fx.tokens.partnerA)),
      );
      for (const answer of answers) {
        expect(readFrom(answer)).toMatchObject({ source: 'standby' });
        expect(answer.data).toEqual(reference.data);
      }
    });

    it('reads its own writes on every instance: after a mutation the writer reads the primary for the window', async () => {
      await cluster.waitForReplay();
      // Each instance sees the standby current once, so that it can bound its age while replay is paused below.
      for (const instance of [app, other])
        expect(readFrom(await gql(instance, PARTNERS, fx.tokens.viewer))).toMatchObject({ source: 'standby' });
      await cluster.pauseReplay();
      try {
        const renamed = `Renamed ${Date.now()}`;
        const update = await app.gql(UPDATE_PARTNER, { input: { id: fx.partnerB.id, name: renamed } }, fx.tokens.admin);
        expect(update.errors, JSON.stringify(update.errors)).toBeUndefined();
        const names = (response: GraphQLResponse<ReadStandbyPartnersQuery>) => response.data!.partners.nodes.map((node) => node.name);
        for (const instance of [app, other]) {
          const own = await gql(instance, PARTNERS, fx.tokens.admin);
          expect(readFrom(own)).toEqual({ source: 'primary', lagMs: 0, reason: 'recent-write' });
          expect(names(own)).toContain(renamed);
          // Another reader is served by the standby, which has not replayed the change: it says how old its answer is.
          const viewer = await gql(instance, PARTNERS, fx.tokens.viewer);
          expect(readFrom(viewer)).toMatchObject({ source: 'standby' });
          expect(names(viewer)).not.toContain(renamed);
        }
        await cluster.resumeReplay();
        await cluster.waitForReplay();
        expect(readFrom(await gql(other, PARTNERS, fx.tokens.admin))).toMatchObject({ reason: 'recent-write' });
        clock.advance(WINDOW_MS + 1);
        const later = await gql(other, PARTNERS, fx.tokens.admin);
        expect(readFrom(later)).toMatchObject({ source: 'standby' });
        expect(names(later)).toContain(renamed);
      } finally {
        await cluster.resumeReplay();
      }
    });

    it('falls back to the primary when replay is paused beyond READ_MAX_LAG_MS', async () => {
      await cluster.waitForReplay();
      await cluster.pauseReplay();
      try {
        const [fresh] = await sell(app, fx, fx.partnerA.partnerKey, 7_000);
        clock.advance(MAX_LAG_MS + 1);
        const response = await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA);
        expect(readFrom(response)).toEqual({ source: 'primary', lagMs: 0, reason: 'lag' });
        expect(commissionIds(response)).toContain(fresh);
        const csv = await fetch(`${app.url}/exports/commission-history.csv`, {
          headers: { authorization: `Bearer ${fx.tokens.partnerA}` },
        });
        expect(csv.status).toBe(200);
        expect(csv.headers.get('x-read-from')).toBe('primary');
        await csv.text();
      } finally {
        await cluster.resumeReplay();
      }
      await cluster.waitForReplay();
      // A probe younger than PROBE_REUSE_MS (taken while replay was paused) may still be reused: let it lapse.
      clock.advance(PROBE_REUSE_MS + 1);
      expect(readFrom(await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA))).toMatchObject({ source: 'standby' });
    });

    it('falls back to the primary when the standby is down, and returns to it once it is back', async () => {
      const download = (target: TestApp) =>
        fetch(`${target.url}/exports/payments.csv`, { headers: { authorization: `Bearer ${fx.tokens.partnerA}` } });
      await cluster.waitForReplay();
      clock.advance(STANDBY_RETRY_MS + 1);
      expect(readFrom(await gql(trustingGraphql, PARTNER_DASHBOARD, fx.tokens.partnerA))).toMatchObject({ source: 'standby' });
      const before = await download(trustingExports);
      expect(before.headers.get('x-read-from')).toBe('standby');
      const csvBefore = await before.text();
      await cluster.stopStandby();
      try {
        // Gone after the probe that sent these reads to it: the read moves to the primary, the answer says so.
        const reference = await gql(primaryOnly, PARTNER_DASHBOARD, fx.tokens.partnerA);
        const moved = await gql(trustingGraphql, PARTNER_DASHBOARD, fx.tokens.partnerA);
        expect(readFrom(moved)).toEqual({ source: 'primary', lagMs: 0, reason: 'standby-unavailable' });
        expect(moved.data).toEqual(reference.data);
        const movedCsv = await download(trustingExports);
        expect(movedCsv.status).toBe(200);
        expect(movedCsv.headers.get('x-read-from')).toBe('primary');
        expect(await movedCsv.text()).toBe(csvBefore);
        for (let i = 0; i < 3; i++) {
          const response = await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA);
          expect(readFrom(response)).toEqual({ source: 'primary', lagMs: 0, reason: 'standby-unavailable' });
          expect(response.data).toEqual(reference.data);
        }
        const csv = await fetch(`${app.url}/exports/payments.csv`, { headers: { authorization: `Bearer ${fx.tokens.partnerA}` } });
        expect(csv.status).toBe(200);
        expect(csv.headers.get('x-read-from')).toBe('primary');
        await csv.text();
        // Once the retry pause is over the standby is tried again (and still refuses): still the primary, never an error.
        clock.advance(STANDBY_RETRY_MS + 1);
        expect(readFrom(await gql(app, PARTNERS, fx.tokens.viewer))).toMatchObject({ reason: 'standby-unavailable' });
      } finally {
        await cluster.startStandby();
      }
      await cluster.waitForReplay();
      clock.advance(STANDBY_RETRY_MS + 1);
      expect(readFrom(await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA))).toMatchObject({ source: 'standby' });
    });

    it('falls back to the primary when the standby is frozen (connections open, nothing answers): bounded, never a hang', async () => {
      await cluster.waitForReplay();
      clock.advance(STANDBY_RETRY_MS + 1);
      expect(readFrom(await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA))).toMatchObject({ source: 'standby' });
      cluster.freezeStandby();
      try {
        clock.advance(PROBE_REUSE_MS + 1);
        const reference = await gql(primaryOnly, PARTNER_DASHBOARD, fx.tokens.partnerA);
        // The probe gives up after DATABASE_READ_CONNECT_TIMEOUT_MS (500 ms here); then the standby is left alone for a while.
        for (const instance of [app, other]) {
          const response = await gql(instance, PARTNER_DASHBOARD, fx.tokens.partnerA);
          expect(readFrom(response)).toEqual({ source: 'primary', lagMs: 0, reason: 'standby-unavailable' });
          expect(response.data).toEqual(reference.data);
        }
        const csv = await fetch(`${app.url}/exports/payments.csv`, { headers: { authorization: `Bearer ${fx.tokens.partnerA}` } });
        expect(csv.status).toBe(200);
        expect(csv.headers.get('x-read-from')).toBe('primary');
        await csv.text();
      } finally {
        cluster.thawStandby();
      }
      await cluster.waitForReplay();
      clock.advance(STANDBY_RETRY_MS + 1);
      expect(readFrom(await gql(app, PARTNER_DASHBOARD, fx.tokens.partnerA))).toMatchObject({ source: 'standby' });
    });

    it('never reads from a DATABASE_READ_URL that is not a standby in recovery (e.g. the primary itself, or a promoted one)', async () => {
      const misconfigured = await startAppOn(
        cluster.primaryUrl('partnerbook'),
        { databaseReadUrl: cluster.primaryUrl('partnerbook'), readMaxLagMs: MAX_LAG_MS, readConnectTimeoutMs: 500 },
        undefined,
        { clock },
      );
      try {
        const response = await gql(misconfigured, PARTNER_DASHBOARD, fx.tokens.partnerA);
        expect(readFrom(response)).toEqual({ source: 'primary', lagMs: 0, reason: 'not-a-standby' });
        expect(response.data).toEqual((await gql(primaryOnly, PARTNER_DASHBOARD, fx.tokens.partnerA)).data);
      } finally {
        await misconfigured.close();
      }
    });
  },
);
