import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let development: TestApp;
let production: TestApp;

beforeAll(async () => {
  [development, production] = await Promise.all([startTestApp(), startTestApp({ production: true })]);
});
afterAll(async () => Promise.all([development?.close(), production?.close()]));

describe('the API explorer at /graphql', () => {
  it('outside production, a browser opening /graphql gets Apollo Sandbox under its own CSP', async () => {
    const response = await fetch(`${development.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('https://embeddable-sandbox.cdn.apollographql.com/');
    // The page's own policy (a <meta>) admits only this origin, its nonce and Apollo's CDN ...
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toMatch(/script-src 'self' 'nonce-[^']+' https:\/\/apollo-server-landing-page\.cdn\.apollographql\.com/);
    // ... so the header policy, which forbids that CDN, is not sent beside it; framing stays forbidden.
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps the header CSP on every API answer, GET queries included', async () => {
    const post = await fetch(`${development.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    const get = await fetch(`${development.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('in production there is no explorer and the header CSP stays', async () => {
    const response = await fetch(`${production.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(await response.text()).not.toContain('apollographql.com');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
  });
});
