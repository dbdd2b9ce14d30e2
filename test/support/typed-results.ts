import { expect } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, GraphQLError, GraphQLResponse } from './test-app';
import type { ServerProcess } from './server-processes';

// Small helpers for the API test files that use typed documents (test/gql): reading result unions, Money amounts and JSON
// error bodies, and vitest's matchers typed as the values they stand for.

/**
 * The `code` of a typed result that is an ErrorResult member (undefined for any other member): for
 * asserting which refusal a result union answered without naming its member type.
 */
export function resultCode(result: { __typename?: string } | null | undefined): string | undefined {
  return result && 'code' in result && typeof result.code === 'string' ? result.code : undefined;
}

/**
 * Vitest's asymmetric matchers typed as the value they stand for (`expect.stringMatching` answers `any`),
 * for use as property values inside `toEqual` / `toMatchObject` expectations.
 */
export const stringMatching = (pattern: string | RegExp): string => expect.stringMatching(pattern) as string;
export const stringContaining = (text: string): string => expect.stringContaining(text) as string;
export const anyString = (): string => expect.any(String) as string;
/** `expect.any(Number)` typed as the number it stands for (vitest answers `any`), for property values inside `toEqual`. */
export const anyNumber = (): number => expect.any(Number) as number;

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
