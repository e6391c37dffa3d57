/** The package's custom elements, their attributes as properties, for framework typings. */
export interface ConsentGateProps {
  /** The category whose consent the gated content needs. */
  category?: string;
}
export interface CookieConsentProps {
  theme?: 'light' | 'dark' | '';
  layout?: 'bar' | 'box' | 'modal';
}
export interface CookieConsentButtonProps {
  side?: 'start' | 'end' | '';
}
export interface ElementProps {
  'consent-gate': ConsentGateProps;
  'cookie-consent': CookieConsentProps;
  'cookie-consent-button': CookieConsentButtonProps;
}
/** Tag names a framework must treat as custom elements (Vue: compilerOptions.isCustomElement). */
export const ELEMENT_NAMES: ReadonlyArray<keyof ElementProps> = ['consent-gate', 'cookie-consent', 'cookie-consent-button'];
