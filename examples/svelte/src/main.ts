import { configure } from 'bandeau';
import { mount } from 'svelte';
import App from './App.svelte';

// Once, before mounting the app. The returned API is also a Svelte store (`$consent`).
configure({
  categories: { necessary: {}, analytics: {}, social: { services: { youtube: { preset: 'youtube' } } } },
  privacyPolicyUrl: '/privacy',
});

mount(App, { target: document.getElementById('app')! });
