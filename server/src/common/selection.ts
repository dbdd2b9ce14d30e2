import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** A field a caller selected, with the type it was selected on (an inline fragment's or a named fragment's condition). */
export interface SelectedField {
  node: FieldNode;
  on: string | null;
}

/** The fields selected in a selection set, through inline fragments and named fragments. */
export function selectedFields(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, on: string | null = null): SelectedField[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [{ node: selection, on }];
    if (selection.kind === 'InlineFragment') return selectedFields(info, selection.selectionSet, selection.typeCondition?.name.value ?? on);
    const fragment = info.fragments[selection.name.value];
    return fragment ? selectedFields(info, fragment.selectionSet, fragment.typeCondition.name.value) : [];
  });
}

/** The fields named `name` selected under the fields given (the resolver's own field nodes, to start with). */
export function selectedChildren(
  info: GraphQLResolveInfo,
  parents: readonly { selectionSet?: SelectionSetNode }[],
  name: string,
): FieldNode[] {
  return parents
    .flatMap((parent) => selectedFields(info, parent.selectionSet))
    .filter((f) => f.node.name.value === name)
    .map((f) => f.node);
}
