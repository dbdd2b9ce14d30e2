import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH, searchTextOf } from './search-text';

describe('searchTextOf', () => {
  it('trims and collapses white space, pasted line breaks and tabs included', () => {
    expect(searchTextOf('  ord-1042 \n')).toBe('ord-1042');
    expect(searchTextOf('Alice\t\tAnders')).toBe('Alice Anders');
  });

  it('drops control characters', () => {
    expect(searchTextOf('ali\u0000ce\u001b[31m')).toBe('ali ce [31m');
  });

  it('answers null for nothing to search, or for something that is not text (a repeated ?q=)', () => {
    expect(searchTextOf('')).toBeNull();
    expect(searchTextOf('  \n ')).toBeNull();
    expect(searchTextOf(undefined)).toBeNull();
    expect(searchTextOf(['a', 'b'])).toBeNull();
  });

  it('keeps at most the API limit', () => {
    expect(searchTextOf('x'.repeat(500))).toHaveLength(MAX_SEARCH_LENGTH);
  });
});
