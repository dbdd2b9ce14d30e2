import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'customers',
    name: 'customers',
    component: () => import('./pages/CustomersPage.vue'),
    meta: { title: 'Customers', nav: 11 },
  },
  {
    path: 'customers/:id',
    name: 'customer-detail',
    component: () => import('./pages/CustomerDetailPage.vue'),
    props: true,
    meta: { title: 'Customer' },
  },
];
