import { describe, expect, it } from 'vitest';
import { groupedKey, recoveryCodesFileName, recoveryCodesText } from './use-recovery-codes';

describe('recovery codes helpers', () => {
  it('writes one code per line under a heading', () => {
    const text = recoveryCodesText(['abcde-fghjk', 'mnpqr-stuvw'], 'ann@example.com', 'Acme');
    expect(text.split('\n')).toContain('abcde-fghjk');
    expect(text).toMatch(/^Partnerbook recovery codes for ann@example.com \(Acme\)/);
  });

  it('makes a safe file name and groups the key by four', () => {
    expect(recoveryCodesFileName('Acme Outdoor Co. / EU')).toBe('partnerbook-recovery-codes-acme-outdoor-co-eu.txt');
    expect(recoveryCodesFileName('***')).toBe('partnerbook-recovery-codes.txt');
    expect(groupedKey('ABCDEFGHIJKLMNOP')).toBe('ABCD EFGH IJKL MNOP');
  });
});
