/**
 * `npm run bench` (after `npm run build`): the library's weight and speed in
 * one table.
 *
 * 1. Bytes: for every `dist/*.js` entry, gzip -9 bytes of the entry with
 *    everything it imports statically; the lazy chunks (`import()`: each
 *    locale, later Leaflet) apart; and each budget of scripts/budgets.mjs
 *    ("a page with one news card in Arabic" ≤ 13 KB, all four elements ≤
 *    28 KB…), which `npm run check:budgets` enforces. See scripts/bundle-size.mjs.
 * 2. Speed, in one headless Chromium (puppeteer-core; CHROME_PATH or
 *    /usr/bin/chromium) against a static server of the repository on
 *    127.0.0.1 (dist/ at `${baseUrl}/dist/`, node_modules at
 *    `${baseUrl}/node_modules/`): every `scripts/bench/*.mjs` module, the news
 *    card first (1,000 cards next to a plain-DOM baseline, budget 1.5x). A
 *    module exports `default async function bench({ browser, baseUrl, distUrl })`
 *    returning rows `[{ measure, value, note }]`; one that throws is reported
 *    and the others still run. Files starting with `_` are skipped (helpers).
 *
 * JIHA_BENCH_ONLY=network,news-card runs only those modules (while working on one).
 * JIHA_DIST names the build to measure (default `dist`), e.g.
 * `npx vite build --outDir /tmp/bench-dist && JIHA_DIST=/tmp/bench-dist node scripts/bench.mjs`.
 * Budgets print PASS or FAIL; the exit code is non-zero only when the bench
 * itself could not run.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BuildGraph, chunkName, formatKB } from './bundle-size.mjs';
import { GOALS, measureBudgets } from './budgets.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.resolve(root, process.env.JIHA_DIST || 'dist');
const benchDir = path.join(root, 'scripts', 'bench');

const kb = (bytes) => `${formatKB(bytes)}`;

function sizeRows() {
  const graph = new BuildGraph(distDir);
  const rows = [];
  const lazySeen = new Map();
  for (const entry of graph.entries()) {
    const closure = graph.staticClosure(entry);
    const imports = [...closure].filter((file) => file !== entry).map(chunkName);
    rows.push({
      measure: `gzip ${entry} + static imports`,
      value: kb(graph.gzipBytes(closure)),
      note: `${graph.gzipBytes(closure)} B; ${kb(graph.rawBytes(closure))} minified; imports: ${imports.join(', ') || 'none'}`,
    });
    for (const [name, file] of graph.lazyChunks(entry)) {
      if (!lazySeen.has(file)) lazySeen.set(file, { name, closure });
    }
  }
  for (const [file, { name, closure }] of lazySeen) {
    const extra = [...graph.staticClosure(file)].filter((module) => !closure.has(module));
    rows.push({
      measure: `gzip lazy chunk ${name}`,
      value: kb(graph.gzipBytes(extra)),
      note: `${graph.gzipBytes(extra)} B; ${extra.join(', ')} (beyond its entry's imports)`,
    });
  }
  for (const { name, bytes, budget, source, pass } of measureBudgets(distDir)) {
    rows.push({
      measure: `gzip ${name}`,
      value: kb(bytes),
      note: `${bytes} B; budget ${kb(budget)} (${budget} B, ${source}): ${pass ? 'PASS' : 'FAIL'}`,
    });
  }
  for (const { name, bytes, budget, source, pass } of measureBudgets(distDir, GOALS)) {
    rows.push({
      measure: `gzip ${name}`,
      value: kb(bytes),
      note: `${bytes} B; ${source} ${kb(budget)} (${budget} B): ${pass ? 'met' : `not met, ${bytes - budget} B over`}`,
    });
  }
  return rows;
}

/** The bench modules, the news card first, then by name. */
function benchModules() {
  if (!existsSync(benchDir)) return [];
  // `_helpers.mjs` and the like are shared code, not benches.
  const only = process.env.JIHA_BENCH_ONLY?.split(',').map((name) => `${name.trim()}.mjs`);
  const files = readdirSync(benchDir).filter(
    (name) => name.endsWith('.mjs') && !name.startsWith('_') && (!only || only.includes(name)),
  );
  return files.sort((a, b) => (a === 'news-card.mjs' ? -1 : b === 'news-card.mjs' ? 1 : a.localeCompare(b)));
}

async function speedRows() {
  const rows = [];
  const server = await startStaticServer({ root, distDir });
  const chromium = await launchChromium();
  const context = { browser: chromium.browser, baseUrl: server.baseUrl, distUrl: `${server.baseUrl}/dist/` };
  try {
    rows.push({
      measure: 'browser',
      value: (await chromium.browser.version()).replace('HeadlessChrome/', 'Chromium '),
      note: `served at ${server.baseUrl}`,
    });
    for (const file of benchModules()) {
      const started = performance.now();
      process.stderr.write(`bench: ${file}…\n`);
      try {
        const module = await import(pathToFileURL(path.join(benchDir, file)).href);
        if (typeof module.default !== 'function')
          throw new Error('no default export function bench({ browser, baseUrl, distUrl })');
        const result = await module.default(context);
        if (!Array.isArray(result))
          throw new Error(`returned ${typeof result}, not an array of { measure, value, note } rows`);
        rows.push(
          ...result.map((row) => ({
            measure: String(row?.measure ?? '?'),
            value: String(row?.value ?? ''),
            note: String(row?.note ?? ''),
          })),
        );
      } catch (error) {
        console.error(`bench: scripts/bench/${file} failed:`, error);
        rows.push({
          measure: `scripts/bench/${file}`,
          value: 'ERROR',
          note: String(error?.message ?? error).split('\n')[0],
        });
      }
      process.stderr.write(`bench: ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  return rows;
}

function printTable(rows) {
  const header = { measure: 'measure', value: 'value', note: 'note' };
  const width = (key) => Math.max(...[header, ...rows].map((row) => [...row[key]].length));
  const [measureWidth, valueWidth] = [width('measure'), width('value')];
  const line = (row) =>
    `${row.measure.padEnd(measureWidth)} | ${row.value.padStart(valueWidth)} | ${row.note.replace(/\n/g, ' / ')}`;
  console.log(line(header));
  console.log(`${'-'.repeat(measureWidth)}-|-${'-'.repeat(valueWidth)}-|-${'-'.repeat(4)}`);
  for (const row of rows) console.log(line(row));
}

let rows;
try {
  rows = sizeRows();
  rows.push(...(await speedRows()));
} catch (error) {
  console.error('bench: could not run:', error);
  if (rows) printTable(rows);
  process.exit(1);
}
console.log(
  `\nJiha widgets bench: build ${path.relative(root, distDir) || '.'}${path.isAbsolute(process.env.JIHA_DIST ?? '') ? ` (${distDir})` : ''}\n`,
);
printTable(rows);
