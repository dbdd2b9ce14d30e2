import { createApp, markRaw } from 'vue';
import PrimeVue from 'primevue/config';
import { PartnerbookPreset } from './shared/theme';
import urql from '@urql/vue';
import ToastService from 'primevue/toastservice';
import ConfirmationService from 'primevue/confirmationservice';
import App from './App.vue';
import { createAppRouter } from './router';
import { createUrqlClient } from './shared/urql';
import './styles.css';

// The server's Content-Security-Policy admits only <style> elements carrying this response's nonce.
const cspNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

const router = createAppRouter();
const client = createUrqlClient(() => {
  void router.push({ name: 'login', query: { expired: '1' } });
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- a .vue import is opaque to typescript-eslint; vue-tsc checks it
const app = createApp(App).use(urql, client).use(router); // the router starts the first navigation: the page's chunks load meanwhile

// Building PrimeVue's theme styles and the first render each run in a task of their own: together
// with loading the scripts they were one long task that held the page (Total Blocking Time).
// The preset is marked raw: PrimeVue keeps its config reactive and deep-watches it, which walked and
// proxied the whole preset (every token of every component).
setTimeout(() => {
  app
    .use(PrimeVue, { theme: { preset: markRaw(PartnerbookPreset), options: { darkModeSelector: 'system' } }, csp: { nonce: cspNonce } })
    .use(ToastService)
    .use(ConfirmationService);
  setTimeout(() => app.mount('#app'), 0);
}, 0);
