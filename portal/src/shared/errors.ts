import type { CombinedError } from '@urql/core';

/** A readable message for a failed operation (network, GraphQL error with code). */
export function errorMessage(error: CombinedError | Error | null | undefined): string | null {
  if (!error) return null;
  const graphQLErrors = (error as CombinedError).graphQLErrors;
  if (graphQLErrors?.length) {
    return graphQLErrors.map((e) => (e.extensions?.code === 'FORBIDDEN' ? `Not allowed: ${e.message}` : e.message)).join('; ');
  }
  if ((error as CombinedError).networkError) return `Network error: ${(error as CombinedError).networkError!.message}`;
  return error.message;
}
