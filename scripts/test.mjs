/**
 * `npm test`: every test file in headless Chromium through
 * @web/test-runner, then the suites that drive Chromium from Node
 * (test/progressive/: JavaScript off, the accessibility tree, printing to
 * PDF), ending with ONE plain `N passed, N failed` line for both.
 * Bundle tests read `dist/`, so the library is built first, with the
 * embed page and snippet builder beside it.
 *
 * TEST_FILES picks web-test-runner files; `TEST_FILES=test/progressive`
 * (optionally `PROGRESSIVE_FILTER=words`) runs only the Node-driven suites.
 */
import { spawn, spawnSync } from 'node:child_process';

const SUMMARY = /^(\d+) passed, (\d+) failed/;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a test command, passing its output through, and returns its own closing counts (a crash counts as one failure). */
function runSuite(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], shell: false });
    let last;
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      buffer += text;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const match = SUMMARY.exec(line.trim());
        if (match) last = { passed: Number(match[1]), failed: Number(match[2]) };
        else process.stdout.write(`${line}\n`);
      }
    });
    child.on('close', (status) => {
      const match = SUMMARY.exec(buffer.trim());
      if (match) last = { passed: Number(match[1]), failed: Number(match[2]) };
      else if (buffer) process.stdout.write(buffer);
      const counts = last ?? { passed: 0, failed: 0 };
      if (status !== 0 && counts.failed === 0) counts.failed += 1;
      resolve(counts);
    });
  });
}

run('node', ['scripts/build-lib.mjs', '--logLevel', 'warn']);
// dist/embed.html, embed.js, embed-resizer.js and dist/builder/ (test/embed*, test/builder*).
run('node', ['scripts/build-embed.mjs']);
run('node', ['scripts/prepare-test-copies.mjs']);

const files = process.env.TEST_FILES;
const onlyProgressive = files !== undefined && files.startsWith('test/progressive');
const totals = { passed: 0, failed: 0 };
const add = ({ passed, failed }) => {
  totals.passed += passed;
  totals.failed += failed;
};
if (!onlyProgressive) add(await runSuite('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]));
if (files === undefined || onlyProgressive) add(await runSuite('node', ['test/progressive/run.mjs', ...(process.env.PROGRESSIVE_FILTER ? [process.env.PROGRESSIVE_FILTER] : [])]));
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
