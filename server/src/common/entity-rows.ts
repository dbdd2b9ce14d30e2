import { EntityManager } from 'typeorm';

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', 'date']);

/**
 * An entity from a row that PostgreSQL returned as JSON (`to_jsonb(row)`), keyed by column names:
 * each column goes to its property through the column's transformer, as TypeORM would load it.
 * Lets one statement return several tables' rows without a re-read. Amounts (bigint) arrive as JSON
 * numbers: exact up to 2^53 minor units, as the bigint column transformer assumes anyway.
 */
export function entityFromJson<T>(manager: EntityManager, entity: new () => T, row: Record<string, unknown>): T {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- EntityManager exposes its DataSource only as `connection`
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
