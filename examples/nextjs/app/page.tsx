import type {} from 'bandeau/react'; // types <consent-gate> in JSX
import SocialWidget from './social-widget';

// A server component: the gate and its template go out in the HTML as they are; nothing in it loads before consent.
export default function Page() {
  return (
    <main>
      <h1>Un article</h1>
      <consent-gate category="social">
        <template>
          <div id="comments">
            <iframe src="/embed.html" title="Commentaires"></iframe>
          </div>
        </template>
      </consent-gate>
      <SocialWidget />
    </main>
  );
}
