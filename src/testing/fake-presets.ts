/** Stand-ins for dist/presets/<id>.js in component tests (the real ones are built from presets.json by vite). */
export const FAKE_PRESETS: Record<string, unknown> = {
  telegram: {
    label: 'Telegram',
    provider: 'Telegram Messenger Inc.',
    privacyPolicyUrl: 'https://telegram.org/privacy',
    category: 'social',
    hosts: ['telegram.org'],
    cookies: [{ name: 'stel_ssid', domain: 'telegram.org', duration: 'session', purpose: { fr: 'Session des widgets.', en: 'Widget session.' } }],
  },
  'google-analytics': {
    label: 'Google Analytics',
    provider: 'Google Ireland Limited',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    category: 'analytics',
    hosts: [],
    cookies: [{ name: '_ga_', prefix: true, duration: 'P13M', purpose: { fr: 'Mesure.', en: 'Measurement.' } }],
  },
};
