import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'settings/webhooks',
    name: 'webhooks',
    component: () => import('./pages/WebhooksPage.vue'),
    meta: { title: 'Webhooks', nav: 16 },
  },
  {
    path: 'settings/webhooks/:id',
    name: 'webhook-endpoint',
    component: () => import('./pages/WebhookEndpointPage.vue'),
    props: true,
    meta: { title: 'Webhook endpoint' },
  },
];
