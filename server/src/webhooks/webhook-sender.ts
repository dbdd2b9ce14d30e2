import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import { ipLiteralOf, isPublicAddress } from './webhook-address-rules';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookResponse {
  statusCode: number;
  /** The start of the answer's body (at most `maxResponseBytes`). */
  body: string;
}

export interface WebhookSender {
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

export interface HttpSenderOptions {
  /** Loopback, private and link-local addresses allowed (WEBHOOK_ALLOW_PRIVATE, tests). */
  allowPrivate: boolean;
  /** The whole request, connection to last byte read. */
  timeoutMs?: number;
  maxResponseBytes?: number;
}

export class RefusedAddressError extends Error {}

/**
 * dns.lookup that refuses non-public addresses. It runs at connection time for every request, so
 * a name that resolved to a public address when the endpoint was saved and to 127.0.0.1 now (DNS
 * rebinding) is refused, and the address checked is the address connected to.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses;
      const refused = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (refused || list.length === 0) {
        return callback(new RefusedAddressError(`${hostname} resolves to a private, loopback or reserved address`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * Plain node:http(s): one POST, no redirects followed, no connection reuse, a hard timeout over
 * the whole exchange, and only the first bytes of the answer read.
 */
export function httpSender(options: HttpSenderOptions): WebhookSender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 4_096;
  const lookup = guardedLookup(options.allowPrivate);
  return {
    send: (request) =>
      new Promise<WebhookResponse>((resolve, reject) => {
        const url = new URL(request.url);
        const literal = ipLiteralOf(url.hostname);
        if (literal !== null && !options.allowPrivate && !isPublicAddress(literal)) {
          return reject(new RefusedAddressError(`${literal} is a private, loopback or reserved address`));
        }
        const client = url.protocol === 'https:' ? https : http;
        const req = client.request(
          url,
          {
            method: 'POST',
            agent: false,
            lookup,
            headers: { ...request.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            let size = 0;
            const finish = () => {
              clearTimeout(timer);
              resolve({ statusCode: res.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8') });
            };
            res.on('data', (chunk: Buffer) => {
              chunks.push(chunk);
              size += chunk.length;
              if (size >= maxBytes) {
                // Enough to show; the rest is not read.
                res.destroy();
                finish();
              }
            });
            res.on('end', finish);
            res.on('error', (error) => {
              clearTimeout(timer);
              reject(error);
            });
          },
        );
        const timer = setTimeout(() => req.destroy(new Error(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
        req.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        req.end(request.body);
      }),
  };
}
