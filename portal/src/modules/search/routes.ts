import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'search',
    name: 'merchant-search',
    component: () => import('./pages/SearchPage.vue'),
    meta: { title: 'Search' },
  },
];
