import { CommissionRuleType, CommissionStatus, ExactMoney, PartnerStatus, PaymentMethod, minorUnits } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, ForbiddenError, NotFoundError, errorResult } from '../common/errors';
import { mapUniqueViolations } from '../common/database-errors';
import { Paging, paginate, sortKeyOf } from '../common/paging';
import { recordAudit } from '../audit/audit.service';
import { createAccount } from '../auth/auth.service';
import { LOGIN_JOIN, loginByEmail } from '../auth/login';
import { AccountEnvironment, createWelcomedLogin } from '../accounts/account.service';
import { payoutDetailsChangedEmail, queueAccountEmail } from '../accounts/account-emails';
import { startPartnerEmailChange } from '../accounts/email-change.service';
import { verifyPassword } from '../auth/password';
import { LoginThrottle } from '../auth/login-throttle';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { thresholdMap } from '../programs/program.service';
import { Partner } from './partner.entity';
import {
  ChangeMyPayoutDetailsInput,
  CommissionRuleInput,
  CreatePartnerInput,
  PartnerFilter,
  PartnerSort,
  PartnerSortField,
  PayoutMethodFields,
  SetPartnerPayoutMethodInput,
  UpdatePartnerInput,
} from './partner.inputs';
import {
  PayoutDetails,
  PayoutDetailsInvalid,
  describePayoutDetails,
  maskAccount,
  normalisePaypalEmail,
  payoutDetailsFor,
} from './payout-method-rules';
import { BalanceLine, PartnerStats, PartnerSuspendedError, PayoutDetailsChanged } from './partner.types';

function ruleColumns(rule: CommissionRuleInput | null | undefined) {
  if (!rule) return { ruleType: null, rateBps: null, flatAmountMinor: null, flatCurrency: null };
  if (rule.type === CommissionRuleType.PERCENT) {
    if (rule.rateBps === undefined || rule.rateBps === null) throw new BadInputError('A PERCENT rule needs rateBps');
    return { ruleType: rule.type, rateBps: rule.rateBps, flatAmountMinor: null, flatCurrency: null };
  }
  if (!rule.flatAmount) throw new BadInputError('A FLAT rule needs flatAmount');
  if (rule.flatAmount.amount < 0) throw new BadInputError('A flat commission cannot be negative');
  return { ruleType: rule.type, rateBps: null, flatAmountMinor: rule.flatAmount.amount, flatCurrency: rule.flatAmount.currency };
}

export { ruleColumns };

export async function getPartner(ctx: RequestContext, id: string): Promise<Partner> {
  const partner = await ctx.manager.getRepository(Partner).findOneBy({ id, programId: ctx.programId });
  if (!partner) throw new NotFoundError('Partner', id);
  return partner;
}

/** The signed-in partner's own record; the id comes from the session, never from the request. */
export function getOwnPartner(ctx: RequestContext): Promise<Partner> {
  return getPartner(ctx, ctx.partnerId);
}

export async function findPartnerByKey(ctx: RequestContext, partnerKey: string): Promise<Partner | null> {
  return ctx.manager.getRepository(Partner).findOneBy({ programId: ctx.programId, partnerKey });
}

export function listPartners(ctx: RequestContext, filter: PartnerFilter, page: Paging, sort?: PartnerSort | null) {
  const query = ctx.manager.getRepository(Partner).createQueryBuilder('p').where('p.program_id = :programId', { programId: ctx.programId });
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(p.name ILIKE :like OR p.email ILIKE :like OR p.partner_key ILIKE :like)', { like });
  }
  if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
  return paginate(query, page, { alias: 'p', table: 'partner', sort: sortKeyOf(PARTNER_SORT_SQL, sort) });
}

/** The partner list's sort keys (partner_search_idx and partner_email_idx hold the lower-cased name and email). */
const PARTNER_SORT_SQL: Record<PartnerSortField, (alias: string) => string> = {
  [PartnerSortField.NAME]: (alias) => `lower(${alias}.name)`,
  [PartnerSortField.EMAIL]: (alias) => `lower(${alias}.email)`,
  [PartnerSortField.CREATED_AT]: (alias) => `${alias}.created_at`,
};

const keyTaken = (partnerKey: string) => () => new BadInputError(`Partner key "${partnerKey}" is already taken`, { field: 'partnerKey' });
// Sign-in emails are unique across programs; the message does not say where the email is used.
const loginEmailUnavailable = () =>
  new BadInputError('This email cannot be used for a new portal login; use another one', { field: 'email' });

