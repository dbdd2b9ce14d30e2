import { describe, expect, it } from 'vitest';
import { failureText, isErrorResult } from './errors';

describe('isErrorResult and failureText', () => {
  it('tells an ErrorResult from a success and says its message', () => {
    const failure = { __typename: 'PaymentVoidedError', code: 'PAYMENT_VOIDED', message: 'The payment is void already.' };
    const success = { __typename: 'Payment', id: 'p1' };
    expect(isErrorResult(failure)).toBe(true);
    expect(isErrorResult(success)).toBe(false);
    expect(failureText(failure, 'Not voidable')).toBe('The payment is void already.');
    expect(failureText(success, 'Not voidable')).toBe('Not voidable');
    expect(failureText(null, 'Failed')).toBe('Failed');
  });
});
