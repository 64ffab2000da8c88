import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals-plugin.mjs';
import { leafletTrustedTypesVite } from './scripts/leaflet-trusted-types.mjs';
import { versionDefine } from './scripts/version-define.mjs';
import { litPolicyShared } from './scripts/lit-policy-shared.mjs';
import { entries } from './scripts/lib-entries.mjs';

/**
 * The library build: `dist/jiha.js` with every element, one file per
 * element, and lazily loaded parts (error texts, Leaflet, region shapes,
 * rarer parsers) as chunks that each file finds relative to its own URL.
 *
 * Each entry is one file with everything a page needs to show its elements
 * (Lit, the core, the element, its strings in every language): on a slow
 * phone network every file that a file names is one more round trip before
 * the element shows (issue 16, `npm run bench`: a card page with the core
 * as a shared chunk showed its headline after 3 sequential downloads).
 * A page with several elements loads `jiha.js` rather than several element
 * files, which would each carry the core. So `npm run build` builds each
 * entry on its own (scripts/build-lib.mjs, JIHA_ENTRY=<name>); without
 * JIHA_ENTRY (`vite build`, Storybook), all entries build together with a
 * shared core chunk.
 */
export { entries };

const only = process.env.JIHA_ENTRY;
if (only !== undefined && !(only in entries))
  throw new Error(`JIHA_ENTRY=${only}: not an entry (${Object.keys(entries).join(', ')})`);

/** What every element needs, as one chunk, when all entries build together. */
const coreChunk: { groups: { name: string; test: RegExp; tags: ['$initial'] }[] } = {
  // Left to itself the bundler splits off tiny shared chunks (each costing a
  // request and its own gzip overhead).
  groups: [
    {
      name: 'core',
      // The shared folders (the element base, i18n, security, data
      // readers) as far as pages load them at once ($initial), with
      // their static dependencies (Lit). What loads on demand
      // (the error box, fetch, the Tamazight calendar) stays out.
      test: /src[\\/](core|i18n|security|data)[\\/]/,
      tags: ['$initial'],
    },
  ],
};

export default defineConfig({
  // Two entries on one page are two copies of Lit: they share lit-html's Trusted Types policy.
  plugins: [minifyLiterals(), leafletTrustedTypesVite(), litPolicyShared()],
  define: versionDefine,
  // Leaflet is served as it is (not pre-bundled) so that the Trusted Types transform applies in dev and Storybook too.
  optimizeDeps: { exclude: ['leaflet'] },
  resolve: {
    // The generated locale modules import `str` from the package root, which
    // would pull all of @lit/localize's runtime into the bundle.
    alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // scripts/build-lib.mjs empties dist/ before the first entry.
    emptyOutDir: only === undefined,
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    reportCompressedSize: false,
    lib: { entry: only === undefined ? entries : { [only]: entries[only as keyof typeof entries] }, formats: ['es'] },
    rollupOptions: {
      // An entry may export more than its own API (shared code its lazy
      // chunks import): otherwise the bundler moves each element into a
      // chunk of its own behind a one-line entry file, one more request.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        minify: true,
        // No comments, `/* @__PURE__ */` included: every top-level call they mark is used by the code shipped.
        comments: false,
        // Locale strings are named by language and group (`ar.news-…js`) so that a reader of dist/ knows which is which.
        // Chunks keep content hashes (a few hundred bytes of names): a council that copies a new release over an old
        // one must not mix a cached chunk of one release with an entry of the other.
        chunkFileNames: (chunk) => {
          const locale = /locales[\\/](\w+)[\\/](\w+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `chunks/${locale[1]}.${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
        // One entry: everything it imports statically goes into it. All together: a shared core chunk.
        ...(only === undefined ? { codeSplitting: coreChunk } : {}),
      },
    },
  },
});
