import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Serves the repository's `data/` folder at `/data/`, as the test server and Storybook do. */
function dataFolder(): Plugin {
  const root = resolve(import.meta.dirname, 'data');
  return {
    name: 'jiha-demo-data',
    configureServer(server) {
      server.middlewares.use('/data', (request, response, next) => {
        const file = resolve(root, `.${decodeURIComponent((request.url ?? '/').split('?')[0])}`);
        if (!file.startsWith(root) || !existsSync(file)) return next();
        response.setHeader('content-type', file.endsWith('json') ? 'application/json' : 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}

/** `npm start`: the demo pages on the Vite dev server. */
export default defineConfig({
  root: 'demo',
  plugins: [dataFolder()],
  server: { port: 5173, fs: { allow: ['..'] } },
  build: { outDir: '../demo-dist', emptyOutDir: true },
});
