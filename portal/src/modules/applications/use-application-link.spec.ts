import { describe, expect, it } from 'vitest';
import { applicationLink, copyText, isValidSlug, suggestSlug } from './use-application-link';

describe('application links', () => {
  it('accepts only lowercase words joined by single hyphens, 3–60 characters', () => {
    for (const ok of ['acme', 'acme-outdoor', 'a1-b2-c3', 'x'.repeat(60)]) expect(isValidSlug(ok), ok).toBe(true);
    for (const bad of ['', 'ab', 'Acme', 'acme outdoor', '-acme', 'acme-', 'a--b', 'ünï', 'a_b', 'x'.repeat(61)])
      expect(isValidSlug(bad), bad).toBe(false);
  });
  it('suggests a slug from a name', () => {
    expect(suggestSlug('Acme Outdoor GmbH')).toBe('acme-outdoor-gmbh');
    expect(suggestSlug('  Café  Über!! ')).toBe('cafe-uber');
    expect(isValidSlug(suggestSlug('Acme Outdoor GmbH'))).toBe(true);
  });
  it('builds the public address', () => {
    expect(applicationLink('https://partners.example.com/', 'acme')).toBe('https://partners.example.com/join/acme');
  });
  it('reports whether copying worked', async () => {
    const copied: string[] = [];
    expect(await copyText('x', { writeText: async (t: string) => void copied.push(t) })).toBe(true);
    expect(copied).toEqual(['x']);
    expect(await copyText('x', { writeText: async () => Promise.reject(new Error('denied')) })).toBe(false);
  });
});
