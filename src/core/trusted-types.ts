/**
 * Values for the DOM sinks that Trusted Types guard (script src and text). Pages that enforce
 * `require-trusted-types-for 'script'` must allow the policy name `cookie-consent`.
 * The policy passes values through: callers only hand it URLs checked by isSafeUrl or the page's own inline code.
 */
type Policy = { createScriptURL(value: string): unknown; createScript(value: string): unknown };

let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy === undefined) {
    try {
      const factory = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
      policy = factory?.createPolicy('cookie-consent', { createScriptURL: (v: string) => v, createScript: (v: string) => v }) ?? null;
    } catch {
      policy = null; // Not allowed by the page's CSP: assignments will be reported by the browser.
    }
  }
  return policy;
}

export const trustedScriptURL = (url: string): string => (getPolicy()?.createScriptURL(url) ?? url) as string;
export const trustedScript = (code: string): string => (getPolicy()?.createScript(code) ?? code) as string;
