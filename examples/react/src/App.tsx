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
      <h2>Vidéo</h2>
      {/* One service of a category: stamped once YouTube (or all of « social ») is granted. */}
      <consent-gate service="youtube">
        <template>
          <p id="video">La vidéo YouTube.</p>
        </template>
      </consent-gate>
      <h2>Cookies</h2>
      {/* The cookie declaration, as on a privacy-policy page: every category, service and cookie of the config. */}
      <cookie-declaration heading-level="3"></cookie-declaration>
    </main>
  );
}
