/**
 * The demo as static files that load the BUILT library (`npm run build`,
 * after the library and the builder): dist/showcase/index.html (the council
 * home page, Arabic) with index.fr.html, index.zgh.html and index.en.html,
 * overview.html likewise, and the element pages, each loading `../jiha.js`
 * or `../<element>.js` as a council's page would, with their own scripts
 * compiled to one file each, their stylesheets, pictures, feeds and the
 * data files they read. Any static server can serve the folder (gzipped or
 * not); nothing in it needs the Vite dev server, and the pages hold no
 * inline script or style, so they work under the contract's CSP.
 *
 * What `npm start` serves from elsewhere is rewritten for the folder:
 *   ../src/index.ts → ../jiha.js; ../src/components/<name>/define.ts → ../<name>.js;
 *   ./<page>.ts → ./<page>.js; /data/… → data/… (a copy beside the pages);
 *   builder.html → ../builder/ (dist/builder/, made by scripts/build-embed.mjs).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'vite';
import { checkSource, PAGE_LANGUAGES, pageFileName, translatePage } from '../demo/page-translation.mjs';

const DEMO = 'demo';
const OUT = 'dist/showcase';
/** The reference files the pages read (the dev server serves data/ at /data/). */
const DATA_FILES = ['seed-article.json', 'iso-standards.json', 'timeline.json', 'geoparks.geojson'];
/** Folders copied as they are. */
const FOLDERS = ['assets', 'content', 'feeds'];
/** Not copied: dist/builder/ is the built builder. */
const SKIPPED_PAGES = new Set(['builder.html']);

if (!existsSync('dist/jiha.js')) throw new Error('build-showcase: dist/jiha.js is missing; build the library first.');

/** Dev-server addresses to the static layout, in page scripts and HTML alike. */
const toStatic = (text) =>
  text.replace(/(['"])\/data\//g, '$1data/').replace(/(['"])builder\.html\1/g, '$1../builder/$1');

function rewritePage(html) {
  return toStatic(html)
    .replace(/src="\.\.\/src\/index\.ts"/g, 'src="../jiha.js"')
    .replace(/src="\.\.\/src\/components\/([\w-]+)\/define\.ts"/g, 'src="../$1.js"')
    .replace(/src="\.\/([\w-]+)\.ts"/g, 'src="./$1.js"')
    .replace(/href="\.\/builder\.html"/g, 'href="../builder/"');
}

const tables = JSON.parse(readFileSync(join(DEMO, 'showcase.strings.json'), 'utf8'));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const pages = readdirSync(DEMO).filter((name) => name.endsWith('.html') && !SKIPPED_PAGES.has(name));
const scripts = new Set();
for (const page of pages) {
  const html = readFileSync(join(DEMO, page), 'utf8');
  for (const [, name] of html.matchAll(/<script type="module" src="\.\/([\w-]+)\.ts"><\/script>/g)) scripts.add(name);
  const unknown = [...html.matchAll(/src="(\.\.\/src\/[^"]+)"/g)].filter(
    ([, path]) => !/^\.\.\/src\/(index|components\/[\w-]+\/define)\.ts$/.test(path),
  );
  if (unknown.length)
    throw new Error(`build-showcase: ${page} loads ${unknown[0][1]}, which the build has no file for.`);
  if (!html.includes(' data-t=')) {
    writeFileSync(join(OUT, page), rewritePage(html));
    continue;
  }
  // A page with texts in several languages: one file per language, written before any script runs.
  const problems = checkSource(html, tables);
  if (problems.length)
    throw new Error(`build-showcase: ${page} and showcase.strings.json disagree:\n  ${problems.join('\n  ')}`);
  for (const language of PAGE_LANGUAGES)
    writeFileSync(join(OUT, pageFileName(page, language)), rewritePage(translatePage(html, language, tables)));
}

// Each page script on its own, so that it is one file (one request) with what it imports.
for (const name of scripts) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'jiha-showcase-static-paths',
        transform: (code, id) => (id.includes(`/${DEMO}/`) ? toStatic(code) : undefined),
      },
    ],
    build: {
      target: 'es2022',
      outDir: OUT,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      reportCompressedSize: false,
      lib: { entry: join(DEMO, `${name}.ts`), formats: ['es'], fileName: () => `${name}.js` },
    },
  });
}

for (const file of readdirSync(DEMO).filter((name) => name.endsWith('.css'))) cpSync(join(DEMO, file), join(OUT, file));
for (const folder of FOLDERS)
  if (existsSync(join(DEMO, folder))) cpSync(join(DEMO, folder), join(OUT, folder), { recursive: true });
mkdirSync(join(OUT, 'data'));
for (const file of DATA_FILES) cpSync(join('data', file), join(OUT, 'data', basename(file)));
console.log(`build-showcase: ${pages.length} pages and ${scripts.size} scripts in ${OUT}/`);
