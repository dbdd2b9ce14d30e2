import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** Sorted SDL with a header, so the committed file diffs cleanly. */
export function printSchemaWithDirectives(schema: GraphQLSchema): string {
  return `# Generated from the type-graphql resolvers by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
