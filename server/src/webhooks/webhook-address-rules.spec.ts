import { describe, expect, it } from 'vitest';
import { isPublicAddress, webhookUrlProblem } from './webhook-address-rules';

const strict = { allowPrivate: false, requireHttps: true };

describe('webhook address rules', () => {
  it('allows public unicast addresses only', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('refuses URLs that are not https, carry credentials, or name private hosts', () => {
    expect(webhookUrlProblem('https://hooks.example.com/partnerbook', strict)).toBeNull();
    for (const url of [
      'http://hooks.example.com/x',
      'ftp://hooks.example.com/x',
      'https://user:pw@hooks.example.com/x',
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/x',
      'https://metadata.google.internal/x',
      'https://intranet/x',
      'https://2130706433/x',
      'https://0x7f.1/x',
      'not a url',
      `https://hooks.example.com/${'a'.repeat(2_000)}`,
    ]) {
      expect(webhookUrlProblem(url, strict), url).not.toBeNull();
    }
  });

  it('lets tests use loopback and http when configured to', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4321/hook', { allowPrivate: true, requireHttps: false })).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:4321/hook', { allowPrivate: false, requireHttps: false })).not.toBeNull();
  });
});
