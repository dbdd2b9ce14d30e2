import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { isSealed, keyIdOf, keyringOf, openSecret, sealSecret } from './secret-box';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ACCOUNT = '6f1c9a52-0000-4000-8000-000000000001';

describe('two-factor secret box', () => {
  it('seals with AES-256-GCM under the current key id, a fresh IV each time, and opens again', () => {
    const ring = keyringOf(randomBytes(32));
    const a = sealSecret(SECRET, ACCOUNT, ring);
    const b = sealSecret(SECRET, ACCOUNT, ring);
    expect(a).toMatch(new RegExp(`^tfa1:${ring.currentId}:`));
    expect(a).not.toBe(b);
    expect(a).not.toContain(SECRET);
    expect(openSecret(a, ACCOUNT, ring)).toBe(SECRET);
  });

  it('refuses a secret moved to another account or tampered with', () => {
    const ring = keyringOf(randomBytes(32));
    const sealed = sealSecret(SECRET, ACCOUNT, ring);
    expect(() => openSecret(sealed, '6f1c9a52-0000-4000-8000-000000000002', ring)).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('x'.repeat(32)).toString('base64url');
    expect(() => openSecret(parts.join(':'), ACCOUNT, ring)).toThrow();
  });

  it('rotates: a previous key still opens, an unknown one is named by its id', () => {
    const [oldKey, newKey] = [randomBytes(32), randomBytes(32)];
    const sealedOld = sealSecret(SECRET, ACCOUNT, keyringOf(oldKey));
    const rotated = keyringOf(newKey, [oldKey]);
    expect(rotated.currentId).toBe(keyIdOf(newKey));
    expect(openSecret(sealedOld, ACCOUNT, rotated)).toBe(SECRET);
    expect(() => openSecret(sealedOld, ACCOUNT, keyringOf(newKey))).toThrow(new RegExp(keyIdOf(oldKey)));
  });

  it('reads a plaintext secret from before encryption as is', () => {
    expect(isSealed(SECRET)).toBe(false);
    expect(openSecret(SECRET, ACCOUNT, keyringOf(randomBytes(32)))).toBe(SECRET);
  });
});
