import { beforeEach, describe, expect, it, vi } from 'vitest';

const viewer = {
  kind: 'MERCHANT',
  label: 'ada',
  displayName: 'Ada',
  emailVerified: false,
  twoFactorEnabled: false,
  twoFactorEnrolmentRequired: false,
  merchantRole: 'VIEWER',
  apiKeyScope: null,
  program: { id: 'p', name: 'Acme', currency: 'USD', timezone: 'UTC', locale: 'en-US' },
  partner: null,
} as const;

describe('session', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('survives a reload (a fresh module load reads localStorage) and a viewer cannot act', async () => {
    const first = await import('./session');
    first.setSession({ token: 't1', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer: { ...viewer } });
    vi.resetModules();
    const reloaded = await import('./session');
    expect(reloaded.currentToken()).toBe('t1');
    const { isMerchant, canAct } = reloaded.useSession();
    expect(isMerchant.value).toBe(true);
    expect(canAct.value).toBe(false);
    reloaded.setSession(null);
    expect(localStorage.length).toBe(0);
  });

  it('forgets an expired session', async () => {
    localStorage.setItem('partnerbook.session', JSON.stringify({ token: 'old', expiresAt: '2000-01-01T00:00:00Z', viewer }));
    const session = await import('./session');
    expect(session.currentToken()).toBeNull();
  });

  it('marks the address confirmed for the signed-in person only, and keeps it over a reload', async () => {
    const session = await import('./session');
    session.setSession({ token: 't2', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer: { ...viewer } });
    session.markEmailVerified('someone-else');
    expect(session.useSession().viewer.value?.emailVerified).toBe(false);
    session.markEmailVerified('ada');
    vi.resetModules();
    expect((await import('./session')).useSession().viewer.value?.emailVerified).toBe(true);
  });
});
