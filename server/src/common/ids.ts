import { NotFoundError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A malformed id cannot name anything: it is simply not found. */
export function assertId(entity: string, id: string): string {
  if (!isUuid(id)) throw new NotFoundError(entity, id);
  return id;
}
