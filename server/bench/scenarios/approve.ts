import { eventMarks, resetEvents } from '../harness/event-marks';
import { BenchContext, Scenario } from '../harness/scenario';

/**
 * Bulk approve: a tenth of the table (100k PENDING commissions at 1M), approved by ids in batches
 * of 1,000 (the API's limit per call), one call at a time, asking for the counts and the per-item
 * outcome. The baseline is one `UPDATE … FROM unnest($ids)` per 1,000 with the same state check.
 */
const BATCH = 1_000;
const SHARE = 0.1;

const APPROVE = `mutation Approve($selection: CommissionSelection!) {
  approveCommissions(selection: $selection) { succeeded failed items { commissionId result { __typename ... on ErrorResult { code } } } }
}`;

let batches: string[][] = [];
let auditMark = '0';
let eventMark = '[]';

async function restore(bench: BenchContext) {
  const ids = batches.flat();
  await bench.pool.query(
    `UPDATE commission SET status = 'PENDING', approved_at = NULL WHERE program_id = $1 AND id = ANY($2::uuid[]) AND status = 'APPROVED'`,
    [bench.program.programId, ids],
  );
  await bench.pool.query(`DELETE FROM audit_entry WHERE id > $1`, [auditMark]);
  await resetEvents(bench.pool, eventMark);
  await bench.pool.query('VACUUM (ANALYZE) commission');
}

export const approve: Scenario = {
  name: 'approve',
  title: 'bulk approve, batches of 1,000',
  unit: 'rows',
  goal: { ratio: 0.7 },
  measures: {
    partnerbook:
      '`approveCommissions(selection: { ids })` over HTTP, 1,000 ids a call, asking `succeeded failed items { commissionId result { __typename … on ErrorResult { code } } }`.',
    baseline: "`UPDATE commission … FROM unnest($1::uuid[]) … WHERE status = 'PENDING'` per 1,000 ids, one statement (autocommit) each.",
  },

  async prepare(bench) {
    const size = Math.round(bench.stage.commissions * SHARE);
    const { rows } = await bench.pool.query<{ id: string }>(
      `SELECT id FROM commission WHERE program_id = $1 AND status = 'PENDING' AND kind = 'SALE' AND payable_at <= now() ORDER BY id LIMIT $2`,
      [bench.program.programId, size],
    );
    if (rows.length < size) throw new Error(`only ${rows.length} pending commissions for an approve of ${size}`);
    // Spread over the table (ids are random), each batch in the order a client would send them.
    batches = [];
    for (let i = 0; i < rows.length; i += BATCH) batches.push(rows.slice(i, i + BATCH).map((r) => r.id));
    auditMark = (await bench.pool.query(`SELECT coalesce(max(id), 0)::text AS mark FROM audit_entry`)).rows[0].mark;
    eventMark = await eventMarks(bench.pool);
  },

  async run(bench) {
    let approved = 0;
    const started = performance.now();
    for (const ids of batches) {
      const data = await bench.server.graphql(APPROVE, { selection: { ids } }, bench.program.adminToken);
      if (data.approveCommissions.failed !== 0) throw new Error(`approve: ${data.approveCommissions.failed} failed`);
      approved += data.approveCommissions.succeeded;
    }
    return { units: approved, ms: performance.now() - started };
  },

  async baseline(bench) {
    let approved = 0;
    const client = await bench.pool.connect();
    const started = performance.now();
    try {
      for (const ids of batches) {
        const result = await client.query(
          `UPDATE commission c SET status = 'APPROVED', approved_at = now(), updated_at = now()
             FROM unnest($2::uuid[]) AS u(id)
            WHERE c.id = u.id AND c.program_id = $1 AND c.status = 'PENDING'
           RETURNING c.id`,
          [bench.program.programId, ids],
        );
        approved += result.rowCount ?? 0;
      }
    } finally {
      client.release();
    }
    return { units: approved, ms: performance.now() - started };
  },

  reset: (bench) => restore(bench),
};
