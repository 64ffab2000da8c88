import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals-plugin.mjs';
import { leafletTrustedTypesVite } from './scripts/leaflet-trusted-types.mjs';
import { versionDefine } from './scripts/version-define.mjs';

/**
 * The extra files of dist/ beside the library (scripts/build-embed.mjs runs
 * each after `vite build`, writing into dist/ without emptying it):
 * - `embed`: dist/embed.js, every element in one classic script for
 *   dist/embed.html (a sandboxed frame cannot load modules from plain hosts);
 * - `resizer`: dist/embed-resizer.js, the optional host-page script;
 * - `builder`: dist/builder/, the snippet builder page.
 */
export type EmbedPart = 'embed' | 'resizer' | 'builder';

const root = import.meta.dirname;
const shared: UserConfig = {
  logLevel: 'warn',
  plugins: [minifyLiterals(), leafletTrustedTypesVite()],
  define: versionDefine,
  resolve: { alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }] },
};

function classicScript(entry: string, fileName: string): UserConfig {
  return {
    ...shared,
    build: {
      target: 'es2021',
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'jihaEmbed', fileName: () => fileName },
      rollupOptions: { output: { codeSplitting: false } },
    },
  };
}

function embedConfig(part: EmbedPart): UserConfig {
  if (part === 'embed') return classicScript('src/embed/embed.ts', 'embed.js');
  if (part === 'resizer') return classicScript('src/embed/resizer.ts', 'embed-resizer.js');
  return defineConfig({
    ...shared,
    root: resolve(root, 'demo'),
    base: './',
    build: {
      target: 'es2021',
      outDir: resolve(root, 'dist/builder'),
      emptyOutDir: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: { input: resolve(root, 'demo/builder.html') },
    },
  });
}

/** The part named by JIHA_EMBED_PART (scripts/build-embed.mjs sets it for each build). */
export default defineConfig(() => embedConfig((process.env.JIHA_EMBED_PART ?? 'embed') as EmbedPart));
