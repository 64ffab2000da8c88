/**
 * Lets two copies of the library share lit-html's Trusted Types policy.
 *
 * Each dist entry is one file with its own copy of Lit (one round trip on a
 * slow network, vite.config.ts), so a page that loads two of them
 * (`news-card.js` and `iso-badge.js`), or two versions of the library, runs
 * lit-html's module twice. Each copy calls `trustedTypes.createPolicy('lit-html')`
 * at load, and a page whose CSP lists `trusted-types lit-html jiha` without
 * `'allow-duplicates'` (the contract's) refuses the second call with a
 * TypeError: that copy's elements would never be defined. This transform
 * keeps the first policy under a global symbol and hands it to the later
 * copies (the policy passes strings through unchanged in every copy), as
 * src/security/trusted-types.ts does for the `jiha` policy. The build fails
 * if lit-html's production module no longer has the expected call, so that
 * an upgrade cannot silently break pages that load two entries.
 */
const LIT_HTML_FILE = /[\\/]lit-html[\\/]lit-html\.js$/;
/** lit-html 3's minified `e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0` (letters vary). */
const CREATE_POLICY = /([\w$]+)\.createPolicy\("lit-html",\{createHTML:([\w$]+)=>\2\}\)/g;
export const SHARED_POLICY_KEY = 'jiha-widgets.lit-html-policy';

/** lit-html's production module with its policy shared across copies. */
export function shareLitPolicy(code) {
  let count = 0;
  const body = code.replace(CREATE_POLICY, (call) => {
    count += 1;
    return `(globalThis[Symbol.for(${JSON.stringify(SHARED_POLICY_KEY)})]??=${call})`;
  });
  if (count !== 1)
    throw new Error(
      `lit-policy-shared: expected one createPolicy("lit-html") call in lit-html.js, found ${count}. Review scripts/lit-policy-shared.mjs for this Lit version.`,
    );
  return body;
}

/** The vite plugin (library build). */
export function litPolicyShared() {
  return {
    name: 'jiha-lit-policy-shared',
    transform(code, id) {
      if (!LIT_HTML_FILE.test(id.split('?')[0])) return null;
      return { code: shareLitPolicy(code), map: null };
    },
  };
}
