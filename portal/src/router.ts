import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from './shared/session';
import LoginPage from './modules/auth/pages/LoginPage.vue';
import { merchantRoutes as overviewMerchantRoutes } from './modules/overview/routes';
import { merchantRoutes as searchMerchantRoutes } from './modules/search/routes';
import { merchantRoutes as commissionsMerchantRoutes } from './modules/commissions/routes';
import { merchantRoutes as paymentsMerchantRoutes } from './modules/payments/routes';
import { merchantRoutes as partnersMerchantRoutes } from './modules/partners/routes';
import { merchantRoutes as applicationsMerchantRoutes } from './modules/applications/routes';
import { merchantRoutes as salesMerchantRoutes } from './modules/sales/routes';
import { merchantRoutes as customersMerchantRoutes } from './modules/customers/routes';
import { merchantRoutes as settingsMerchantRoutes } from './modules/settings/routes';
import { merchantRoutes as webhooksMerchantRoutes } from './modules/webhooks/routes';
import { merchantRoutes as teamMerchantRoutes } from './modules/team/routes';
import { merchantRoutes as accountsMerchantRoutes, partnerRoutes as accountsPartnerRoutes } from './modules/accounts/routes';
import { merchantRoutes as emailsMerchantRoutes } from './modules/emails/routes';
import { partnerRoutes as partnerPartnerRoutes } from './modules/partner/routes';

// Every page but sign-in is lazy-loaded so the initial route stays small. Each module owns its
// routes (modules/<name>/routes.ts); the main navigation is built from their `meta.nav`.
const merchantRoutes: RouteRecordRaw[] = [
  ...overviewMerchantRoutes,
  ...searchMerchantRoutes,
  ...commissionsMerchantRoutes,
  ...paymentsMerchantRoutes,
  ...partnersMerchantRoutes,
  ...applicationsMerchantRoutes,
  ...salesMerchantRoutes,
  ...customersMerchantRoutes,
  ...settingsMerchantRoutes,
  ...webhooksMerchantRoutes,
  ...teamMerchantRoutes,
  ...accountsMerchantRoutes,
  ...emailsMerchantRoutes,
];
const partnerRoutes: RouteRecordRaw[] = [...accountsPartnerRoutes, ...partnerPartnerRoutes];

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- a .vue import is opaque to typescript-eslint; vue-tsc checks it
      { path: '/login', name: 'login', component: LoginPage, meta: { public: true, title: 'Sign in' } },
      {
        path: '/forgot-password',
        name: 'forgot-password',
        component: () => import('./modules/accounts/pages/ForgotPasswordPage.vue'),
        meta: { public: true, title: 'Forgot password' },
      },
      {
        path: '/reset-password',
        name: 'reset-password',
        component: () => import('./modules/accounts/pages/SetPasswordPage.vue'),
        meta: { public: true, anyone: true, title: 'New password' },
      },
      {
        path: '/accept-invitation',
        name: 'accept-invitation',
        component: () => import('./modules/accounts/pages/AcceptInvitationPage.vue'),
        meta: { public: true, anyone: true, title: 'Join the team' },
      },
      {
        path: '/signup',
        name: 'signup',
        component: () => import('./modules/signup/pages/SignUpPage.vue'),
        meta: { public: true, title: 'Start a program' },
      },
      {
        path: '/confirm-signup',
        name: 'confirm-signup',
        component: () => import('./modules/signup/pages/ConfirmSignUpPage.vue'),
        meta: { public: true, anyone: true, title: 'Confirm your new program' },
      },
      {
        path: '/verify-email',
        name: 'verify-email',
        component: () => import('./modules/signup/pages/VerifyEmailPage.vue'),
        meta: { public: true, anyone: true, title: 'Confirm your email' },
      },
      {
        path: '/confirm-email-change',
        name: 'confirm-email-change',
        component: () => import('./modules/accounts/pages/ConfirmEmailChangePage.vue'),
        meta: { public: true, anyone: true, title: 'Confirm your new email' },
      },
      {
        path: '/set-password',
        name: 'set-password',
        component: () => import('./modules/accounts/pages/SetPasswordPage.vue'),
        meta: { public: true, anyone: true, title: 'Choose your password' },
      },
      {
        path: '/join/:slug',
        name: 'join',
        component: () => import('./modules/applications/pages/JoinPage.vue'),
        props: true,
        meta: { public: true, anyone: true, title: 'Apply' },
      },
      { path: '/merchant', component: () => import('./shared/layout/AppShell.vue'), children: merchantRoutes, meta: { area: 'merchant' } },
      { path: '/partner', component: () => import('./shared/layout/AppShell.vue'), children: partnerRoutes, meta: { area: 'partner' } },
      { path: '/', name: 'home', redirect: () => homeFor() },
      { path: '/:pathMatch(.*)*', redirect: () => homeFor() },
    ],
  });

  router.beforeEach((to) => {
    const { viewer, isPartner } = useSession();
    // Emailed links open whoever is signed in on this browser: the link is for its recipient.
    if (to.meta.anyone) return true;
    if (to.meta.public) return viewer.value ? homeFor() : true;
    if (!viewer.value) return { name: 'login', query: { next: to.fullPath } };
    const area = to.matched[0]?.meta.area;
    if (area === 'merchant' && isPartner.value) return { name: 'partner-overview' };
    // The program requires two-factor sign-in of admins: until it is on, only "Your account" answers.
    if (viewer.value.twoFactorEnrolmentRequired && to.name !== 'merchant-account') return { name: 'merchant-account' };
    if (area === 'partner' && !isPartner.value) return { name: 'merchant-overview' };
    return true;
  });
  router.afterEach((to) => {
    document.title = `${(to.meta.title as string | undefined) ?? 'Partnerbook'} · Partnerbook`;
  });
  return router;
}

function homeFor() {
  const { viewer, isPartner } = useSession();
  if (!viewer.value) return { name: 'login' };
  return isPartner.value ? { name: 'partner-overview' } : { name: 'merchant-overview' };
}