/**
 * Creates a partner. With `welcome` (the API), a partner without a password gets a login and an
 * email to choose their password; a password in the input (the demo seed, tests) sets it directly.
 */
export async function createPartner(ctx: RequestContext, input: CreatePartnerInput, welcome?: AccountEnvironment): Promise<Partner> {
  return ctx
    .transaction(async (tx) => {
      const repo = tx.manager.getRepository(Partner);
      if (await findPartnerByKey(tx, input.partnerKey)) throw keyTaken(input.partnerKey)();
      const partner = await repo.save(
        repo.create({
          programId: tx.programId,
          name: input.name,
          email: input.email.trim().toLowerCase(),
          partnerKey: input.partnerKey,
          // Set here rather than left to the column default, so the returned entity carries it.
          status: PartnerStatus.ACTIVE,
          paypalEmail: input.paypalEmail ?? null,
          payoutMethod: input.paypalEmail ? PaymentMethod.PAYPAL : null,
          payThresholdMap: thresholdMap(input.payThresholdOverrides ?? []),
          ...ruleColumns(input.commissionOverride),
        }),
      );
      if (input.password) {
        // A typed password may only start a new login: an address that already signs in keeps its own password.
        if (await loginByEmail(tx, partner.email)) {
          throw new BadInputError('This email already has a sign-in: leave the password out and the partner keeps their own', {
            field: 'email',
          });
        }
        await createAccount(tx, {
          programId: tx.programId,
          email: partner.email,
          displayName: partner.name,
          password: input.password,
          partnerId: partner.id,
        });
      } else if (welcome) {
        await createWelcomedLogin(
          tx,
          { programId: tx.programId, email: partner.email, displayName: partner.name, partnerId: partner.id },
          welcome,
        );
      }
      await recordAudit(tx, [
        {
          action: 'partner.create',
          entityType: 'Partner',
          entityId: partner.id,
          changes: { name: partner.name, email: partner.email, partnerKey: partner.partnerKey },
        },
      ]);
      return partner;
    })
    .catch(
      mapUniqueViolations({ partner_program_id_partner_key_key: keyTaken(input.partnerKey), account_email_key: loginEmailUnavailable }),
    );
}

