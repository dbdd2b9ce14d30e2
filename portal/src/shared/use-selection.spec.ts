import { describe, expect, it } from 'vitest';
import { useSelection } from './use-selection';

describe('useSelection', () => {
  it('sends explicit ids for one row or a page, without duplicates', () => {
    const s = useSelection<{ partnerId?: string }>();
    s.toggle('a', true);
    s.selectPage(['a', 'b', 'c']);
    s.toggle('b', false);
    expect(s.toInput({ partnerId: 'p' })).toEqual({ ids: ['a', 'c'] });
    expect(s.describe(40)).toBe('2 selected');
    expect(s.count(40)).toBe(2);
  });

  it('sends the filter itself for "all matching", and a row toggle leaves that mode', () => {
    const s = useSelection<{ partnerId?: string }>();
    s.selectPage(['a']);
    s.selectAllMatching();
    expect(s.toInput({ partnerId: 'p' })).toEqual({ filter: { partnerId: 'p' } });
    expect(s.describe(40)).toBe('All 40 matching');
    expect(s.count(40)).toBe(40);
    s.toggle('z', true);
    expect(s.toInput({})).toEqual({ ids: ['z'] });
    s.clear();
    expect(s.isEmpty.value).toBe(true);
  });
});
