/** The longest text the search sends: the API's filters take up to 200 characters. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * What the global search sends for what was typed: trimmed, inner runs of white space (a pasted
 * line break or tab) made one space, control characters dropped, at most MAX_SEARCH_LENGTH
 * characters; null when nothing is left to search for.
 */
export function searchTextOf(typed: unknown): string | null {
  if (typeof typed !== 'string') return null;
  const text = typed
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SEARCH_LENGTH)
    .trim();
  return text === '' ? null : text;
}
