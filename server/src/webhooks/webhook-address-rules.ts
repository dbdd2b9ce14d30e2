import ipaddr from 'ipaddr.js';

/** How strict webhook URLs are: from AppConfig (production, WEBHOOK_ALLOW_PRIVATE). */
export interface WebhookUrlPolicy {
  /** Loopback, private, link-local and other non-public addresses are allowed (tests, local development). */
  allowPrivate: boolean;
  /** Only https URLs (production). */
  requireHttps: boolean;
}

export const MAX_WEBHOOK_URL_LENGTH = 2_000;

/**
 * True for a globally routable unicast address. Everything else — loopback, RFC 1918 and unique
 * local, link-local (which holds cloud metadata services at 169.254.169.254 and fd00:ec2::254),
 * carrier-grade NAT, multicast, reserved, and IPv4 tunnelled or mapped inside IPv6 — is refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** The host of a URL as an IP address, or null for a name (IPv6 literals come bracketed). */
export function ipLiteralOf(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}

/**
 * Checks a webhook URL as typed (names are resolved and checked again at every delivery).
 * Answers why it is refused, or null.
 */
export function webhookUrlProblem(raw: string, policy: WebhookUrlPolicy): string | null {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return `The URL is longer than ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The URL is not a valid absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https://';
  if (policy.requireHttps && url.protocol !== 'https:') return 'The URL must start with https://';
  if (url.username || url.password) return 'The URL must not contain a user name or password';
  if (url.hash) return 'The URL must not contain a #fragment';
  if (policy.allowPrivate) return null;
  const literal = ipLiteralOf(url.hostname);
  if (literal !== null) return isPublicAddress(literal) ? null : 'The URL points at a private, loopback or reserved address';
  // Numeric forms a resolver might read as an address (0x7f.1, 2130706433) are refused outright.
  if (/^[0-9.x]+$/i.test(url.hostname) || /^\d+$/.test(url.hostname)) return 'The URL host is not a valid name or address';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || !host.includes('.')) {
    return 'The URL must name a public host';
  }
  return null;
}
