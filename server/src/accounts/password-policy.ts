import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * NIST SP 800-63B: length, no composition rules, and refusal of passwords that are common or
 * built from what the service knows about the person (name, email, program). zxcvbn's estimate
 * with its common-password and English dictionaries does the refusing.
 */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; bounded so hashing cost and request size stay bounded. */
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's score 0–4: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

/**
 * The estimator is 25 MB of heap (11 MB of word lists, 13 MB of ranked lookups built from them) for
 * the rare request that sets a password. It is built on the first check, not at start, and dropped
 * after this long without one; the word lists stay in the module cache once loaded.
 */
export const ESTIMATOR_IDLE_MS = 10 * 60_000;

let estimator: Promise<ZxcvbnFactory> | null = null;
let idleTimer: NodeJS.Timeout | null = null;

async function buildEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
}

function useEstimator(): Promise<ZxcvbnFactory> {
  if (!estimator) {
    const building = buildEstimator();
    estimator = building;
    // A failed build is not kept: the next check tries again.
    building.catch(() => {
      if (estimator === building) estimator = null;
    });
  }
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(releasePasswordEstimator, ESTIMATOR_IDLE_MS);
  idleTimer.unref();
  return estimator;
}

/** Drops the estimator (the idle timer's job; tests call it too). The next check builds it again. */
export function releasePasswordEstimator(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  estimator = null;
}

/** Whether the estimator is held now. */
export function passwordEstimatorLoaded(): boolean {
  return estimator !== null;
}

export interface PasswordVerdict {
  ok: boolean;
  /** Why it was refused, in a sentence for the person choosing it. */
  reason: string | null;
  suggestions: string[];
}

/** Words a password must not be built from: the person's name and email parts, the program's name. */
export function contextWords(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const lower = text.toLowerCase();
    words.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

export async function checkPassword(password: string, context: string[] = []): Promise<PasswordVerdict> {
  // Counted in code points, as people count characters (an emoji is one).
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return { ok: false, reason: `Use at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words work well)`, suggestions: [] };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return { ok: false, reason: `Use at most ${MAX_PASSWORD_LENGTH} characters`, suggestions: [] };
  }
  // zxcvbn's cost grows with length; beyond 100 characters a password is long enough to be strong.
  const result = (await useEstimator()).check(password.slice(0, 100), context);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, reason: null, suggestions: [] };
  return {
    ok: false,
    reason: result.feedback.warning || 'This password is too easy to guess',
    suggestions: result.feedback.suggestions,
  };
}
