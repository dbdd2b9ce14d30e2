import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
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

/** The fields selected in a selection set, through inline fragments and named fragments, with the type they were selected on. */
function fields(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  on: string | null = null,
): { node: FieldNode; on: string | null }[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [{ node: selection, on }];
    if (selection.kind === 'InlineFragment') return fields(info, selection.selectionSet, selection.typeCondition?.name.value ?? on);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fields(info, fragment.selectionSet, fragment.typeCondition.name.value) : [];
  });
}

/**
 * What a bulk action's caller selected: full commission rows are read back only when a field beyond
 * id and status is asked of an updated commission. Conservative: a field under @skip/@include counts
 * as asked for (reading a row too many is harmless).
 */
export function actionReadBack(info: GraphQLResolveInfo): ActionReadBack {
  const items = info.fieldNodes.flatMap((node) => fields(info, node.selectionSet)).filter((f) => f.node.name.value === 'items');
  const results = items.flatMap((item) => fields(info, item.node.selectionSet)).filter((f) => f.node.name.value === 'result');
  const asked = results.flatMap((result) => fields(info, result.node.selectionSet));
  return { commissionRows: asked.some((f) => !KNOWN.has(f.node.name.value) && !NOT_COMMISSION.has(f.on ?? '')) };
}
