import { useConsent } from 'bandeau/react';

/** Rendered only while the visitor grants the "social" category; re-renders when the choice changes. */
export function SocialWidget() {
  const social = useConsent('social');
  return social ? <p id="social-widget">Partager sur les réseaux sociaux</p> : null;
}
