import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './use-download';

describe('filenameFromDisposition', () => {
  it('reads plain and RFC 5987 file names, else falls back', () => {
    expect(filenameFromDisposition('attachment; filename="paypal-USD-1.csv"', 'x.csv')).toBe('paypal-USD-1.csv');
    expect(filenameFromDisposition("attachment; filename*=UTF-8''pending%20payments.csv", 'x.csv')).toBe('pending payments.csv');
    expect(filenameFromDisposition(null, 'x.csv')).toBe('x.csv');
  });
});
