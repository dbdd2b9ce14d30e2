import pg from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseTimeouts } from '../config';
import { Clock, systemClock } from '../common/clock';
import { Actor, poolQuery } from '../common/request-context';
import { logger } from '../logger';
import { databaseUnavailability } from '../common/database-errors';
import { connectionOptions, createDataSource } from './data-source';

/** Where a read was served from, and how old its data may be (an upper bound, in milliseconds). */
export interface ReadRoute {
  source: 'standby' | 'primary';
  lagMs: number;
  /** Why a routed read went to the primary. */
  reason?: 'recent-write' | 'lag' | 'standby-unavailable' | 'not-a-standby' | 'primary-only';
}

export interface ReadRoutingOptions {
  /** DATABASE_READ_URL: a streaming-replication hot standby of the primary. */
  url: string;
  /** READ_MAX_LAG_MS: a standby further behind than this is not read. */
  maxLagMs: number;
  /** READ_YOUR_WRITES_MS: after a mutation the actor reads from the primary this long. */
  readYourWritesMs: number;
  /** Connecting to the standby and asking it where it is: beyond this, the read goes to the primary. */
  connectTimeoutMs: number;
  /** The request timeouts (statements on the standby are bounded like those on the primary). */
  timeouts: DatabaseTimeouts;
  poolSize: number;
  clock?: Clock;
  /** How long one probe's answer serves further requests (default PROBE_REUSE_MS; tests lengthen it). */
  probeReuseMs?: number;
}

/** After the standby failed to answer, reads stay on the primary this long before it is tried again. */
export const STANDBY_RETRY_MS = 1_000;

/** How many (time, primary WAL position) samples are kept to bound a lagging standby's age. */
const SAMPLES_KEPT = 256;

