import { describe, expect, it } from 'vitest';
import { describeFailure, statusInWords } from './failure-sentences';

describe('describeFailure', () => {
  it('turns codes and timestamps into sentences', () => {
    const held = describeFailure({
      code: 'HOLDING_PERIOD_ACTIVE',
      message: 'x 2026-12-09T21:43:12.289Z',
      payableAt: '2026-12-09T21:43:12.289Z',
    });
    expect(held).toMatch(/^Still in its holding period: it can be approved from /);
    expect(held).not.toMatch(/HOLDING_PERIOD_ACTIVE|T21:43|Z\b/);
    expect(describeFailure({ code: 'INVALID_COMMISSION_STATE', currentStatus: 'APPROVED' })).toBe(
      'It is approved now, so this does not apply (someone may have acted on it already).',
    );
    expect(describeFailure({ code: 'MISSING_PAYPAL_EMAIL', message: 'Partner has no PayPal email' })).toContain('No PayPal email on file');
    const notDue = describeFailure({
      code: 'NOT_ELIGIBLE',
      balance: { amount: 1234, currency: 'USD' },
      threshold: { amount: 5000, currency: 'USD' },
    });
    expect(notDue).toContain('below the pay threshold');
    expect(notDue).not.toContain('NOT_ELIGIBLE');
    expect(describeFailure({ code: 'INVALID_APPLICATION_STATE', message: 'This partner is active' })).toMatch(/not an open application/);
  });

  it('falls back to the server’s sentence, never the bare code', () => {
    expect(describeFailure({ code: 'SOMETHING_NEW', message: 'A readable reason' })).toBe('A readable reason');
    expect(describeFailure({ code: 'SOMETHING_NEW', message: '  ' })).toBe('It failed; try again.');
  });

  it('writes statuses as words', () => {
    expect(statusInWords('PENDING')).toBe('pending');
    expect(statusInWords('SOME_STATE')).toBe('some state');
  });
});
