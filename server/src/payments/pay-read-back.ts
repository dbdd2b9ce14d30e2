import { GraphQLResolveInfo } from 'graphql';
import { selectedChildren } from '../common/selection';
import type { PayReadBack } from './pay-partners.service';

const TOTALS = ['paidTotals', 'paidNowTotals', 'paidEarlierTotals'];

/**
 * What a payPartners caller selected: the payments are read back only when a payment's fields or the
 * amounts paid are asked for (a run over 10,001 partners asking for counts reads none). Conservative:
 * a field under @skip/@include counts as asked for.
 */
export function payReadBack(info: GraphQLResolveInfo): PayReadBack {
  const payment = selectedChildren(info, selectedChildren(info, selectedChildren(info, info.fieldNodes, 'items'), 'result'), 'payment');
  const totals = TOTALS.some((name) => selectedChildren(info, info.fieldNodes, name).length > 0);
  return { payments: payment.length > 0 || totals };
}
