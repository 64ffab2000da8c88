import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { versionDefine } from './scripts/version-define.mjs';

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

/** `npm start`: the demo pages on the Vite dev server. */
export default defineConfig({
  root: 'demo',
  // Several pages, no SPA: an unknown address is a 404, not index.html.
  appType: 'mpa',
  // The pages load the library as `../src/...`, which the browser asks for as
  // `/src/...`; that folder is beside the root, not in it.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  plugins: [dataFolder()],
  define: versionDefine,
  server: { port: 5173, fs: { allow: ['..'] } },
  build: { outDir: '../demo-dist', emptyOutDir: true },
});
