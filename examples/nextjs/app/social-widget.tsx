'use client';
import { useConsent } from 'bandeau/react';

// The server's value (false) while React hydrates, the stored decision right after.
export default function SocialWidget() {
  const social = useConsent('social');
  return (
    <>
      <p id="social-state">{social ? 'social : accepté' : 'social : non accepté'}</p>
      {social && <p id="social-widget">Partager</p>}
    </>
  );
}
