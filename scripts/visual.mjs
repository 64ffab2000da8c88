/**
 * The visual regression suite (test/visual/) alone, through scripts/test.mjs:
 *
 *   npm run test:visual -- --engine chromium            compares with the references
 *   npm run test:visual:update                          rewrites them, every engine
 *   npm run test:visual:update -- --engine chromium     one engine's
 *   TEST_FILES=test/visual/news-card.test.ts npm run test:visual:update -- --engine webkit
 *
 * `--update` (test:visual:update) runs with JIHA_UPDATE_SCREENSHOTS=1, so
 * that each shot becomes its state's reference in
 * test/visual/references/<engine>/. Over the whole suite (no TEST_FILES) it
 * first empties those engines' folders, so that a state that is gone leaves
 * no reference behind. Commit the references with the change of look they
 * show.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_NAMES } from '../test/server/engines.mjs';

const REFERENCES = 'test/visual/references';
const update = process.argv.includes('--update');
const args = process.argv.slice(2).filter((arg) => arg !== '--update');
const named = args
  .flatMap((arg, index) => {
    const inline = /^--engines?=(.*)$/.exec(arg);
    if (inline) return [inline[1]];
    return /^--engines?$/.test(arg) ? [args[index + 1] ?? ''] : [];
  })
  .flatMap((value) => value.split(','))
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const engines = named.length > 0 ? named : ENGINE_NAMES;
const unknown = engines.filter((name) => !ENGINE_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown engine ${unknown.join(', ')}: one of ${ENGINE_NAMES.join(', ')}`);
  process.exit(2);
}

if (update && process.env.TEST_FILES === undefined) {
  for (const engine of engines) {
    const folder = join(REFERENCES, engine);
    let entries = [];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    for (const entry of entries) rmSync(join(folder, entry), { recursive: true, force: true });
  }
}

const result = spawnSync('node', ['scripts/test.mjs', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    JIHA_UPDATE_SCREENSHOTS: update ? '1' : '0',
    TEST_FILES: process.env.TEST_FILES ?? 'test/visual/**/*.test.ts',
  },
});
process.exit(result.status ?? 1);
