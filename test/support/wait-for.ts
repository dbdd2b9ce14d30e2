import type { Client } from 'pg';

/**
 * Bounded polling for the tests: wait for a condition, not a clock. The bound only turns a hang into a failure that names
 * what never happened: it is far beyond any wait on a loaded machine and below the tests' timeout.
 */
const GIVE_UP_AFTER_MS = 240_000;

/** Polls `check` until it returns a value other than undefined, and returns that value. */
export async function pollFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, pauseMs = 50): Promise<T> {
  const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > giveUpAt) throw new Error(`gave up after ${GIVE_UP_AFTER_MS / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** Polls `check` until it returns true (`what` names the condition in the failure if it never does). */
export async function until(check: () => Promise<boolean> | boolean, pauseMs = 50, what = 'a condition of the test'): Promise<void> {
  await pollFor(what, async () => ((await check()) ? true : undefined), pauseMs);
}

/** Polls until a backend of the database waits on a lock `holder` has; returns its pid. */
export async function backendBlockedBy(holder: Client): Promise<number> {
  const {
    rows: [{ pid: holderPid }],
  } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return pollFor(
    `a backend to wait on a lock held by backend ${holderPid}`,
    async () => {
      const { rows } = await holder.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND $1 = ANY(pg_blocking_pids(pid))`,
        [holderPid],
      );
      return rows.length > 0 ? rows[0].pid : undefined;
    },
    10,
  );
}

/** Polls until the backend `pid` is gone (its client died and PostgreSQL noticed). */
export async function backendGone(client: Client, pid: number): Promise<void> {
  await pollFor(
    `backend ${pid} to end`,
    async () => ((await client.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).rows.length === 0 ? true : undefined),
    20,
  );
}
