/**
 * Fallback parity: the shared cases (test/parity/cases.mjs) written by the
 * TypeScript fallback writers (the snippet builder's, src/fallback/) and by
 * the WordPress plugin's PHP writers (wordpress/includes/render-*.php, run
 * by PHP's CLI), compared as HTML: both parsed as a browser parses them,
 * so that `'` and `&#039;` or `&` and `&#038;` are the same text, with
 * white space as a browser shows it (runs folded to one space, none at the
 * edges of an element). The one further normalisation:
 * a `<time>` is compared by its `datetime`, not its words (the browser's
 * Intl in the widget's language and time zone, WordPress's own date
 * format and time zone on the server).
 *
 *   node test/parity/run.mjs [filter]   (npm test runs it; TEST_FILES=test/parity for it alone)
 *
 * Ends with `N passed, N failed`, one test per case.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseFragment } from 'parse5';
import { parityCases } from './cases.mjs';

const filter = process.argv[2];
const cases = parityCases().filter((parityCase) => !filter || parityCase.name.includes(filter));

/** The TypeScript writers, bundled for Node. */
async function typescriptSide() {
  const folder = mkdtempSync(path.join(tmpdir(), 'jiha-parity-'));
  try {
    const outfile = path.join(folder, 'ts-side.mjs');
    await build({
      entryPoints: ['test/parity/ts-side.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      define: { 'import.meta.env.DEV': 'false' },
    });
    const { renderCases } = await import(pathToFileURL(outfile).href);
    // The writers warn of each address they drop; the cases drop many on purpose.
    const warn = console.warn;
    console.warn = () => {};
    try {
      return await renderCases(cases);
    } finally {
      console.warn = warn;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function phpSide() {
  const output = execFileSync('php', ['test/parity/render.php'], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output);
}

const fold = (text) => text.replace(/[ \t\n\f\r]+/g, ' ').trim();

/** A node tree as comparable text: elements with their attributes in order, texts as parsed. */
function canonical(nodes) {
  return nodes
    .map((node) => {
      // White space as a browser shows it: runs folded to one space; none between elements.
      if (node.nodeName === '#text') return /^\s*$/.test(node.value) ? '' : JSON.stringify(fold(node.value));
      if (node.nodeName === '#comment') return '';
      const attributes = node.attrs.map(({ name, value }) => ` ${name}=${JSON.stringify(value)}`).join('');
      const children = node.tagName === 'time' ? '' : canonical(node.childNodes);
      return `<${node.tagName}${attributes}>${children}</${node.tagName}>`;
    })
    .join('');
}

/** The fallback inside the plugin's element: its content but the data `<script>`. */
function phpFallback(markup) {
  const element = parseFragment(markup).childNodes.find((node) => node.tagName?.startsWith('jiha-'));
  return element ? element.childNodes.filter((node) => node.tagName !== 'script') : [];
}

const [typescript, php] = [await typescriptSide(), phpSide()];
let passed = 0;
let failed = 0;
for (const [index, parityCase] of cases.entries()) {
  const expected = canonical(parseFragment(typescript[index]).childNodes);
  const actual = canonical(phpFallback(php[index]));
  if (expected === actual) {
    passed += 1;
    continue;
  }
  failed += 1;
  console.log(
    `FAIL ${parityCase.name}\n     TypeScript: ${expected.slice(0, 400)}\n     PHP:        ${actual.slice(0, 400)}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
