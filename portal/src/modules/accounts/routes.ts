import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'account',
    name: 'merchant-account',
    component: () => import('./pages/MyAccountPage.vue'),
    meta: { title: 'Your account', nav: 19 },
  },
];

/** This module's pages under /partner, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const partnerRoutes: RouteRecordRaw[] = [
  {
    path: 'account',
    name: 'partner-account',
    component: () => import('./pages/MyAccountPage.vue'),
    meta: { title: 'Your account', nav: 6 },
  },
];
