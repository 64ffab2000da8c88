/**
 * `npm test`: every test file in headless Chromium through
 * @web/test-runner, ending with a plain `N passed, N failed` line.
 * Bundle tests read `dist/`, so the library is built first, with the
 * embed page and snippet builder beside it.
 */
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('node', ['scripts/build-lib.mjs', '--logLevel', 'warn']);
// dist/embed.html, embed.js, embed-resizer.js and dist/builder/ (test/embed*, test/builder*).
run('node', ['scripts/build-embed.mjs']);
run('node', ['scripts/prepare-test-copies.mjs']);
run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
