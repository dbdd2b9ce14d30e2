import { GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql wraps every field in a resolver (for middlewares and field-level auth) even when
 * it only reads a property. With no global middlewares, a field that has no @FieldResolver, no
 * roles, no middlewares and is named as its property resolves exactly as graphql's default
 * resolver does: drop the wrapper (type-graphql's `simpleResolvers`, applied to the whole schema).
 */
function isGetter(target: Function, name: string): boolean {
  for (
    let proto = target.prototype as object | null;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.get === 'function';
  }
  return false;
}

export function useDefaultResolversForPlainFields(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const resolved = new Map<Function, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    const target = resolver.getObjectType?.();
    if (!target) continue;
    // A getter of the object type itself reads like a property: graphql's default resolver calls it too.
    if (resolver.kind === 'internal' && isGetter(target, resolver.methodName)) continue;
    if (!resolved.has(target)) resolved.set(target, new Set());
    resolved.get(target)!.add(resolver.methodName);
  }
  let simplified = 0;
  for (const typeMetadata of [...storage.objectTypes, ...storage.interfaceTypes]) {
    const type = schema.getType(typeMetadata.name);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const fields = type.getFields();
    for (const field of typeMetadata.fields ?? []) {
      const graphqlField = fields[field.schemaName];
      if (!graphqlField?.resolve) continue;
      const plain =
        field.name === field.schemaName &&
        !(field.roles && field.roles.length > 0) &&
        !(field.middlewares && field.middlewares.length > 0) &&
        !resolved.get(field.target)?.has(field.name);
      if (plain) {
        graphqlField.resolve = undefined;
        simplified++;
      }
    }
  }
  return simplified;
}
