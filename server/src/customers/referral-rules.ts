export type ReferralEventKind = 'CLICK' | 'OPT_IN' | 'PURCHASE' | 'MANUAL';

export interface ReferrerState {
  firstPartnerId: string | null;
  lastPartnerId: string | null;
}

/**
 * First and last referrer after a referral event (PRODUCT.md §1): the first referrer is set
 * once, when the customer is first referred, and never changes; the last referrer moves only
 * when the customer converts (opt-in, purchase, or a merchant's manual record), never on a click.
 */
export function nextReferrers(current: ReferrerState, partnerId: string, event: ReferralEventKind): ReferrerState {
  if (!current.firstPartnerId || !current.lastPartnerId) return { firstPartnerId: partnerId, lastPartnerId: partnerId };
  if (event === 'CLICK') return current;
  return { firstPartnerId: current.firstPartnerId, lastPartnerId: partnerId };
}
