import type { CookieDeclaration, LocalizedText, ServiceId } from '../core/types.js';

// The services' shapes once resolved, apart from the code that resolves them: the lazy files' manifest (core/lazy.ts)
// names them without importing services.ts, which imports the manifest's loader.

/** A cookie or storage key of a service, complete. */
export interface ResolvedCookie {
  name: string;
  prefix: boolean;
  type: NonNullable<CookieDeclaration['type']>;
  domain?: string;
  duration: LocalizedText;
  purpose: LocalizedText;
}

/** A service as the visitor is told about it. */
export interface ResolvedService {
  id: ServiceId;
  category: string;
  label: LocalizedText;
  provider?: string;
  privacyPolicyUrl?: string;
  cookies: ResolvedCookie[];
}
