import { Attribution, Money } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { NotFoundError, BadInputError } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { Program, ThresholdMap } from './program.entity';
import { canonicalLocale, canonicalTimeZone } from './program-rules';

export async function getProgram(ctx: RequestContext): Promise<Program> {
  const program = await ctx.manager.getRepository(Program).findOneBy({ id: ctx.programId });
  if (!program) throw new NotFoundError('Program', ctx.programId);
  return program;
}

/** Thresholds as a per-currency map; one entry per currency, none negative. */
export function thresholdMap(thresholds: Money[]): ThresholdMap {
  const map: ThresholdMap = {};
  for (const threshold of thresholds) {
    if (threshold.currency in map) throw new BadInputError(`Two thresholds given for ${threshold.currency}`);
    if (threshold.amount < 0) throw new BadInputError('A pay threshold cannot be negative');
    map[threshold.currency] = threshold.amount;
  }
  return map;
}

export interface ProgramSettingsChange {
  name?: string;
  defaultAttribution?: Attribution;
  payThresholds?: Money[];
  holdingPeriodDays?: number;
  autoApprove?: boolean;
  timezone?: string;
  locale?: string;
}

export async function updateProgramSettings(ctx: RequestContext, change: ProgramSettingsChange): Promise<Program> {
  const timezone = change.timezone == null ? undefined : canonicalTimeZone(change.timezone.trim());
  if (timezone === null)
    throw new BadInputError(`"${change.timezone}" is not an IANA time zone such as "Europe/Berlin"`, { field: 'timezone' });
  const locale = change.locale == null ? undefined : canonicalLocale(change.locale.trim());
  if (locale === null) throw new BadInputError(`"${change.locale}" is not a BCP 47 locale such as "de-DE"`, { field: 'locale' });
  return ctx.transaction(async (tx) => {
    const repo = tx.manager.getRepository(Program);
    const program = await repo.createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: tx.programId }).getOne();
    if (!program) throw new NotFoundError('Program', tx.programId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set = <K extends keyof Program>(key: K, value: Program[K] | undefined) => {
      // No program setting can be cleared: null, like an absent field, leaves it as is.
      if (value === undefined || value === null || JSON.stringify(program[key]) === JSON.stringify(value)) return;
      before[key] = program[key];
      after[key] = value;
      program[key] = value;
    };
    set('name', change.name);
    set('defaultAttribution', change.defaultAttribution);
    set('payThresholdMap', change.payThresholds ? thresholdMap(change.payThresholds) : undefined);
    set('holdingPeriodDays', change.holdingPeriodDays);
    set('autoApprove', change.autoApprove);
    set('timezone', timezone);
    set('locale', locale);
    if (Object.keys(after).length > 0) {
      await repo.save(program);
      if ('holdingPeriodDays' in after) {
        // Pending sale commissions follow the new holding period; rewards and clawbacks are never held.
        await tx.query(
          `UPDATE commission c SET payable_at = s.occurred_at + make_interval(days => $2), updated_at = now()
             FROM sale s
            WHERE c.sale_id = s.id AND c.program_id = $1 AND c.kind = 'SALE' AND c.status = 'PENDING'`,
          [program.id, program.holdingPeriodDays],
        );
      }
      await recordAudit(tx, [{ action: 'program.settings', entityType: 'Program', entityId: program.id, changes: { before, after } }]);
    }
    return program;
  });
}
