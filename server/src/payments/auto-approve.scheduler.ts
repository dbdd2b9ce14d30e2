import { DataSource } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/audit.service';
import { logger } from '../logger';

/** Rows approved per statement: bounded transactions even after a long outage. */
const BATCH_SIZE = 1000;

export interface AutoApprovePassResult {
  approved: number;
  programs: number;
}

/**
 * One pass of auto-approval: in every program with auto-approve on, PENDING sale commissions
 * whose holding period has passed become APPROVED, set-based, audited as the SYSTEM actor.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so two server instances running passes at once
 * split the work instead of approving (and auditing) a commission twice, and a row locked by a
 * merchant's cancel or a refund is left for the next pass.
 */
export async function runAutoApprovePass(dataSource: DataSource, now: Date = new Date()): Promise<AutoApprovePassResult> {
  const programs = await dataSource.query<{ id: string }[]>(`SELECT id FROM program WHERE auto_approve ORDER BY id`);
  let approved = 0;
  for (const { id: programId } of programs) {
    const system = RequestContext.system(dataSource, programId);
    for (;;) {
      const batch = await system.transaction(async (tx) => {
        const rows = await tx.query<{ id: string }>(
          `UPDATE commission c SET status = 'APPROVED', approved_at = now(), updated_at = now()
             FROM (SELECT id FROM commission
                    WHERE program_id = $1 AND status = 'PENDING' AND kind = 'SALE' AND payable_at <= $2
                    ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) due
            WHERE c.program_id = $1 AND c.id = due.id AND c.status = 'PENDING'
            RETURNING c.id`,
          [programId, now, BATCH_SIZE],
        );
        await recordAudit(
          tx,
          rows.map((row) => ({
            action: 'commission.autoApprove',
            entityType: 'Commission',
            entityId: row.id,
            changes: { status: { from: 'PENDING', to: 'APPROVED' } },
          })),
        );
        return rows.length;
      });
      approved += batch;
      if (batch < BATCH_SIZE) break;
    }
  }
  return { approved, programs: programs.length };
}

export interface Scheduler {
  /** True from start until stop (readiness reports it). */
  readonly active: boolean;
  stop(): Promise<void>;
}

/** Runs `runAutoApprovePass` every `intervalMs` (never overlapping itself) until stopped. */
export function startAutoApproveScheduler(dataSource: DataSource, intervalMs: number): Scheduler {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runAutoApprovePass(dataSource)
      .then((result) => {
        if (result.approved > 0) logger.info(result, 'auto-approved commissions');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'auto-approve pass failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  let active = true;
  return {
    get active() {
      return active;
    },
    stop: async () => {
      active = false;
      clearInterval(timer);
      await running;
    },
  };
}
