import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'emails',
    name: 'email-outbox',
    component: () => import('./pages/EmailOutboxPage.vue'),
    meta: { title: 'Email outbox', nav: 12 },
  },
];
