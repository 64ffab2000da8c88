#!/usr/bin/env node
/**
 * Ships the hand-written ambient declarations of src/ (`src/**\/*.d.ts`,
 * e.g. the module `leaflet/dist/leaflet-src.esm.js`) with the emitted types
 * (a step of `npm run build`, after `tsc -p tsconfig.build.json`).
 *
 * tsc neither copies a .d.ts file nor keeps it in the program of a package
 * user, so an emitted file that imports such a module (map-view.d.ts) would
 * fail under `skipLibCheck: false`. This copies each one to dist/types and
 * adds a `/// <reference path>` to every emitted file that names one of its
 * modules.
 *
 * Usage: node scripts/ship-ambient-types.mjs [src] [dist/types]
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const source = resolve(process.argv[2] ?? 'src');
const types = resolve(process.argv[3] ?? 'dist/types');

const walk = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );

const ambient = walk(source)
  .filter((file) => file.endsWith('.d.ts'))
  .map((file) => {
    const text = readFileSync(file, 'utf8');
    const modules = [...text.matchAll(/declare module ['"]([^'"]+)['"]/g)].map((match) => match[1]);
    const target = join(types, relative(source, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    return { target, modules };
  })
  .filter(({ modules }) => modules.length > 0);

let referenced = 0;
for (const file of walk(types).filter((path) => path.endsWith('.d.ts'))) {
  const original = readFileSync(file, 'utf8');
  let text = original;
  for (const { target, modules } of ambient) {
    if (file === target || !modules.some((name) => text.includes(`'${name}'`) || text.includes(`"${name}"`))) continue;
    let path = relative(dirname(file), target).split('\\').join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    const directive = `/// <reference path="${path}" />\n`;
    if (!text.includes(directive)) {
      text = directive + text;
      referenced += 1;
    }
  }
  if (text !== original) writeFileSync(file, text);
}
console.log(`ambient types: ${ambient.length} file(s) shipped, referenced from ${referenced} declaration file(s)`);
