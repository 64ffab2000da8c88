/**
 * Serves test pages under the contract's Content-Security-Policy
 * (docs/reference/security.md) as a real response header, the way a government portal would:
 * every fixture page named `*.csp.html` under /test/fixtures/ gets it, and so
 * do the built showcase's pages (dist/showcase/index*.html, overview*.html).
 * The tiles of the maps on those pages come from the test server, so 'self'
 * already covers them and the policy is the contract's line exactly.
 */
export const CONTRACT_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html jiha";

const STRICT_PAGE = /^\/test\/fixtures\/[\w-]+\.csp\.html$|^\/dist\/showcase\/(index|overview)(\.[a-z]+)?\.html$/;

/** A Koa middleware for the test server (`middleware` in web-test-runner.config.mjs). */
export function contractCspMiddleware() {
  return async function contractCsp(context, next) {
    await next();
    if (STRICT_PAGE.test(context.path)) context.set('content-security-policy', CONTRACT_CSP);
  };
}
