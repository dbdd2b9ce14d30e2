import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'payments/pending',
    name: 'pending-payments',
    component: () => import('./pages/PendingPaymentsPage.vue'),
    meta: { title: 'Pending payments', nav: 4 },
  },
  { path: 'payments', name: 'payments', component: () => import('./pages/PaymentsPage.vue'), meta: { title: 'Payments', nav: 6 } },
];
