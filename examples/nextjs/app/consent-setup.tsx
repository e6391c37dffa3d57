'use client';
import { configure } from 'bandeau';

// At module level, not in an effect: the module runs in the browser before React hydrates, so <consent-gate> is
// defined (and its server-rendered template ready) when hydration reaches it. On the server configure() is inert.
configure({ categories: { necessary: {}, analytics: {}, social: {} }, privacyPolicyUrl: '/privacy' });

export default function ConsentSetup() {
  return null;
}
