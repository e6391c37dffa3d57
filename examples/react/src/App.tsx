import { SocialWidget } from './SocialWidget';

export function App() {
  return (
    <main>
      <h1>Article</h1>
      <p>Le texte de l’article.</p>
      <SocialWidget />
      <h2>Commentaires</h2>
      {/* The comments are stamped from the template only once "social" is granted. */}
      <consent-gate category="social">
        <template>
          <ul id="comments">
            <li>Premier commentaire</li>
            <li>Second commentaire</li>
          </ul>
        </template>
      </consent-gate>
    </main>
  );
}
