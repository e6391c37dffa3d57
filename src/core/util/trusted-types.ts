/**
 * Values for the DOM sinks that Trusted Types guard (script src and text). Pages that enforce
 * `require-trusted-types-for 'script'` must allow the policy name `cookie-consent`.
 * The policy passes values through: callers only hand it URLs checked by isSafeUrl or the page's own inline code.
 */
type Policy = Record<'createScriptURL' | 'createScript', (value: string) => string>;

let policy: Policy | null | undefined;

export function trusted(kind: keyof Policy, value: string): string {
  if (policy === undefined) {
    try {
      const pass = (v: string) => v;
      policy = (window as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy('cookie-consent', { createScriptURL: pass, createScript: pass }) ?? null;
    } catch {
      policy = null; // Not allowed by the page's CSP: assignments will be reported by the browser.
    }
  }
  return policy ? policy[kind](value) : value;
}
