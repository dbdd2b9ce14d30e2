import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /partner, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const partnerRoutes: RouteRecordRaw[] = [
  { path: '', name: 'partner-overview', component: () => import('./pages/EarningsPage.vue'), meta: { title: 'Earnings', nav: 1 } },
  {
    path: 'rewards',
    name: 'partner-rewards',
    component: () => import('./pages/RewardHistoryPage.vue'),
    meta: { title: 'Reward history', nav: 2 },
  },
  {
    path: 'payments',
    name: 'partner-payments',
    component: () => import('./pages/PaymentsReceivedPage.vue'),
    meta: { title: 'Payments received', nav: 3 },
  },
  {
    path: 'messages',
    name: 'partner-messages',
    component: () => import('./pages/MessagesPage.vue'),
    meta: { title: 'Messages', nav: 4 },
  },
  {
    path: 'profile',
    name: 'partner-profile',
    component: () => import('./pages/ProfilePage.vue'),
    meta: { title: 'Profile', nav: 5 },
  },
];
