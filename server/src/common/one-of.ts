import { GraphQLSchema, isInputObjectType } from 'graphql';

const oneOfInputs = new Set<string>();

/**
 * Marks an input type `@oneOf` (GraphQL's OneOf Input Objects): the caller sets exactly one of its
 * fields, non-null. GraphQL itself refuses anything else before a resolver runs, and the SDL says so,
 * so generated clients type it as a union. type-graphql has no option for it: the schema is marked
 * after it is built (`markOneOfInputs`). Use the GraphQL name of the type.
 */
export function OneOf(name: string): ClassDecorator {
  oneOfInputs.add(name);
  return () => {};
}

export function markOneOfInputs(schema: GraphQLSchema): void {
  for (const name of oneOfInputs) {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) throw new Error(`@OneOf: ${name} is not an input type of the schema`);
    (type as { isOneOf: boolean }).isOneOf = true;
  }
}
