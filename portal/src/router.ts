import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from './shared/session';
import LoginPage from './modules/auth/pages/LoginPage.vue';

// Every page but sign-in is lazy-loaded so the initial route stays small.
const merchantRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'merchant-overview',
    component: () => import('./modules/overview/pages/MerchantOverviewPage.vue'),
    meta: { title: 'Overview' },
  },
  {
    path: 'search',
    name: 'merchant-search',
    component: () => import('./modules/search/pages/SearchPage.vue'),
    meta: { title: 'Search' },
  },
  {
    path: 'commissions/pending',
    name: 'pending-commissions',
    component: () => import('./modules/commissions/pages/PendingCommissionsPage.vue'),
    meta: { title: 'Pending commissions' },
  },
  {
    path: 'commissions/all',
    name: 'all-commissions',
    component: () => import('./modules/commissions/pages/AllCommissionsPage.vue'),
    meta: { title: 'All commissions' },
  },
  {
    path: 'commissions/history',
    name: 'commission-history',
    component: () => import('./modules/commissions/pages/CommissionHistoryPage.vue'),
    meta: { title: 'Commission history' },
  },
  {
    path: 'payments/pending',
    name: 'pending-payments',
    component: () => import('./modules/payments/pages/PendingPaymentsPage.vue'),
    meta: { title: 'Pending payments' },
  },
  { path: 'payments', name: 'payments', component: () => import('./modules/payments/pages/PaymentsPage.vue'), meta: { title: 'Payments' } },
  { path: 'partners', name: 'partners', component: () => import('./modules/partners/pages/PartnersPage.vue'), meta: { title: 'Partners' } },
  {
    path: 'partners/:id',
    name: 'partner-detail',
    component: () => import('./modules/partners/pages/PartnerDetailPage.vue'),
    props: true,
    meta: { title: 'Partner' },
  },
  {
    path: 'applications',
    name: 'applications',
    component: () => import('./modules/applications/pages/ApplicationsPage.vue'),
    meta: { title: 'Applications' },
  },
  {
    path: 'rewards',
    name: 'rewards',
    component: () => import('./modules/partners/pages/ReviewRewardsPage.vue'),
    meta: { title: 'Review rewards' },
  },
  { path: 'sales', name: 'sales', component: () => import('./modules/sales/pages/SalesPage.vue'), meta: { title: 'Sales' } },
  {
    path: 'sales/:id',
    name: 'sale-detail',
    component: () => import('./modules/sales/pages/SaleDetailPage.vue'),
    props: true,
    meta: { title: 'Sale' },
  },
  {
    path: 'customers',
    name: 'customers',
    component: () => import('./modules/customers/pages/CustomersPage.vue'),
    meta: { title: 'Customers' },
  },
  {
    path: 'customers/:id',
    name: 'customer-detail',
    component: () => import('./modules/customers/pages/CustomerDetailPage.vue'),
    props: true,
    meta: { title: 'Customer' },
  },
  {
    path: 'settings',
    name: 'settings',
    component: () => import('./modules/settings/pages/ProgramSettingsPage.vue'),
    meta: { title: 'Settings' },
  },
  {
    path: 'settings/products',
    name: 'products',
    component: () => import('./modules/settings/pages/ProductsPage.vue'),
    meta: { title: 'Products' },
  },
  {
    path: 'settings/api-keys',
    name: 'api-keys',
    component: () => import('./modules/settings/pages/ApiKeysPage.vue'),
    meta: { title: 'API keys' },
  },
  {
    path: 'settings/webhooks',
    name: 'webhooks',
    component: () => import('./modules/webhooks/pages/WebhooksPage.vue'),
    meta: { title: 'Webhooks' },
  },
  {
    path: 'settings/webhooks/:id',
    name: 'webhook-endpoint',
    component: () => import('./modules/webhooks/pages/WebhookEndpointPage.vue'),
    props: true,
    meta: { title: 'Webhook endpoint' },
  },
  {
    path: 'settings/audit',
    name: 'audit-log',
    component: () => import('./modules/settings/pages/AuditLogPage.vue'),
    meta: { title: 'Audit log' },
  },
  {
    path: 'settings/team',
    name: 'team',
    component: () => import('./modules/team/pages/TeamPage.vue'),
    meta: { title: 'Team' },
  },
  {
    path: 'account',
    name: 'merchant-account',
    component: () => import('./modules/accounts/pages/MyAccountPage.vue'),
    meta: { title: 'Your account' },
  },
  {
    path: 'emails',
    name: 'email-outbox',
    component: () => import('./modules/emails/pages/EmailOutboxPage.vue'),
    meta: { title: 'Email outbox' },
  },
];

const partnerRoutes: RouteRecordRaw[] = [
  { path: '', name: 'partner-overview', component: () => import('./modules/partner/pages/EarningsPage.vue'), meta: { title: 'Earnings' } },
  {
    path: 'rewards',
    name: 'partner-rewards',
    component: () => import('./modules/partner/pages/RewardHistoryPage.vue'),
    meta: { title: 'Reward history' },
  },
  {
    path: 'payments',
    name: 'partner-payments',
    component: () => import('./modules/partner/pages/PaymentsReceivedPage.vue'),
    meta: { title: 'Payments received' },
  },
  {
    path: 'messages',
    name: 'partner-messages',
    component: () => import('./modules/partner/pages/MessagesPage.vue'),
    meta: { title: 'Messages' },
  },
  {
    path: 'profile',
    name: 'partner-profile',
    component: () => import('./modules/partner/pages/ProfilePage.vue'),
    meta: { title: 'Profile' },
  },
  {
    path: 'account',
    name: 'partner-account',
    component: () => import('./modules/accounts/pages/MyAccountPage.vue'),
    meta: { title: 'Your account' },
  },
];

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
        path: '/verify-email',
        name: 'verify-email',
        component: () => import('./modules/signup/pages/VerifyEmailPage.vue'),
        meta: { public: true, anyone: true, title: 'Confirm your email' },
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
