import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './static-assets';

describe('chooseEncoding', () => {
  const both = ['br', 'gzip'] as const;

  it('prefers brotli, then gzip, among the copies that exist', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip, deflate, br', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
  });

  it('sends the original when the client accepts no compressed copy', () => {
    expect(chooseEncoding(undefined, both)).toBeNull();
    expect(chooseEncoding('', both)).toBeNull();
    expect(chooseEncoding('identity', both)).toBeNull();
    expect(chooseEncoding('deflate', both)).toBeNull();
    expect(chooseEncoding('br', [])).toBeNull();
  });

  it('honours q-values, a refusal (q=0) and the * wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBeNull();
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0', both)).toBe('gzip');
    expect(chooseEncoding('GZIP; Q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br;q=junk, gzip', both)).toBe('gzip');
  });
});
