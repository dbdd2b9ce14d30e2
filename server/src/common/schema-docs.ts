import { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { AuthRole } from './request-context';

/** Who holds each role, in an integrator's words. */
const ROLE_WORDS: Record<AuthRole, string> = {
  [AuthRole.MERCHANT_READ]: 'merchant admins and viewers, and API keys (READ or WRITE)',
  [AuthRole.MERCHANT_WRITE]: 'merchant admins and WRITE API keys',
  [AuthRole.MERCHANT_ADMIN]: 'merchant admins',
  [AuthRole.PARTNER]: 'partners (always their own data)',
  [AuthRole.ACCOUNT]: 'signed-in people, merchant users or partners (not API keys)',
  [AuthRole.MERCHANT_USER]: 'merchant admins and viewers signed in as themselves (not API keys)',
};

/** The sentence that says who may call an operation with these @Authorized roles (undefined: no @Authorized). */
export function callersSentence(roles: AuthRole[] | undefined): string {
  if (!roles) return 'Callers: anyone, signed in or not.';
  const who = roles.length === 0 ? 'any signed-in caller, API keys included' : roles.map((role) => ROLE_WORDS[role]).join('; ');
  return `Callers: ${who}. Without credentials UNAUTHENTICATED${roles.length ? ', anyone else FORBIDDEN' : ''}.`;
}

/**
 * Documents the root types and ends every query's and mutation's description with who may call
 * it, read from its @Authorized roles: the SDL says what the auth checker enforces, and cannot drift.
 */
export function describeOperations(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const rolesOf = new Map<string, AuthRole[]>();
  for (const [root, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    for (const handler of handlers) {
      const authorized = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
      if (authorized) rolesOf.set(`${root}.${handler.schemaName}`, authorized.roles as AuthRole[]);
    }
  }
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reads. Each field says who may call it; lists are Relay connections (see docs/api.md, Paging).';
  if (mutation) {
    mutation.description =
      'Changes. Each field says who may call it; expected business failures are answered as data (result unions of ErrorResult types), bad input and missing rights as GraphQL errors with extensions.code.';
  }
  for (const type of [query, mutation]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const sentence = callersSentence(rolesOf.get(`${type.name}.${field.name}`));
      const own = field.description?.trim().replace(/\.?$/, '.') ?? '';
      field.description = own ? `${own} ${sentence}` : sentence;
    }
  }
}
