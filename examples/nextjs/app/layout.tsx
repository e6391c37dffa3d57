import type { ReactNode } from 'react';
import ConsentSetup from './consent-setup';

export const metadata = { title: 'bandeau avec Next.js', icons: { icon: 'data:,' } };

// A server component: the widget starts in the client component below, before React hydrates the page.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <ConsentSetup />
        {children}
      </body>
    </html>
  );
}
