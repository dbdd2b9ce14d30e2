import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  { path: 'sales', name: 'sales', component: () => import('./pages/SalesPage.vue'), meta: { title: 'Sales', nav: 10 } },
  {
    path: 'sales/:id',
    name: 'sale-detail',
    component: () => import('./pages/SaleDetailPage.vue'),
    props: true,
    meta: { title: 'Sale' },
  },
];
