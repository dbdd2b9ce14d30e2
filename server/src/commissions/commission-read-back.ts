import { GraphQLResolveInfo } from 'graphql';
import { selectedChildren, selectedFields } from '../common/selection';
import { ActionReadBack } from './commission.service';

/** Fields of an updated commission a bulk action knows without reading its row back. */
const KNOWN = new Set(['__typename', 'id', 'status']);
/** The other members of CommissionActionResult: their fields never need a commission row. */
const NOT_COMMISSION = new Set([
  'ErrorResult',
  'NotFoundError',
  'InvalidCommissionStateError',
  'HoldingPeriodActiveError',
  'SaleFullyRefundedError',
]);

/**
 * What a bulk action's caller selected: full commission rows are read back only when a field beyond
 * id and status is asked of an updated commission. Conservative: a field under @skip/@include counts
 * as asked for (reading a row too many is harmless).
 */
export function actionReadBack(info: GraphQLResolveInfo): ActionReadBack {
  const results = selectedChildren(info, selectedChildren(info, info.fieldNodes, 'items'), 'result');
  const asked = results.flatMap((result) => selectedFields(info, result.selectionSet));
  return { commissionRows: asked.some((f) => !KNOWN.has(f.node.name.value) && !NOT_COMMISSION.has(f.on ?? '')) };
}
