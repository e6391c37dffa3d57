import { configure } from 'bandeau';
import { createApp } from 'vue';
import App from './App.vue';

// Once, before mounting the app.
configure({
  categories: { necessary: {}, analytics: {}, social: { services: { youtube: { preset: 'youtube' } } } },
  privacyPolicyUrl: '/privacy',
});

createApp(App).mount('#app');
