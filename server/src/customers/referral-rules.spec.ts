import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReferrers, ReferralEventKind } from './referral-rules';

const none = { firstPartnerId: null, lastPartnerId: null };

describe('first and last referrer', () => {
  it('sets both on the first referral, even a click', () => {
    expect(nextReferrers(none, 'a', 'CLICK')).toEqual({ firstPartnerId: 'a', lastPartnerId: 'a' });
  });
  it('moves the last referrer on a conversion, not on a click', () => {
    const state = { firstPartnerId: 'a', lastPartnerId: 'a' };
    expect(nextReferrers(state, 'b', 'CLICK')).toEqual(state);
    expect(nextReferrers(state, 'b', 'OPT_IN')).toEqual({ firstPartnerId: 'a', lastPartnerId: 'b' });
    expect(nextReferrers(state, 'b', 'PURCHASE')).toEqual({ firstPartnerId: 'a', lastPartnerId: 'b' });
  });
  it('never changes the first referrer once set (property)', () => {
    const event = fc.constantFrom<ReferralEventKind>('CLICK', 'OPT_IN', 'PURCHASE', 'MANUAL');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), event), { minLength: 1, maxLength: 20 }), (events) => {
        let state: { firstPartnerId: string | null; lastPartnerId: string | null } = none;
        for (const [partner, kind] of events) {
          const next = nextReferrers(state, partner, kind);
          if (state.firstPartnerId) expect(next.firstPartnerId).toBe(state.firstPartnerId);
          if (kind === 'CLICK' && state.lastPartnerId) expect(next.lastPartnerId).toBe(state.lastPartnerId);
          state = next;
        }
        expect(state.firstPartnerId).toBe(events[0][0]);
      }),
    );
  });
});
