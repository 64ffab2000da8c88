/**
 * `npm test`: every test file through @web/test-runner in each browser
 * engine in turn, Chromium, Firefox ESR and WebKitGTK
 * (test/server/engines.mjs), then the suites that drive Chromium from Node
 * (test/progressive/: JavaScript off, the accessibility tree, printing to
 * PDF), the nginx recipe for partner feeds (test/nginx, Debian's nginx)
 * and the fallback parity suite (test/parity: the TypeScript and PHP
 * fallback writers on shared cases, with PHP's CLI), ending with a plain
 * `N passed, N failed` line over all of them,
 * after one such line per engine with its wall time.
 *
 *   npm test -- --engine firefox          one engine (chromium, firefox, webkit)
 *   npm test -- --engine chromium,webkit  some of them
 *   TEST_FILES='test/components/news-card/*.test.ts' npm test -- --engine webkit
 *   TEST_FILES=test/progressive npm test   only the Chromium-from-Node suites
 *                                           (PROGRESSIVE_FILTER=words picks some)
 *   TEST_FILES=test/nginx npm test         only the nginx partner feeds recipe
 *   TEST_FILES=test/parity npm test        only the fallback parity suite, TypeScript
 *                                           against PHP (PARITY_FILTER=words picks cases)
 *
 * Other arguments go to web-test-runner. A missing browser, PHP's CLI or
 * poppler-utils is installed from Debian's archive when this runs as root;
 * otherwise the one apt command that installs them is printed.
 * Bundle tests read `dist/`, so the library is built first, with the
 * embed page and snippet builder beside it; `--reuse-build` uses the
 * dist/ that `npm run build` just wrote instead (CI builds once).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, ENGINE_NAMES } from '../test/server/engines.mjs';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env });
  if (result.signal || result.error)
    console.error(`${command} ${args[0] ?? ''}: ended by ${result.signal ?? result.error?.message}`);
  return result.status ?? 1;
}

function mustRun(command, args) {
  const status = run(command, args);
  if (status !== 0) process.exit(status);
}

/** `--engine a,b` / `--engine=a` (repeatable) out of the arguments; the rest stays for web-test-runner. */
function parseArguments(argv) {
  const engines = [];
  const rest = [];
  let reuseBuild = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--reuse-build') {
      reuseBuild = true;
      continue;
    }
    const match = /^--engines?(?:=(.*))?$/.exec(argv[i]);
    if (!match) {
      rest.push(argv[i]);
      continue;
    }
    const value = match[1] ?? argv[(i += 1)];
    if (!value) throw new Error('--engine needs a name: chromium, firefox or webkit');
    engines.push(
      ...value
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean),
    );
  }
  const unknown = engines.filter((name) => !ENGINES[name]);
  if (unknown.length > 0) throw new Error(`Unknown engine ${unknown.join(', ')}: one of ${ENGINE_NAMES.join(', ')}`);
  return { engines: engines.length > 0 ? [...new Set(engines)] : ENGINE_NAMES, rest, reuseBuild };
}

/**
 * The command-line tools the Node-driven suites run: PHP's CLI (the
 * WordPress plugin's fallback writers, test/parity) and poppler's
 * pdftotext (the print tests, test/progressive), with their Debian packages.
 */
