/**
 * The library's one Trusted Types policy, named `jiha` as the contract's CSP
 * allows. Pages that enforce Trusted Types reject plain strings in script
 * text and in `innerHTML`; the few places that need them go through here.
 * Two copies of the library share one policy (a second `createPolicy('jiha')`
 * would be refused by a CSP without `'allow-duplicates'`).
 */
interface JihaPolicy {
  createHTML(input: string): string;
  createScript(input: string): string;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML?: (s: string) => string; createScript?: (s: string) => string },
  ): JihaPolicy;
}

const key = Symbol.for('jiha-widgets.trusted-types-policy');
type Global = typeof globalThis & { trustedTypes?: TrustedTypesFactory; [key]?: JihaPolicy | null };

/**
 * The policy, or null where the browser has no Trusted Types (strings are
 * then used as they are). Its rules accept only what the library produces:
 * HTML from Leaflet's own fixed markup, and JSON for JSON-LD scripts.
 */
export function jihaPolicy(): JihaPolicy | null {
  const global = globalThis as Global;
  if (global[key] !== undefined) return global[key];
  let policy: JihaPolicy | null = null;
  if (global.trustedTypes) {
    try {
      policy = global.trustedTypes.createPolicy('jiha', {
        createHTML: (input) => input,
        createScript: (input) => {
          JSON.parse(input); // only JSON (JSON-LD) is ever written as script text
          return input;
        },
      });
    } catch (error) {
      console.warn('jiha-widgets: the "jiha" Trusted Types policy could not be created.', error);
    }
  }
  global[key] = policy;
  return policy;
}
