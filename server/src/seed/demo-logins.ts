/** The demo program's sign-ins, printed at start-up (README quick start). */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { role: 'merchant admin', email: 'admin@acme.test', password: 'demo-admin-pass' },
  { role: 'merchant viewer (read only)', email: 'viewer@acme.test', password: 'demo-viewer-pass' },
  { role: 'partner', email: 'alice@partners.test', password: 'demo-alice-pass' },
  { role: 'partner', email: 'bob@partners.test', password: 'demo-bob-pass' },
];