const TOOLS = [
  { label: 'PHP CLI', command: 'php', apt: 'php-cli' },
  { label: 'poppler-utils', command: 'pdftotext', apt: 'poppler-utils' },
  { label: 'nginx', command: 'nginx', apt: 'nginx' },
];
// nginx is in /usr/sbin, which a user's PATH may lack.
const hasCommand = (command) =>
  spawnSync('sh', ['-c', `PATH="$PATH:/usr/sbin:/sbin" command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Installs what the engines and the Node-driven suites lack from apt as root; otherwise says how, and stops. */
function ensureInstalled(engines, tools) {
  const lacking = engines.filter((name) => ENGINES[name].missing().length > 0);
  const lackingTools = tools.filter((tool) => !hasCommand(tool.command));
  if (lacking.length === 0 && lackingTools.length === 0) return;
  const packages = [
    ...new Set([...lacking.flatMap((name) => ENGINES[name].apt), ...lackingTools.map((tool) => tool.apt)]),
  ];
  const what = [
    ...lacking.map((name) => `${ENGINES[name].label} (${ENGINES[name].missing().join(', ')})`),
    ...lackingTools.map((tool) => `${tool.label} (${tool.command})`),
  ].join('; ');
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing for the browser tests: ${what}. Install with:\n\n  sudo apt-get install ${packages.join(' ')}\n`,
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' ')} from apt for the browser tests: ${what}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], env) !== 0 || run('apt-get', ['install', '-y', '-qq', ...packages], env) !== 0)
    process.exit(1);
  const still = [
    ...engines.filter((name) => ENGINES[name].missing().length > 0).flatMap((name) => ENGINES[name].missing()),
    ...tools.filter((tool) => !hasCommand(tool.command)).map((tool) => tool.command),
  ];
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.join(', ')}`);
    process.exit(1);
  }
}

const minutes = (ms) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;

let parsed;
try {
  parsed = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const { engines, rest, reuseBuild } = parsed;
const files = process.env.TEST_FILES;
const onlyProgressive = files !== undefined && files.startsWith('test/progressive');
const onlyParity = files !== undefined && files.startsWith('test/parity');
const onlyNginx = files !== undefined && files.startsWith('test/nginx');
const runsProgressive = engines.includes('chromium') && (files === undefined || onlyProgressive);
const runsParity = files === undefined || onlyParity;
const runsNginx = files === undefined || onlyNginx;
const toolRuns = { php: runsParity, nginx: runsNginx, pdftotext: runsProgressive };
ensureInstalled(
  onlyNginx ? [] : engines,
  TOOLS.filter((tool) => toolRuns[tool.command]),
);

if (reuseBuild) {
  // `npm run build` just ran (CI builds once): its dist/ is what the tests read.
  const absent = ['dist/jiha.js', 'dist/embed.html', 'dist/builder', 'dist/showcase'].filter(
    (path) => !existsSync(path),
  );
  if (absent.length > 0) {
    console.error(`--reuse-build: ${absent.join(', ')} missing; run npm run build first`);
    process.exit(1);
  }
} else {
  mustRun('node', ['scripts/build-lib.mjs', '--logLevel', 'warn']);
  // dist/embed.html, embed.js, embed-resizer.js and dist/builder/ (test/embed*, test/builder*).
  mustRun('node', ['scripts/build-embed.mjs']);
  // dist/showcase/, the demo on the built library (test/pages/showcase*).
  mustRun('node', ['scripts/build-showcase.mjs']);
}
mustRun('node', ['scripts/prepare-test-copies.mjs']);

const summaryFolder = mkdtempSync(join(tmpdir(), 'jiha-test-'));
const results = [];
for (const name of onlyProgressive || onlyParity || onlyNginx ? [] : engines) {
  const summaryFile = join(summaryFolder, `${name}.json`);
  console.log(`\n=== ${ENGINES[name].label}\n`);
  const start = Date.now();
  const status = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...rest], {
    ...process.env,
    JIHA_ENGINE: name,
    JIHA_SUMMARY_FILE: summaryFile,
  });
  let totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    // No summary: the runner itself failed or was stopped before its end; say how, so that it can be told apart.
    console.error(`${ENGINES[name].label}: web-test-runner wrote no summary (exit status ${status})`);
    totals.failed = Math.max(1, totals.failed);
  }
  results.push({ name, status, totals, ms: Date.now() - start });
}
rmSync(summaryFolder, { recursive: true, force: true });

/** Runs a Node-driven suite that ends with `N passed, N failed`, and adds its counts. */
function runNodeSuite(name, label, args) {
  const start = Date.now();
  const output = spawnSync('node', args, {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (output.stdout ?? '').split('\n');
  const counts = lines
    .map((line) => /^(\d+) passed, (\d+) failed/.exec(line.trim()))
    .filter(Boolean)
    .at(-1);
  process.stdout.write(lines.filter((line) => !/^(\d+) passed, (\d+) failed/.test(line.trim())).join('\n'));
  const totals = { passed: counts ? Number(counts[1]) : 0, failed: counts ? Number(counts[2]) : 0, skipped: 0 };
  if (output.status !== 0 && totals.failed === 0) totals.failed = 1;
  results.push({ name, label, status: output.status ?? 1, totals, ms: Date.now() - start });
}

// The Node-driven suites use Chromium's DevTools protocol (JavaScript off, the accessibility tree, PDF).
if (runsProgressive)
  runNodeSuite('progressive', 'Chromium driven from Node (test/progressive)', [
    'test/progressive/run.mjs',
    ...(process.env.PROGRESSIVE_FILTER ? [process.env.PROGRESSIVE_FILTER] : []),
  ]);
// The nginx recipe for partner feeds (docs/guides/partner-feeds-nginx.md), with Debian's nginx.
if (runsNginx) runNodeSuite('nginx', 'Partner feeds with nginx (test/nginx)', ['test/nginx/run.mjs']);
// The TypeScript and PHP fallback writers on the same cases (PHP's CLI).
if (runsParity)
  runNodeSuite('parity', 'Fallback parity, TypeScript and PHP (test/parity)', [
    'test/parity/run.mjs',
    ...(process.env.PARITY_FILTER ? [process.env.PARITY_FILTER] : []),
  ]);

console.log('');
for (const { name, label, totals, ms } of results)
  console.log(
    `${label ?? ENGINES[name].label}: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''} (${minutes(ms)})`,
  );
const sum = (key) => results.reduce((total, result) => total + result.totals[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed${sum('skipped') ? `, ${sum('skipped')} skipped` : ''}`);
process.exit(results.some((result) => result.status !== 0 || result.totals.failed > 0) ? 1 : 0);
