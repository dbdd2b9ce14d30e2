import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './user-agent';

describe('describeUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', 'Chrome on Linux'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      'Safari on iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36',
      'Chrome on Android',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36 Edg/156.0',
      'Edge on Windows',
    ],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:130.0) Gecko/20100101 Firefox/130.0', 'Firefox on macOS'],
    ['curl/8.5.0', 'curl'],
  ])('%s → %s', (ua, expected) => expect(describeUserAgent(ua)).toBe(expected));

  it('says so when there is none', () => {
    expect(describeUserAgent(null)).toBe('Unknown browser');
    expect(describeUserAgent('   ')).toBe('Unknown browser');
  });

  it('cuts an unrecognised, long value short', () => {
    expect(describeUserAgent(`${'x'.repeat(500)} more`)).toBe(`${'x'.repeat(40)}…`);
    expect(describeUserAgent('MyIntegration/2.1 (+https://example.test)')).toBe('MyIntegration/2.1');
  });
});
