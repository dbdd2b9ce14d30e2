import { expect } from 'vitest';

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
