import { EntityManager } from 'typeorm';

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', 'date']);

/**
 * An entity from a row that PostgreSQL returned as JSON (`to_jsonb(row)`), keyed by column names:
 * each column goes to its property through the column's transformer, as TypeORM would load it.
 * Lets one statement return several tables' rows (e.g. from data-modifying CTEs) without a re-read.
 * Cast bigint columns to text in the JSON: a JSON number loses exactness beyond 2^53.
 */
export function entityFromJson<T>(manager: EntityManager, entity: new () => T, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(entity);
  const target = new entity() as Record<string, unknown>;
  for (const column of metadata.columns) {
    let value = row[column.databaseName];
    if (value === undefined) continue;
    if (value !== null && TIMESTAMP_TYPES.has(String(column.type))) value = new Date(value as string);
    if (typeof value === 'number' && column.type === 'bigint') value = String(value);
    const transformer = column.transformer;
    if (transformer && !Array.isArray(transformer)) value = transformer.from(value);
    target[column.propertyName] = value;
  }
  return target as T;
}

/**
 * SQL for `to_jsonb(alias)` of an entity's table with its bigint columns as text, for `entityFromJson`.
 * `alias` is a table alias (or CTE name) in the surrounding query.
 */
export function jsonRowSql(manager: EntityManager, entity: new () => unknown, alias: string): string {
  const bigints = manager.connection
    .getMetadata(entity)
    .columns.filter((column) => column.type === 'bigint')
    .map((column) => `'${column.databaseName}', ${alias}.${column.databaseName}::text`);
  return bigints.length ? `(to_jsonb(${alias}) || jsonb_build_object(${bigints.join(', ')}))` : `to_jsonb(${alias})`;
}
