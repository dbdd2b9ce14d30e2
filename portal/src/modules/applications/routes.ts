import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'applications',
    name: 'applications',
    component: () => import('./pages/ApplicationsPage.vue'),
    meta: { title: 'Applications', nav: 8 },
  },
];
