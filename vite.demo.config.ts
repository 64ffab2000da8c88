import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { versionDefine } from './scripts/version-define.mjs';
import { PAGE_LANGUAGES, translatePage, type PageLanguage, type PageTables } from './demo/page-translation.mjs';

/** Serves the repository's `data/` folder at `/data/`, as the test server and Storybook do. */
function dataFolder(): Plugin {
  const root = resolve(import.meta.dirname, 'data');
  return {
    name: 'jiha-demo-data',
    configureServer(server) {
      server.middlewares.use('/data', (request, response, next) => {
        const file = resolve(root, `.${decodeURIComponent((request.url ?? '/').split('?')[0])}`);
        if (!file.startsWith(root)) return next();
        // A missing file is a 404, as on a real server (the demo's error
        // examples rely on it), not the HTML page Vite would fall back to.
        if (!existsSync(file) || !statSync(file).isFile()) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        response.setHeader('content-type', file.endsWith('json') ? 'application/json' : 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}

/**
 * The showcase pages in each language (`/index.fr.html`, `/overview.zgh.html`),
 * written from the Arabic page and demo/showcase.strings.json as
 * scripts/build-showcase.mjs writes them for dist/showcase/.
 */
function languagePages(): Plugin {
  const root = resolve(import.meta.dirname, 'demo');
  return {
    name: 'jiha-demo-language-pages',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const match = /^\/([\w-]+)\.([a-z]+)\.html$/.exec((request.url ?? '').split('?')[0]);
        const source = match && resolve(root, `${match[1]}.html`);
        if (!match || !source || !PAGE_LANGUAGES.includes(match[2] as PageLanguage) || !existsSync(source))
          return next();
        try {
          const tables = JSON.parse(readFileSync(resolve(root, 'showcase.strings.json'), 'utf8')) as PageTables;
          const page = translatePage(readFileSync(source, 'utf8'), match[2] as PageLanguage, tables);
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(await server.transformIndexHtml(request.url!, page));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/** `npm start`: the demo pages on the Vite dev server. */
export default defineConfig({
  root: 'demo',
  // Several pages, no SPA: an unknown address is a 404, not index.html.
  appType: 'mpa',
  // The pages load the library as `../src/...`, which the browser asks for as
  // `/src/...`; that folder is beside the root, not in it.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  plugins: [dataFolder(), languagePages()],
  define: versionDefine,
  server: { port: 5173, fs: { allow: ['..'] } },
  build: { outDir: '../demo-dist', emptyOutDir: true },
});
