import { browser } from '$app/environment';
import { configure } from 'bandeau';

// Browser-only start: runs once, when the root layout's module loads, i.e. before hydration and before any component
// subscribes to consentFor()/consentState. (On the server this module is imported too, and configure() is not called;
// it would only return an inert, undecided API there.)
if (browser) {
  configure({
    categories: { necessary: {}, analytics: {}, social: { services: { youtube: { preset: 'youtube' } } } },
    privacyPolicyUrl: '/privacy',
  });
}
