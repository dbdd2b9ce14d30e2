import type { RouteRecordRaw } from 'vue-router';

/** This module's pages under /merchant, lazy-loaded; `meta.nav` places one in the main navigation, in that order. */
export const merchantRoutes: RouteRecordRaw[] = [
  {
    path: 'settings',
    name: 'settings',
    component: () => import('./pages/ProgramSettingsPage.vue'),
    meta: { title: 'Settings', nav: 13 },
  },
  {
    path: 'settings/products',
    name: 'products',
    component: () => import('./pages/ProductsPage.vue'),
    meta: { title: 'Products', nav: 14 },
  },
  {
    path: 'settings/api-keys',
    name: 'api-keys',
    component: () => import('./pages/ApiKeysPage.vue'),
    meta: { title: 'API keys', nav: 15 },
  },
  {
    path: 'settings/audit',
    name: 'audit-log',
    component: () => import('./pages/AuditLogPage.vue'),
    meta: { title: 'Audit log', nav: 18 },
  },
];
