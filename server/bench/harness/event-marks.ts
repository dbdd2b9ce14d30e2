import { Pool, PoolClient } from 'pg';

/** Where each program's event feed stood before a run: `resetEvents` takes the feed back there. */
export async function eventMarks(pool: Pool | PoolClient): Promise<string> {
  const { rows } = await pool.query(
    `SELECT coalesce(jsonb_agg(jsonb_build_object('program_id', program_id, 'last_seq', last_seq)), '[]')::text AS marks FROM event_sequence`,
  );
  return rows[0].marks as string;
}

/**
 * Deletes the events (and so their webhook deliveries) a run wrote, and gives their sequence
 * numbers back, so the feed stays gap-free and the next run writes the same numbers.
 */
export async function resetEvents(client: Pool | PoolClient, marks: string): Promise<void> {
  await client.query(
    `WITH m AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS m(program_id uuid, last_seq bigint))
     DELETE FROM event e WHERE e.seq > coalesce((SELECT m.last_seq FROM m WHERE m.program_id = e.program_id), 0)`,
    [marks],
  );
  await client.query(
    `WITH m AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS m(program_id uuid, last_seq bigint))
     UPDATE event_sequence s SET last_seq = coalesce((SELECT m.last_seq FROM m WHERE m.program_id = s.program_id), 0)`,
    [marks],
  );
}
