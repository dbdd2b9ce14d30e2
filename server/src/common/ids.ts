import { BadInputError } from './errors';

/**
 * A reference by Partnerbook's id or by the merchant's external id must give exactly one of them
 * (`@oneOf` inputs are checked by GraphQL already; query arguments are checked here). True when it
 * names the record by its external id.
 */
export function exactlyOneRef(field: string, ref: { id?: string | null; externalId?: string | null }): boolean {
  const given = [ref.id, ref.externalId].filter((value) => value !== undefined && value !== null).length;
  if (given !== 1) throw new BadInputError(`Name the ${field} by exactly one of id or externalId`, { field });
  return ref.externalId !== undefined && ref.externalId !== null;
}
