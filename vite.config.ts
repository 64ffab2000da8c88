import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals-plugin.mjs';
import { leafletTrustedTypesVite } from './scripts/leaflet-trusted-types.mjs';
import { versionDefine } from './scripts/version-define.mjs';

/**
 * The library build: `dist/jiha.js` with every element, one file per
 * element, shared code and lazily loaded parts (locales, Leaflet, region
 * shapes) as chunks that each file finds relative to its own URL.
 */
export const entries = {
  jiha: 'src/index.ts',
  'news-card': 'src/components/news-card/define.ts',
  'iso-badge': 'src/components/iso-badge/define.ts',
  'cooperation-timeline': 'src/components/cooperation-timeline/define.ts',
  'geopark-map': 'src/components/geopark-map/define.ts',
  'news-list': 'src/components/news-list/define.ts',
};

export default defineConfig({
  plugins: [minifyLiterals(), leafletTrustedTypesVite()],
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
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    reportCompressedSize: false,
    lib: { entry: entries, formats: ['es'] },
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
        // What every element needs, as one file: Lit and the shared core.
        // Left to itself the bundler splits off tiny shared chunks (each
        // costing a request and its own gzip overhead).
        codeSplitting: {
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
        },
      },
    },
  },
});
