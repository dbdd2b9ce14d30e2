import { CommissionStatus, isCurrencyCode } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { isUuid } from '../common/ids';
import { CommissionFilter } from '../commissions/commission.inputs';

/** A WHERE clause with positional parameters, built up condition by condition. */
export class SqlWhere {
  readonly conditions: string[] = [];
  constructor(readonly params: unknown[] = []) {}

  /** Adds a condition; `?` marks are replaced by the next parameters in order. */
  add(condition: string, ...values: unknown[]): this {
    let i = 0;
    this.conditions.push(condition.replace(/\?/g, () => `$${this.params.push(values[i++])}`));
    return this;
  }

  get sql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'TRUE';
  }
}

function uuidOrBadInput(value: string, what: string): string {
  if (!isUuid(value)) throw new BadInputError(`"${value}" is not a ${what} id`);
  return value;
}

/**
 * The commission filters of the GraphQL `commissions`/`pendingCommissions` queries as SQL on
 * alias `c`, with the same meaning; a partner's selection is always narrowed to themselves.
 */
export function commissionFilterWhere(ctx: RequestContext, filter: CommissionFilter, where = new SqlWhere()): SqlWhere {
  where.add('c.program_id = ?', ctx.programId);
  const partnerId = ctx.isPartner ? ctx.partnerId : filter.partnerId;
  if (partnerId) where.add('c.partner_id = ?', uuidOrBadInput(partnerId, 'partner'));
  if (filter.status) where.add('c.status = ?', filter.status);
  if (filter.kind) where.add('c.kind = ?', filter.kind);
  if (filter.saleId) where.add('c.sale_id = ?', uuidOrBadInput(filter.saleId, 'sale'));
  if (filter.productId) {
    where.add('c.sale_id IN (SELECT s.id FROM sale s WHERE s.product_id = ?)', uuidOrBadInput(filter.productId, 'product'));
  }
  if (filter.from) where.add('c.created_at >= ?', filter.from);
  if (filter.to) where.add('c.created_at < ?', filter.to);
  const currencies = new Set([filter.currency, filter.minAmount?.currency, filter.maxAmount?.currency].filter(Boolean));
  if (currencies.size > 1) throw new BadInputError('The amount filters and the currency filter must use one currency');
  const [currency] = currencies;
  if (currency) {
    if (!isCurrencyCode(currency)) throw new BadInputError(`"${currency}" is not a supported currency`);
    where.add('c.currency = ?', currency);
  }
  if (filter.minAmount) where.add('c.amount_minor >= ?', filter.minAmount.amount);
  if (filter.maxAmount) where.add('c.amount_minor <= ?', filter.maxAmount.amount);
  return where;
}

/** Ids (any state, this program only) or a filter (defaulting to `defaultStatus`), exactly one of them. */
export function commissionSelectionWhere(
  ctx: RequestContext,
  selection: { ids?: string[] | null; filter?: CommissionFilter | null },
  defaultStatus: CommissionStatus,
  maxIds: number,
): SqlWhere {
  const hasIds = selection.ids !== undefined && selection.ids !== null;
  if (hasIds === Boolean(selection.filter)) throw new BadInputError('Select commissions either by ids or by filter, not both or neither');
  if (hasIds) {
    const ids = [...new Set(selection.ids)];
    if (ids.length === 0) throw new BadInputError('Select at least one commission');
    if (ids.length > maxIds) throw new BadInputError(`At most ${maxIds} ids per request`);
    const where = new SqlWhere().add('c.program_id = ?', ctx.programId).add('c.id = ANY(?::uuid[])', ids.filter(isUuid));
    if (ctx.isPartner) where.add('c.partner_id = ?', ctx.partnerId);
    return where;
  }
  return commissionFilterWhere(ctx, { ...selection.filter!, status: selection.filter!.status ?? defaultStatus });
}
