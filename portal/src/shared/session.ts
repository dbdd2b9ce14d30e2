import { computed, reactive } from 'vue';
import type { ViewerFieldsFragment } from '../gql/graphql';

const STORAGE_KEY = 'partnerbook.session';

export interface StoredSession {
  token: string;
  /** The latest the session can last (the server slides it while used, up to this); a 401 before it signs out too. */
  expiresAt: string;
  viewer: ViewerFieldsFragment;
}

function load(): StoredSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredSession;
    if (!parsed.token || new Date(parsed.expiresAt).getTime() <= Date.now()) return null;
    return parsed;
  } catch {
    return null;
  }
}

// One session for the whole app; kept in localStorage so it survives a reload.
const state = reactive<{ current: StoredSession | null }>({ current: load() });

export function setSession(session: StoredSession | null): void {
  state.current = session;
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else localStorage.removeItem(STORAGE_KEY);
}

export function currentToken(): string | null {
  return state.current?.token ?? null;
}

export function useSession() {
  const viewer = computed(() => state.current?.viewer ?? null);
  const isPartner = computed(() => viewer.value?.kind === 'PARTNER');
  const isMerchant = computed(() => viewer.value?.kind === 'MERCHANT');
  // Viewers (read-only merchants) see every page without any action control.
  const canAct = computed(() => isMerchant.value && viewer.value?.merchantRole === 'ADMIN');
  return { session: computed(() => state.current), viewer, isPartner, isMerchant, canAct };
}

/** After the signed-in person confirmed their address (the link may arrive in this browser or another). */
export function markEmailVerified(email: string): void {
  const current = state.current;
  if (!current || current.viewer.label !== email) return;
  setSession({ ...current, viewer: { ...current.viewer, emailVerified: true } });
}

/** After the signed-in person turned two-factor sign-in on or off (lifts the enrolment requirement when on). */
export function markTwoFactor(enabled: boolean, enrolmentRequired: boolean): void {
  const current = state.current;
  if (!current) return;
  setSession({
    ...current,
    viewer: { ...current.viewer, twoFactorEnabled: enabled, twoFactorEnrolmentRequired: enrolmentRequired },
  });
}

/** After this login's sign-in email changed (the confirmation link was opened in this browser, signed in). */
export function markEmailChanged(from: string, to: string): void {
  const current = state.current;
  if (!current || current.viewer.label !== from) return;
  setSession({ ...current, viewer: { ...current.viewer, label: to, emailVerified: true } });
}

/** After the program's settings changed: its name, time zone and locale as the portal shows them. */
export function updateSessionProgram(program: { name: string; timezone: string; locale: string }): void {
  const current = state.current;
  if (!current?.viewer.program) return;
  setSession({ ...current, viewer: { ...current.viewer, program: { ...current.viewer.program, ...program } } });
}
