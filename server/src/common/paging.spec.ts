import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { connectionOf, decodeCursor, encodeCursor, pagingOf, resolveForwardPaging, resolvePaging } from './paging';

const id = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

function badInput(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).message;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('cursors', () => {
  it('are opaque base64url and decode to what was encoded', () => {
    const cursor = encodeCursor(id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(id);
    expect(decodeCursor(cursor)).toBe(id);
    expect(decodeCursor(encodeCursor(42), true)).toBe('42');
    expect(decodeCursor(encodeCursor('123456789012345678'), true)).toBe('123456789012345678');
  });

  it('refuse anything else with BAD_USER_INPUT', () => {
    const invalid = [
      '',
      'not base64!',
      encodeCursor('not-a-uuid'),
      encodeCursor(id) + '=',
      encodeCursor(id).slice(0, -1),
      Buffer.from(id).toString('base64').replace(/=+$/, '') + '+',
      'x'.repeat(500),
      encodeCursor(42), // a serial cursor where an id cursor belongs
    ];
    for (const cursor of invalid) expect(badInput(() => decodeCursor(cursor))).toMatch(/is not a valid cursor/);
    for (const cursor of [encodeCursor(id), encodeCursor('-1'), encodeCursor('1'.repeat(19)), encodeCursor('1.5')]) {
      expect(badInput(() => decodeCursor(cursor, true))).toMatch(/is not a valid cursor/);
    }
  });

  it('do not echo a long hostile cursor in full', () => {
    expect(badInput(() => decodeCursor('<script>'.repeat(30))).length).toBeLessThan(80);
  });
});

describe('paging arguments', () => {
  it('take the Relay arguments over the page input when any is given', () => {
    expect(pagingOf({ first: 10, after: 'a' }, {})).toEqual({ first: 10, after: 'a' });
    expect(pagingOf({ first: 10 }, { last: 5 })).toEqual({ first: undefined, after: undefined, last: 5, before: undefined });
    expect(pagingOf(undefined, undefined)).toEqual({ first: 25, after: null });
  });

  it('resolve a direction, a size and a cursor, with the limits of a page', () => {
    expect(resolvePaging({})).toEqual({ backward: false, size: 25, cursor: null });
    expect(resolvePaging({ first: 100, after: 'c' })).toEqual({ backward: false, size: 100, cursor: 'c' });
    expect(resolvePaging({ last: 3 })).toEqual({ backward: true, size: 3, cursor: null });
    expect(resolvePaging({ before: 'c' })).toEqual({ backward: true, size: 25, cursor: 'c' });
    expect(resolvePaging({ first: 500 }, 500)).toEqual({ backward: false, size: 500, cursor: null });
    for (const paging of [{ first: 0 }, { first: 101 }, { last: 0 }, { last: 101 }, { first: 1.5 }]) badInput(() => resolvePaging(paging));
    badInput(() => resolvePaging({ first: 1, last: 1 }));
    badInput(() => resolvePaging({ after: 'a', before: 'b' }));
    badInput(() => resolvePaging({ first: 1, before: 'b' }));
    badInput(() => resolvePaging({ last: 1, after: 'a' }));
    expect(badInput(() => resolveForwardPaging({ last: 2 }))).toMatch(/forward only/);
  });
});

describe('connectionOf', () => {
  it('gives every node an edge and the page its start and end cursors', () => {
    const page = connectionOf(['a', 'b'], (node) => `c-${node}`, { hasNextPage: true, hasPreviousPage: false, totalCount: 7 });
    expect(page).toEqual({
      edges: [
        { cursor: 'c-a', node: 'a' },
        { cursor: 'c-b', node: 'b' },
      ],
      nodes: ['a', 'b'],
      totalCount: 7,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c-a', endCursor: 'c-b' },
    });
    expect(connectionOf([], String, { hasNextPage: false, hasPreviousPage: true, totalCount: 0 }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
