/**
 * Packs the WordPress plugin (wordpress/) into dist/wordpress/jiha-widgets.zip
 * with its own copy of the library in jiha-widgets/lib/: jiha.js, the element
 * entries, dist/chunks/, and the iframe embed (embed.html, embed.js,
 * embed.css, embed-resizer.js); source maps stay out. The .po files are
 * compiled to .mo here. Runs after the library build (npm run build).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { parsePo, writeMo } from './lib/gettext-mo.mjs';

const PLUGIN = 'jiha-widgets';
const SOURCE = 'wordpress';
const DIST = 'dist';
const OUT = path.join(DIST, 'wordpress', `${PLUGIN}.zip`);
const LIBRARY_FILES = [
  'jiha.js',
  'news-card.js',
  'iso-badge.js',
  'geopark-map.js',
  'cooperation-timeline.js',
  'news-list.js',
  'embed.html',
  'embed.js',
  'embed.css',
  'embed-resizer.js',
];
const REQUIRED = ['jiha.js', 'embed.html', 'embed.js', 'embed-resizer.js'];

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    return entry.isDirectory() ? filesUnder(path.join(folder, entry.name), `${relative}/`) : [relative];
  });
}

for (const name of REQUIRED) {
  if (!existsSync(path.join(DIST, name)))
    throw new Error(`build-wordpress: ${DIST}/${name} is missing; run the library build first (npm run build).`);
}

const files = {};
const add = (name, bytes) => {
  files[`${PLUGIN}/${name}`] = [bytes, { mtime: new Date('2026-01-01T00:00:00Z') }];
};

for (const name of filesUnder(SOURCE)) {
  add(name, readFileSync(path.join(SOURCE, name)));
  if (name.endsWith('.po'))
    add(name.replace(/\.po$/, '.mo'), writeMo(parsePo(readFileSync(path.join(SOURCE, name), 'utf8'))));
}
for (const name of LIBRARY_FILES) {
  if (existsSync(path.join(DIST, name))) add(`lib/${name}`, readFileSync(path.join(DIST, name)));
}
for (const name of filesUnder(path.join(DIST, 'chunks'))) {
  if (!name.endsWith('.map')) add(`lib/chunks/${name}`, readFileSync(path.join(DIST, 'chunks', name)));
}
for (const name of ['LICENSE', 'NOTICE.md']) add(`lib/${name}`, readFileSync(name));

mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, zipSync(files, { level: 9 }));
console.log(
  `build-wordpress: ${Object.keys(files).length} files → ${OUT} (${Math.round(statSync(OUT).size / 1024)} KB)`,
);
