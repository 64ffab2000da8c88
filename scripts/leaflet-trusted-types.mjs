/**
 * Makes Leaflet 1.9 run on pages that enforce Trusted Types (the contract's
 * CSP: `require-trusted-types-for 'script'; trusted-types lit-html jiha`).
 *
 * Leaflet writes strings to `innerHTML` at module load (its inline-SVG and
 * VML probes) and in controls and popups. <jiha-geopark-map> uses none of
 * those controls and builds popups and icons as DOM, so what remains are
 * Leaflet's own fixed literals. This transform routes exactly those string
 * literals through the library's `jiha` policy (src/security/trusted-types.ts) and
 * fails the build if Leaflet's source no longer has the expected ones, so
 * an upgrade cannot silently break pages under Trusted Types.
 *
 * Used by vite.config.ts (library build, demo, Storybook) and by
 * web-test-runner.config.mjs (tests).
 */
import { fileURLToPath } from 'node:url';

const LEAFLET_FILE = /[\\/]leaflet[\\/]dist[\\/]leaflet-src(\.esm)?\.js$/;
/**
 * `x.innerHTML = '<fixed markup>';`: Leaflet's literal writes, in single or
 * double quotes (the test server's esbuild pass rewrites the quotes).
 */
const LITERAL_WRITE = /^([ \t]*[\w$.]+\.innerHTML\s*=\s*)((['"])(?:(?!\3)[^\\\n]|\\.)*\3)(\s*;)/gm;
/** The probe `<svg/>`, the VML probe and the popup close button's markup (Leaflet 1.9.4). */
const EXPECTED_LITERALS = ['<svg/>', '<v:shape adj="1"/>', '<span aria-hidden="true">&#215;</span>'];

/** A matched literal's text (quotes off, simple escapes undone). */
const literalText = (literal) => literal.slice(1, -1).replace(/\\(.)/g, '$1');

/** The default policy module: this repository's src/security/trusted-types.ts as a file path. */
export const POLICY_MODULE_PATH = fileURLToPath(new URL('../src/security/trusted-types.ts', import.meta.url));

/** Leaflet's source with its literal `innerHTML` writes going through the `jiha` policy. */
export function transformLeafletSource(code, policyModule) {
  const found = [];
  const body = code.replace(LITERAL_WRITE, (_whole, assignment, literal, _quote, end) => {
    found.push(literalText(literal));
    return `${assignment}__jihaTrustedHTML(${literal})${end}`;
  });
  const missing = EXPECTED_LITERALS.filter((literal) => !found.includes(literal));
  const unexpected = found.filter((literal) => !EXPECTED_LITERALS.includes(literal));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(
      `leaflet-trusted-types: Leaflet's innerHTML literals changed (missing ${missing.join(', ') || 'none'}; unexpected ${unexpected.join(', ') || 'none'}). ` +
        'Review scripts/leaflet-trusted-types.mjs for this Leaflet version.',
    );
  }
  const header =
    `import { jihaPolicy as __jihaPolicy } from ${JSON.stringify(policyModule)};\n` +
    `function __jihaTrustedHTML(html) { var policy = __jihaPolicy(); return policy ? policy.createHTML(html) : html; }\n`;
  return header + body;
}

export function isLeafletSource(id) {
  return LEAFLET_FILE.test(id.split('?')[0]);
}

/** The vite (and Storybook) plugin. */
export function leafletTrustedTypesVite({ policyModule = POLICY_MODULE_PATH } = {}) {
  return {
    name: 'jiha-leaflet-trusted-types',
    enforce: 'pre',
    transform(code, id) {
      if (!isLeafletSource(id)) return null;
      return { code: transformLeafletSource(code, policyModule), map: null };
    },
  };
}

/** The @web/test-runner (@web/dev-server) plugin; the policy module as the test server serves it. */
export function leafletTrustedTypesDevServer({ policyModule = '/src/security/trusted-types.ts' } = {}) {
  return {
    name: 'jiha-leaflet-trusted-types',
    transform(context) {
      if (!isLeafletSource(context.path) || typeof context.body !== 'string') return undefined;
      return { body: transformLeafletSource(context.body, policyModule) };
    },
  };
}
