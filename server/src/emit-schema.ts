import fs from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from './schema-printer';
import { buildAppSchema } from './schema';
import { projectRoot } from './config';

/** Writes the SDL that codegen and the schema test read: `server/schema.graphql`. */
export const schemaFile = path.join(projectRoot, 'server', 'schema.graphql');

async function main() {
  const schema = await buildAppSchema();
  fs.writeFileSync(schemaFile, printSchemaWithDirectives(schema));
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}

void main();
