import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  { path: 'partners', name: 'partners', component: () => import('./pages/PartnersPage.vue'), meta: { title: 'Partners', nav: 7 } },
  {
    path: 'partners/:id',
    name: 'partner-detail',
    component: () => import('./pages/PartnerDetailPage.vue'),
    props: true,
    meta: { title: 'Partner' },
  },
  {
    path: 'rewards',
    name: 'rewards',
    component: () => import('./pages/ReviewRewardsPage.vue'),
    meta: { title: 'Review rewards', nav: 9 },
  },
];
