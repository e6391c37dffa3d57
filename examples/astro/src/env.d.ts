// Importing bandeau's types declares window.cookieConsent (CookieConsentApi | undefined) for the page's own scripts.
import type {} from 'bandeau';
