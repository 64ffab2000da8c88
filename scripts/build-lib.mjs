/**
 * The library build (`npm run build`, `npm test`): each entry of
 * vite.config.ts built on its own into dist/, so that each is one file with
 * everything its elements need (see vite.config.ts), and their lazy chunks
 * beside them in dist/chunks/ (content-hashed: chunks two entries have in
 * common are the same file). Extra arguments go to every build (`--logLevel warn`).
 */
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { entries } from './lib-entries.mjs';

const logLevel = process.argv.includes('--logLevel') ? process.argv[process.argv.indexOf('--logLevel') + 1] : undefined;
rmSync('dist', { recursive: true, force: true });
for (const name of Object.keys(entries)) {
  process.env.JIHA_ENTRY = name;
  await build({ configFile: 'vite.config.ts', logLevel });
}
delete process.env.JIHA_ENTRY;
