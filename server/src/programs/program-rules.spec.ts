import { describe, expect, it } from 'vitest';
import { canonicalLocale, canonicalTimeZone } from './program-rules';

describe('time zones and locales', () => {
  it('knows IANA zones and UTC, refuses the rest', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'Pacific/Auckland']) expect(canonicalTimeZone(zone)).toBe(zone);
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toMatch(/Buenos_Aires$/);
    for (const zone of ['', 'Mars/Olympus', 'Europe/Berlin ', '../../etc/passwd', '+01:00', 'GMT+25', 'a/b/c/d'])
      expect(canonicalTimeZone(zone)).toBeNull();
  });
  it('canonicalises BCP 47 tags and refuses anything else', () => {
    expect(canonicalLocale('de-de')).toBe('de-DE');
    expect(canonicalLocale('en-US')).toBe('en-US');
    expect(canonicalLocale('fr')).toBe('fr');
    for (const bad of ['', 'x', 'en_US', 'en-US;DROP', '<script>', 'a'.repeat(300)]) expect(canonicalLocale(bad)).toBeNull();
  });
});
