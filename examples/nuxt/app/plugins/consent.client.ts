import { configure } from 'bandeau';

// A client plugin runs in the browser before Vue hydrates the app: <consent-gate> is defined by then.
export default defineNuxtPlugin(() => {
  configure({ categories: { necessary: {}, analytics: {}, social: {} }, privacyPolicyUrl: '/privacy' });
});
