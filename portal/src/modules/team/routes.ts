import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'settings/team',
    name: 'team',
    component: () => import('./pages/TeamPage.vue'),
    meta: { title: 'Team', nav: 17 },
  },
];
