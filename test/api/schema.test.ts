import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../server/src/schema';
import { printSchemaWithDirectives } from '../../server/src/schema-printer';

describe('committed SDL', () => {
  it('server/schema.graphql is the schema the code builds (run `npm run schema` after changing resolvers)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../server/schema.graphql'), 'utf8');
    expect(committed).toBe(printSchemaWithDirectives(await buildAppSchema()));
  });
});
