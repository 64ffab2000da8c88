/**
 * Last step of `npm run build`: Subresource Integrity hashes for the files a
 * page may load from a self-hosted dist/, so a council can pin them with
 * `integrity="sha384-…"` (issue 6, "Self-hosting").
 *
 * Hashed: the top-level `*.js` and `*.css` (entries, embed.js, embed.css,
 * embed-resizer.js), `chunks/*.js` (and `chunks/*.css`, should a build ever
 * emit one), and every local file that `embed.html` names in a `src` or
 * `href`. Not hashed: source maps, `types/`, `custom-elements.json`, and the
 * snippet builder (`builder/`, a page hosted whole, never pasted into
 * another page). Hashes are of the bytes on disk: a server that rewrites
 * files (minifies, injects) breaks them, compression does not.
 *
 * Writes `dist/sri.json` ({ "jiha.js": "sha384-…", "chunks/core-….js": … },
 * paths relative to dist/, sorted) and `dist/SRI.md` (a table: file, bytes,
 * integrity, then an import map with every module's integrity, since
 * `integrity` on the entry's `<script>` does not cover the chunks it imports).
 * JIHA_DIST names the build (default `dist`), as for the bench.
 */
const EXAMPLE_BASE = 'https://your-council.ma/jiha/';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.resolve(root, process.env.JIHA_DIST || 'dist');

/** `sha384-<base64>`, the form browsers accept in `integrity`. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

const isPageAsset = (name) => name.endsWith('.js') || name.endsWith('.css');

/** Names (relative to dist/) of the page assets directly in `folder`. */
function assetsIn(folder) {
  const dir = path.join(distDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isPageAsset(entry.name))
    .map((entry) => path.posix.join(folder, entry.name));
}

/** Local files that embed.html loads (`src="./embed.js"`, `href="./embed.css"`), relative to dist/. */
function embedAssets() {
  const file = path.join(distDir, 'embed.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const found = [];
  for (const [, url] of html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)) {
    // Only files of this folder: skip absolute URLs, data:, fragments.
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) continue;
    const relative = path.posix.normalize(url.split(/[?#]/)[0].replace(/^\.\//, ''));
    if (relative.startsWith('..') || relative.startsWith('/')) continue;
    if (existsSync(path.join(distDir, relative))) found.push(relative);
  }
  return found;
}

/** Every file a page may load, sorted, each once. */
export function pageAssets() {
  const files = new Set([
    ...assetsIn('.').map((name) => name.replace(/^\.\//, '')),
    ...assetsIn('chunks'),
    ...embedAssets(),
  ]);
  return [...files].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * An import map whose `integrity` section holds every module's hash. Why
 * not `<link rel="modulepreload" integrity>` per chunk: in Chromium 156
 * (tested with a tampered chunk) a preload that fails its check only logs,
 * and the entry's import then fetches the chunk again, unchecked, and runs
 * it. The import map's integrity applies to every fetch of that URL, static
 * imports and later import() (a language's strings, Leaflet) alike, and
 * listing a file there does not download it.
 */
function importMapSection(integrity) {
  const modules = Object.entries(integrity).filter(
    ([file]) => file.endsWith('.js') && !/^embed(-resizer)?\.js$/.test(file),
  );
  const map = { integrity: Object.fromEntries(modules.map(([file, hash]) => [`${EXAMPLE_BASE}${file}`, hash])) };
  return [
    '## Every chunk checked: an import map',
    '',
    "`integrity` on the entry's `<script>` checks the entry only, not the chunks it imports. Put this import map in the",
    `page's \`<head>\` before any module script (replace \`${EXAMPLE_BASE}\` with where you host dist/): the browser then`,
    'checks every chunk, imported at once or later, against its hash, and refuses one that differs. Listing a file does',
    'not download it. Browsers without import-map `integrity` ignore it. Under a CSP, an inline import map needs its',
    "`'sha256-…'` hash in `script-src`.",
    '',
    '```html',
    `<script type="importmap">${JSON.stringify(map, null, 2)}</script>`,
    `<script type="module" src="${EXAMPLE_BASE}jiha.js" integrity="${integrity['jiha.js']}" crossorigin="anonymous"></script>`,
    '```',
    '',
  ].join('\n');
}

function main() {
  if (!existsSync(distDir)) throw new Error(`no build at ${distDir}`);
  const rows = pageAssets().map((file) => {
    const bytes = readFileSync(path.join(distDir, file));
    return { file, bytes: statSync(path.join(distDir, file)).size, integrity: integrityOf(bytes) };
  });
  if (!rows.some((row) => row.file === 'jiha.js'))
    throw new Error(`${distDir} has no jiha.js: run the library build first`);

  const json = Object.fromEntries(rows.map((row) => [row.file, row.integrity]));
  writeFileSync(path.join(distDir, 'sri.json'), `${JSON.stringify(json, null, 2)}\n`);

  const md = [
    '# Subresource Integrity hashes',
    '',
    'Generated by `scripts/sri-manifest.mjs` at build time, for this build only (any rebuild changes them).',
    'Use a hash as `integrity="…"` with `crossorigin="anonymous"` on the `<script>` or `<link rel="stylesheet">`',
    'that loads the file; for the chunks, see the import map below. The same table as JSON: `sri.json`.',
    '',
    '| file | bytes | integrity |',
    '| --- | ---: | --- |',
    ...rows.map((row) => `| \`${row.file}\` | ${row.bytes} | \`${row.integrity}\` |`),
    '',
  ].join('\n');
  writeFileSync(path.join(distDir, 'SRI.md'), `${md}\n${importMapSection(json)}`);
  console.log(`sri-manifest: ${rows.length} files hashed (sha384) into ${distDir}/SRI.md and sri.json`);
}

// Run when executed, not when imported (a test may import integrityOf).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
