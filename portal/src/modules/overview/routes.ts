import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'merchant-overview',
    component: () => import('./pages/MerchantOverviewPage.vue'),
    meta: { title: 'Overview', nav: 1 },
  },
];
