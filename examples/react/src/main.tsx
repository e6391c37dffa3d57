import { configure } from 'bandeau';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Once, before the first render. (Under StrictMode a second call would return the same API.)
configure({
  categories: { necessary: {}, analytics: {}, social: { services: { youtube: { preset: 'youtube' } } } },
  privacyPolicyUrl: '/privacy',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
