import { createApp, h } from 'vue';

createApp({ render: () => h('main', [h('h1', 'Partnerbook'), h('p', 'Partner commissions and payouts.')]) }).mount('#app');
