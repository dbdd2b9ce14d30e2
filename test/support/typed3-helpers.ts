import { expect } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, GraphQLError, GraphQLResponse } from './test-app';
import type { ServerProcess } from './server-processes';

// Small helpers for the API test files converted to typed documents by helper typed3 (issue 10 §4).

/** The first error's code of a JSON error answer outside GraphQL (an export route's 4xx/5xx body). */
export function jsonErrorCode(text: string): string | undefined {
  return errorCode(JSON.parse(text) as { errors?: GraphQLError[] });
}

/**
 * A Money value's amount in minor units as a number, failing the test when the server sent it as a
 * string (the scalar's form beyond the safe integers, which a sum of test amounts never reaches).
 */
export function minorAmount(money: { amount: number | string }): number {
  if (typeof money.amount !== 'number') throw new Error(`expected a numeric amount, got ${JSON.stringify(money)}`);
  return money.amount;
}

/** `expect.any(Number)` typed as the number it stands for (vitest answers `any`), for property values inside `toEqual`. */
export const anyNumber = (): number => expect.any(Number) as number;

/** The first item that matches, failing the test when none does (where `Array.find` answers undefined). */
export function findItem<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  const item = items.find(predicate);
  if (item === undefined) throw new Error(`no matching item in ${JSON.stringify(items)}`);
  return item;
}

/**
 * A typed document sent to a server process (`ServerProcess.gql` itself answers `any`): the variables
 * are checked against the operation and `data` is its typed answer.
 */
export function gqlOnProcess<TData, TVariables extends Record<string, unknown>>(
  server: Pick<ServerProcess, 'gql'>,
  document: TypedDocumentNode<TData, TVariables>,
  variables: NoInfer<TVariables>,
  token?: string | null,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<TData>> {
  return server.gql<TData>(document, variables, token, headers);
}
