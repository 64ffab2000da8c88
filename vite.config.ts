import { defineConfig } from 'vite';

/**
 * The library build: `dist/jiha.js` with every element, one file per
 * element, shared code and lazily loaded parts (locales, Leaflet, region
 * shapes) as chunks that each file finds relative to its own URL.
 */
export const entries = {
  jiha: 'src/index.ts',
  'news-card': 'src/components/news-card/define.ts',
};

export default defineConfig({
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: true,
    reportCompressedSize: false,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
