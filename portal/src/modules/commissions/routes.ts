import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'commissions/pending',
    name: 'pending-commissions',
    component: () => import('./pages/PendingCommissionsPage.vue'),
    meta: { title: 'Pending commissions', nav: 2 },
  },
  {
    path: 'commissions/all',
    name: 'all-commissions',
    component: () => import('./pages/AllCommissionsPage.vue'),
    meta: { title: 'All commissions', nav: 3 },
  },
  {
    path: 'commissions/history',
    name: 'commission-history',
    component: () => import('./pages/CommissionHistoryPage.vue'),
    meta: { title: 'Commission history', nav: 5 },
  },
];