/** `X/Y` (hex) → a comparable number. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** Who the read-your-writes marker belongs to: a person's account or an API key (the system writes no marker). */
export function actorKey(actor: Actor): string | null {
  switch (actor.kind) {
    case 'MERCHANT':
    case 'PARTNER':
      return `account:${actor.accountId}`;
    case 'API_KEY':
      return `api-key:${actor.apiKeyId}`;
    case 'SYSTEM':
      return null;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** PostgreSQL's "canceling statement due to conflict with recovery" and friends: the standby, not the query, failed. */
const STANDBY_ONLY_FAILURES = new Set(['40001', '40P01', '25006', '57P04']);

/**
 * A read that the standby could not serve: it went away or stopped answering after the probe, or
 * cancelled the statement to replay WAL. Timeouts are not among them: the primary would be no faster.
 */
export function standbyFailed(error: unknown): boolean {
  const kind = databaseUnavailability(error);
  if (kind) return kind !== 'STATEMENT_TIMEOUT' && kind !== 'LOCK_TIMEOUT';
  for (let link: unknown = error, depth = 0; link && typeof link === 'object' && depth < 8; depth++) {
    const { code, originalError, driverError, cause } = link as {
      code?: unknown;
      originalError?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && STANDBY_ONLY_FAILURES.has(code)) return true;
    link = originalError ?? driverError ?? cause;
  }
  return false;
}

/** A probe's answer is reused by the requests of the next this many milliseconds. */
export const PROBE_REUSE_MS = 50;

type Probe = { kind: 'standby'; freshAt: number; dataSource: DataSource } | { kind: 'standby-unavailable' } | { kind: 'not-a-standby' };

interface StandbyState {
  recovery: boolean;
  replay: string | null;
  replayed_at: Date | null;
}

/**
 * Decides, per read, whether a streaming-replication hot standby may serve it.
 *
 * - **How old.** Before asking the standby, the primary's WAL insert position P is read (at time
 *   t0; the insert position, not the write position: with `synchronous_commit=off` a commit can
 *   be visible before its WAL is written).
 *   A standby that has replayed P holds everything committed before t0: its age is at most
 *   now − t0. One that has not is at most as old as the newer of: the last transaction it
 *   replayed (`pg_last_xact_replay_timestamp()`: nothing committed later may be there), and the
 *   latest earlier sample (time, P') whose P' it has replayed. The answer reports that bound.
 * - **Read your writes.** After a mutation the actor's marker (`read_your_writes`, on the primary,
 *   so every instance sees it) sends their reads to the primary for `readYourWritesMs`. It is read
 *   by primary key for every routed read, beside the (shared) probe; a marker that cannot be read
 *   counts as a recent write.
 * - **Fallback.** A standby that lags beyond `maxLagMs`, cannot be reached or does not answer
 *   within `connectTimeoutMs`, or is not in recovery at all, is not read: the primary is. After a
 *   failure the standby is left alone for STANDBY_RETRY_MS, so a dead standby costs nothing.
 */
export class ReadRouter {
  private readonly clock: Clock;
  private readonly probePool: pg.Pool;
  private standby: DataSource | undefined;
  private opening: Promise<DataSource> | undefined;
  private downUntil = 0;
  private reportedDown = false;
  private readonly samples: { at: number; lsn: bigint }[] = [];
  private probing: Promise<Probe> | undefined;
  private lastProbe: { at: number; probe: Probe } | undefined;

  constructor(
    private readonly primary: DataSource,
    private readonly options: ReadRoutingOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    const bound = { ...options.timeouts, connectMs: options.connectTimeoutMs, statementMs: options.connectTimeoutMs, keepAliveDelayMs: 0 };
    this.probePool = new pg.Pool({
      connectionString: options.url,
      max: 2,
      application_name: 'partnerbook-read-probe',
      ...connectionOptions(bound),
    });
    this.probePool.on('error', () => undefined); // an idle probe connection that breaks is simply replaced
  }

  /** Where the actor's read goes now: the standby's data source, or none for the primary. */
  async route(actor: Actor | null): Promise<{ route: ReadRoute; dataSource?: DataSource }> {
    const now = this.clock.now().getTime();
    if (now < this.downUntil) return { route: { source: 'primary', lagMs: 0, reason: 'standby-unavailable' } };
    const key = actor ? actorKey(actor) : null;
    const [recent, probe] = await Promise.all([
      key && this.options.readYourWritesMs > 0
        ? poolQuery<{ recent: boolean }>(
            this.primary,
            `SELECT until > $3 AS recent FROM read_your_writes WHERE program_id = $1 AND actor_key = $2`,
            [actor!.programId, key, new Date(now)],
          ).then(
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- no row yet reads as false, not undefined
            (rows) => rows[0]?.recent === true,
            // The primary does not answer: the read goes there and fails honestly (503), never to a standby nobody vouched for.
            () => true,
          )
        : false,
      this.probe(),
    ]);
    if (recent) return { route: { source: 'primary', lagMs: 0, reason: 'recent-write' } };
    if (probe.kind !== 'standby') return { route: { source: 'primary', lagMs: 0, reason: probe.kind } };
    const lagMs = Math.max(0, this.clock.now().getTime() - probe.freshAt);
    if (!(lagMs <= this.options.maxLagMs)) return { route: { source: 'primary', lagMs: 0, reason: 'lag' } };
    return { route: { source: 'standby', lagMs }, dataSource: probe.dataSource };
  }

  /**
   * Where the standby stands: one probe at a time for every request of this instance, its answer
   * reused for PROBE_REUSE_MS (the age it reports is computed per request, so reuse only makes it
   * more conservative).
   */
  private probe(): Promise<Probe> {
    const now = this.clock.now().getTime();
    if (this.lastProbe && now - this.lastProbe.at < (this.options.probeReuseMs ?? PROBE_REUSE_MS) && this.lastProbe.at <= now)
      return Promise.resolve(this.lastProbe.probe);
    this.probing ??= this.runProbe()
      .then((probe) => {
        this.lastProbe = { at: now, probe };
        return probe;
      })
      .finally(() => {
        this.probing = undefined;
      });
    return this.probing;
  }

  private async runProbe(): Promise<Probe> {
    const probedAt = this.clock.now().getTime();
    let primaryLsn: bigint;
    try {
      const [row] = await poolQuery<{ lsn: string }>(this.primary, `SELECT pg_current_wal_insert_lsn()::text AS lsn`);
      primaryLsn = lsnValue(row.lsn);
    } catch {
      // The primary does not answer: nothing can be vouched for; the read goes there and fails honestly (503).
      return { kind: 'standby-unavailable' };
    }
    let state: StandbyState;
    let dataSource: DataSource;
    try {
      const { rows } = await withTimeout(
        this.probePool.query<StandbyState>(
          `SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS replay, pg_last_xact_replay_timestamp() AS replayed_at`,
        ),
        this.options.connectTimeoutMs,
        'The standby',
      );
      state = rows[0];
      dataSource = await withTimeout(this.standbyDataSource(), this.options.connectTimeoutMs, 'The standby');
    } catch (error) {
      this.downUntil = this.clock.now().getTime() + STANDBY_RETRY_MS;
      if (!this.reportedDown) logger.warn({ cause: (error as Error).message }, 'standby unavailable: partner reads go to the primary');
      this.reportedDown = true;
      return { kind: 'standby-unavailable' };
    }
    if (this.reportedDown) logger.info('standby answers again: partner reads go to it');
    this.reportedDown = false;
    if (!state.recovery || state.replay === null) {
      this.downUntil = this.clock.now().getTime() + STANDBY_RETRY_MS;
      logger.warn('DATABASE_READ_URL is not a standby in recovery: reads go to the primary');
      return { kind: 'not-a-standby' };
    }
    return { kind: 'standby', freshAt: this.freshAt(lsnValue(state.replay), state.replayed_at, probedAt, primaryLsn), dataSource };
  }

  /**
   * A time before which everything committed on the primary is on the standby (see the class
   * comment); -Infinity when nothing is known.
   */
  private freshAt(replay: bigint, replayedAt: Date | null, probedAt: number, primaryLsn: bigint): number {
    this.samples.push({ at: probedAt, lsn: primaryLsn });
    if (this.samples.length > SAMPLES_KEPT) this.samples.shift();
    if (replay >= primaryLsn) return probedAt;
    let newest = replayedAt ? replayedAt.getTime() : -Infinity;
    for (const sample of this.samples) if (sample.lsn <= replay && sample.at > newest) newest = sample.at;
    return newest;
  }

  /**
   * A read sent to the standby failed there (it went away after the probe, or cancelled the query
   * in a recovery conflict): reads go to the primary until it is probed again.
   */
  reportStandbyFailure(error: unknown): void {
    this.lastProbe = undefined;
    this.downUntil = this.clock.now().getTime() + STANDBY_RETRY_MS;
    if (!this.reportedDown) logger.warn({ cause: (error as Error)?.message }, 'standby failed a read: partner reads go to the primary');
    this.reportedDown = true;
  }

  /** After a mutation by `actor`: their reads go to the primary for the configured window. */
  async markWrite(actor: Actor): Promise<void> {
    const key = actorKey(actor);
    if (!key || this.options.readYourWritesMs <= 0) return;
    const until = new Date(this.clock.now().getTime() + this.options.readYourWritesMs);
    await poolQuery(
      this.primary,
      `INSERT INTO read_your_writes (program_id, actor_key, until) VALUES ($1, $2, $3)
       ON CONFLICT (program_id, actor_key) DO UPDATE SET until = GREATEST(read_your_writes.until, EXCLUDED.until)`,
      [actor.programId, key, until],
    );
  }

  /** The standby's URL, for a pool of its own (exports). */
  get url(): string {
    return this.options.url;
  }

  /** Connects the standby's data source once (again after a failed attempt). */
  private standbyDataSource(): Promise<DataSource> {
    if (this.standby?.isInitialized) return Promise.resolve(this.standby);
    this.opening ??= (async () => {
      const dataSource = createDataSource(this.options.url, {
        poolSize: this.options.poolSize,
        timeouts: { ...this.options.timeouts, connectMs: this.options.connectTimeoutMs },
        applicationName: 'partnerbook-read',
        readOnly: true,
      });
      try {
        await dataSource.initialize();
        this.standby = dataSource;
        return dataSource;
      } catch (error) {
        await dataSource.destroy().catch(() => undefined);
        throw error;
      } finally {
        this.opening = undefined;
      }
    })();
    return this.opening;
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined);
    await this.probePool.end().catch(() => undefined);
    if (this.standby?.isInitialized) await this.standby.destroy().catch(() => undefined);
  }
}