export async function updatePartner(ctx: RequestContext, input: UpdatePartnerInput, env?: AccountEnvironment): Promise<Partner> {
  if (input.status === PartnerStatus.APPLIED || input.status === PartnerStatus.DECLINED) {
    throw new BadInputError('Only an application is APPLIED or DECLINED: set ACTIVE or SUSPENDED', { field: 'status' });
  }
  return ctx.transaction(async (tx) => {
    const partner = await getPartner(tx, input.id);
    if (
      input.status &&
      input.status !== partner.status &&
      (partner.status === PartnerStatus.APPLIED || partner.status === PartnerStatus.DECLINED)
    ) {
      // Approving sends the welcome email and a login; that is approvePartnerApplication's work.
      throw new BadInputError('This is an application: approve or decline it instead', { field: 'status' });
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const next: Partial<Partner> = {
      // null on a field that cannot be cleared means "leave as is", like an absent field.
      name: input.name ?? undefined,
      email: input.email?.trim().toLowerCase() ?? undefined,
      status: input.status ?? undefined,
      paypalEmail: input.paypalEmail,
      payThresholdMap: input.payThresholdOverrides ? thresholdMap(input.payThresholdOverrides) : undefined,
      ...(input.commissionOverride !== undefined ? ruleColumns(input.commissionOverride) : {}),
    };
    // A partner who signs in confirms a new address first (the link goes there); without a login it changes now.
    if (
      next.email !== undefined &&
      next.email !== partner.email &&
      env &&
      (await startPartnerEmailChange(tx, partner.id, next.email, env))
    ) {
      next.email = undefined;
    }
    for (const [key, value] of Object.entries(next) as [keyof Partner, never][]) {
      if (value === undefined || JSON.stringify(partner[key]) === JSON.stringify(value)) continue;
      before[key] = partner[key];
      after[key] = value;
      (partner as unknown as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(after).length > 0) {
      await tx.manager.getRepository(Partner).save(partner);
      if ('paypalEmail' in after) {
        // A first PayPal email makes PayPal the partner's payout method (as the migration did for existing ones).
        const [stamped] = await tx.query<{ changed_at: Date; payout_method: PaymentMethod | null }>(
          `UPDATE partner SET payout_details_changed_at = now(), payout_details_changed_by = 'MERCHANT',
                  payout_method = CASE WHEN payout_method IS NULL AND paypal_email IS NOT NULL THEN 'PAYPAL' ELSE payout_method END
            WHERE program_id = $1 AND id = $2 RETURNING payout_details_changed_at AS changed_at, payout_method`,
          [tx.programId, partner.id],
        );
        Object.assign(partner, {
          payoutDetailsChangedAt: stamped.changed_at,
          payoutDetailsChangedBy: 'MERCHANT',
          payoutMethod: stamped.payout_method,
        });
      }
      await recordAudit(tx, [{ action: 'partner.update', entityType: 'Partner', entityId: partner.id, changes: { before, after } }]);
    }
    return partner;
  });
}

/** How long after a change of payout details a payout to them is flagged in the pay confirmation. */
export const RECENT_PAYOUT_CHANGE_HOURS = 48;

function payoutDetailsOf(partner: Partner): PayoutDetails {
  return {
    method: partner.payoutMethod ?? null,
    paypalEmail: partner.paypalEmail ?? null,
    bankAccountHolder: partner.bankAccountHolder ?? null,
    bankIban: partner.bankIban ?? null,
    bankAccountNumber: partner.bankAccountNumber ?? null,
    bankRoutingCode: partner.bankRoutingCode ?? null,
    payoutInstructions: partner.payoutInstructions ?? null,
  };
}

/**
 * The details after a change, checked (payoutDetailsFor). Without a method only the PayPal email
 * changes, as before payout methods existed: a first PayPal email makes the method PAYPAL.
 */
function nextPayoutDetails(input: PayoutMethodFields, current: PayoutDetails): PayoutDetails {
  try {
    if (input.method === undefined) {
      const paypalEmail = input.paypalEmail === undefined ? current.paypalEmail : normalisePaypalEmail(input.paypalEmail);
      const method = current.method === null && paypalEmail ? PaymentMethod.PAYPAL : current.method;
      if (method === PaymentMethod.PAYPAL && !paypalEmail) return { ...current, paypalEmail };
      return payoutDetailsFor({ method, paypalEmail }, current);
    }
    return payoutDetailsFor({ ...input, method: input.method }, current);
  } catch (error) {
    if (error instanceof PayoutDetailsInvalid) throw new BadInputError(error.message, { field: error.field });
    throw error;
  }
}

/** What the audit keeps of payout details: the method, the PayPal address and masked account numbers. */
function auditedDetails(d: PayoutDetails) {
  return {
    method: d.method,
    paypalEmail: d.paypalEmail,
    bankAccountHolder: d.bankAccountHolder,
    bankAccount: maskAccount(d.bankIban ?? d.bankAccountNumber),
    bankRoutingCode: d.bankRoutingCode,
    instructions: d.payoutInstructions !== null,
  };
}

/**
 * Saves a change of payout details on a locked partner: stamps who and when (the 48-hour flag of
 * the pay confirmation), audits it and emails the partner (their login, or their partner email
 * when they have none) and, when a PayPal address is replaced, the previous address too.
 */
async function savePayoutDetails(
  tx: RequestContext,
  partner: Partner,
  next: PayoutDetails,
  by: 'PARTNER' | 'MERCHANT',
  notify: { accountId: string | null; recipient: string; name: string },
): Promise<boolean> {
  const previous = payoutDetailsOf(partner);
  if (JSON.stringify(previous) === JSON.stringify(next)) return false;
  const [stamped] = await tx.query<{ changed_at: Date }>(
    `UPDATE partner SET payout_method = $3, paypal_email = $4, bank_account_holder = $5, bank_iban = $6, bank_account_number = $7,
            bank_routing_code = $8, payout_instructions = $9, payout_details_changed_at = now(), payout_details_changed_by = $10
      WHERE program_id = $1 AND id = $2 RETURNING payout_details_changed_at AS changed_at`,
    [
      tx.programId,
      partner.id,
      next.method,
      next.paypalEmail,
      next.bankAccountHolder,
      next.bankIban,
      next.bankAccountNumber,
      next.bankRoutingCode,
      next.payoutInstructions,
      by,
    ],
  );
  Object.assign(partner, {
    payoutMethod: next.method,
    paypalEmail: next.paypalEmail,
    bankAccountHolder: next.bankAccountHolder,
    bankIban: next.bankIban,
    bankAccountNumber: next.bankAccountNumber,
    bankRoutingCode: next.bankRoutingCode,
    payoutInstructions: next.payoutInstructions,
    payoutDetailsChangedAt: stamped.changed_at,
    payoutDetailsChangedBy: by,
  });
  const onlyPaypal = previous.method === next.method && (next.method === PaymentMethod.PAYPAL || next.method === null);
  await recordAudit(tx, [
    onlyPaypal
      ? {
          action: 'partner.paypalEmail',
          entityType: 'Partner',
          entityId: partner.id,
          changes: { before: previous.paypalEmail, after: next.paypalEmail, by },
        }
      : {
          action: 'partner.payoutMethod',
          entityType: 'Partner',
          entityId: partner.id,
          changes: { before: auditedDetails(previous), after: auditedDetails(next), by },
        },
  ]);
  const [program] = await tx.query<{ name: string }>(`SELECT name FROM program WHERE id = $1`, [tx.programId]);
  const notice = payoutDetailsChangedEmail({
    name: notify.name,
    programName: program.name,
    by,
    ...(onlyPaypal
      ? { paypal: true, previous: previous.paypalEmail, next: next.paypalEmail }
      : { paypal: false, previous: describePayoutDetails(previous), next: describePayoutDetails(next) }),
  });
  await queueAccountEmail(tx, { programId: tx.programId, accountId: notify.accountId, recipient: notify.recipient, ...notice });
  // The old payout address hears of it too: whoever controls it may not control this login any more.
  const old = previous.paypalEmail;
  if (old && old !== next.paypalEmail && old.toLowerCase() !== notify.recipient.toLowerCase()) {
    await queueAccountEmail(tx, { programId: tx.programId, accountId: notify.accountId, recipient: old, ...notice });
  }
  return true;
}

async function lockPartner(tx: RequestContext, id: string): Promise<Partner | null> {
  return tx.manager
    .getRepository(Partner)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.id = :id AND p.program_id = :programId', { id, programId: tx.programId })
    .getOne();
}

/**
 * A partner changes how and where they are paid: only with their password (a stolen session cannot
 * redirect money), not while suspended; they and the previous PayPal address are told by email,
 * and the merchant's pay confirmation flags payouts to details changed in the last 48 hours.
 */
export async function changeOwnPayoutDetails(
  ctx: RequestContext,
  input: ChangeMyPayoutDetailsInput,
  request: { clientAddress: string; loginThrottle: LoginThrottle },
) {
  const actor = ctx.authenticatedActor;
  if (actor.kind !== 'PARTNER') throw new ForbiddenError('Only the partner changes their own payout details');
  // Checked before the password: a typo in an IBAN costs no password attempt.
  nextPayoutDetails(input, payoutDetailsOf(await getOwnPartner(ctx)));
  const [account] = await ctx.query<{ email: string; password_hash: string; display_name: string }>(
    `SELECT l.email, l.password_hash, a.display_name FROM account a ${LOGIN_JOIN} WHERE a.id = $1`,
    [actor.accountId],
  );
  const guarded = await request.loginThrottle.guard(account.email, request.clientAddress, async () =>
    (await verifyPassword(input.currentPassword, account.password_hash)) ? true : null,
  );
  if (guarded.refused) {
    const { retryAfterSeconds } = guarded;
    return errorResult(TooManyAttemptsError, `Too many wrong passwords: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
  if (!guarded.result) return errorResult(InvalidCredentialsError, 'The password is wrong: nothing was changed');
  return ctx.transaction(async (tx) => {
    const partner = (await lockPartner(tx, tx.partnerId))!;
    if (partner.status === PartnerStatus.SUSPENDED) {
      return errorResult(PartnerSuspendedError, 'Your partnership is suspended: payout details cannot be changed now; ask the program');
    }
    const next = nextPayoutDetails(input, payoutDetailsOf(partner));
    const changed = await savePayoutDetails(tx, partner, next, 'PARTNER', {
      accountId: actor.accountId,
      recipient: account.email,
      name: account.display_name,
    });
    return Object.assign(new PayoutDetailsChanged(), { partner, changed });
  });
}

/**
 * A merchant sets how a partner is paid (say, from a form the partner sent): audited as the
 * merchant's change, the partner is emailed, and the next 48 hours of payouts to them are flagged.
 */
export async function setPartnerPayoutMethod(ctx: RequestContext, input: SetPartnerPayoutMethodInput): Promise<PayoutDetailsChanged> {
  return ctx.transaction(async (tx) => {
    const partner = await lockPartner(tx, input.partnerId);
    if (!partner) throw new NotFoundError('Partner', input.partnerId);
    const next = nextPayoutDetails(input, payoutDetailsOf(partner));
    const [login] = await tx.query<{ id: string; email: string; display_name: string }>(
      `SELECT a.id, l.email, a.display_name FROM account a ${LOGIN_JOIN} WHERE a.program_id = $1 AND a.partner_id = $2 LIMIT 1`,
      [tx.programId, partner.id],
    );
    const changed = await savePayoutDetails(tx, partner, next, 'MERCHANT', {
      accountId: login?.id ?? null,
      recipient: login?.email ?? partner.email,
      name: login?.display_name ?? partner.name,
    });
    return Object.assign(new PayoutDetailsChanged(), { partner, changed });
  });
}

/** Signs the partner out everywhere (a lost phone, a leaving employee of the partner); returns how many sessions ended. */
export async function endPartnerSessions(ctx: RequestContext, partnerId: string): Promise<number> {
  return ctx.transaction(async (tx) => {
    const partner = await getPartner(tx, partnerId);
    const ended = await tx.query<{ id: string }>(
      `UPDATE session s SET revoked_at = now()
         FROM account a
        WHERE a.id = s.account_id AND a.partner_id = $1 AND a.program_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
       RETURNING s.id`,
      [partner.id, tx.programId],
    );
    await recordAudit(tx, [
      { action: 'partner.endSessions', entityType: 'Partner', entityId: partner.id, changes: { endedSessions: ended.length } },
    ]);
    return ended.length;
  });
}

/** Partners with a pending (approved) balance whose payout details changed in the last 48 hours, newest change first. */
export async function recentPayoutDetailChanges(ctx: RequestContext): Promise<Partner[]> {
  return ctx.manager
    .getRepository(Partner)
    .createQueryBuilder('p')
    .where('p.program_id = :programId', { programId: ctx.programId })
    .andWhere(`p.payout_details_changed_at > now() - make_interval(hours => :hours)`, { hours: RECENT_PAYOUT_CHANGE_HOURS })
    .andWhere(`EXISTS (SELECT 1 FROM commission c WHERE c.program_id = p.program_id AND c.partner_id = p.id AND c.status = 'APPROVED')`)
    .orderBy('p.payout_details_changed_at', 'DESC')
    .addOrderBy('p.id')
    .limit(1000)
    .getMany();
}

/** Sales behind each partner's commissions, per currency ($1 program, $2 partner ids). */
export const PARTNER_SALES_SQL = `SELECT c.partner_id, s.currency, count(*) AS count, sum(s.amount_minor) AS total, sum(s.refunded_minor) AS refunded
       FROM sale s
       JOIN (SELECT DISTINCT sale_id, partner_id FROM commission
              WHERE program_id = $1 AND partner_id = ANY($2::uuid[]) AND kind = 'SALE') c ON c.sale_id = s.id
      WHERE s.program_id = $1
      GROUP BY c.partner_id, s.currency ORDER BY s.currency`;

/** Each partner's commissions per status and currency ($1 program, $2 partner ids). */
export const PARTNER_BALANCES_SQL = `SELECT partner_id, status, currency, count(*) AS count, sum(amount_minor) AS total
       FROM commission WHERE program_id = $1 AND partner_id = ANY($2::uuid[])
      GROUP BY partner_id, status, currency ORDER BY status, currency`;

/**
 * Referral info and balances of several partners in two set-based queries (lists ask for the
 * stats of every partner on a page), in the order of `partnerIds`.
 */
export async function partnerStatsByIds(ctx: RequestContext, partnerIds: readonly string[]): Promise<PartnerStats[]> {
  // Independent statements: side by side on two pooled connections (one after the other in a heavy request).
  const [sales, balances] = await Promise.all([
    ctx.query<{ partner_id: string; currency: string; count: string; total: string; refunded: string }>(PARTNER_SALES_SQL, [
      ctx.programId,
      partnerIds,
    ]),
    ctx.query<{ partner_id: string; status: CommissionStatus; currency: string; count: string; total: string }>(PARTNER_BALANCES_SQL, [
      ctx.programId,
      partnerIds,
    ]),
  ]);
  return partnerIds.map((partnerId) => {
    const own = sales.filter((row) => row.partner_id === partnerId);
    const stats = new PartnerStats();
    stats.salesCount = own.reduce((sum, row) => sum + Number(row.count), 0);
    stats.salesTotals = own.map((row): ExactMoney => ({ amount: minorUnits(row.total), currency: row.currency.trim() }));
    stats.refundedTotals = own.map((row): ExactMoney => ({ amount: minorUnits(row.refunded), currency: row.currency.trim() }));
    stats.balances = balances
      .filter((row) => row.partner_id === partnerId)
      .map((row) =>
        Object.assign(new BalanceLine(), {
          status: row.status,
          count: Number(row.count),
          total: { amount: minorUnits(row.total), currency: row.currency.trim() },
        }),
      );
    return stats;
  });
}
