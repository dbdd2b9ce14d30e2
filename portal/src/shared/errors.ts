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

/** The fields every ErrorResult of the API carries (when the query selects them). */
export interface ErrorResultFields {
  code: string;
  message: string;
}

/** A result union's business failure: a member selected through `... on ErrorResult { code message }`. */
export function isErrorResult<T extends object>(payload: T): payload is T & ErrorResultFields {
  return 'code' in payload && 'message' in payload && typeof payload.message === 'string';
}

/** What to say when a result union's answer is not the success: the ErrorResult's message, else the fallback. */
export function failureText(payload: object | null | undefined, fallback: string): string {
  return payload && isErrorResult(payload) ? payload.message : fallback;
}
