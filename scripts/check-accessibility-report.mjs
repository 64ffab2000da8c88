/**
 * A step of `npm run lint`: docs/accessibility.md, the conformance report,
 * against the WCAG 2.2 list and the tests it cites. Fails when
 *
 * - one of the 55 level A and AA criteria is missing, doubled, at the wrong
 *   level, or has the wrong EN 301 549 clause;
 * - an element or tool (a column) has no verdict, or one other than
 *   Supports, Partially supports, Does not support, Not applicable;
 * - a criterion cites no evidence, or a test (T…) or manual step (M…) the
 *   report does not define;
 * - a test the report defines is not in its file: the file must exist and
 *   hold the quoted words of the test's title.
 *
 *   node scripts/check-accessibility-report.mjs [report.md]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportPath = process.argv[2] ?? path.join(root, 'docs/accessibility.md');

/** WCAG 2.2 levels A and AA: 31 and 24 criteria (4.1.1 Parsing is obsolete in 2.2). */
const CRITERIA = {
  A: '1.1.1 1.2.1 1.2.2 1.2.3 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.5.1 2.5.2 2.5.3 2.5.4 3.1.1 3.2.1 3.2.2 3.2.6 3.3.1 3.3.2 3.3.7 4.1.2',
  AA: '1.2.4 1.2.5 1.3.4 1.3.5 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.4.5 2.4.6 2.4.7 2.4.11 2.5.7 2.5.8 3.1.2 3.2.3 3.2.4 3.3.3 3.3.4 3.3.8 4.1.3',
};
const LEVEL = new Map(Object.entries(CRITERIA).flatMap(([level, ids]) => ids.split(' ').map((id) => [id, level])));
/** The columns of verdicts, in order: the five elements, the builder, the embed. */
const SUBJECTS = ['news card', 'news list', 'ISO badge', 'geopark map', 'timeline', 'builder', 'embed'];
const VERDICTS = new Set(['Supports', 'Partially supports', 'Does not support', 'Not applicable']);

const problems = [];
const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
const lines = readFileSync(reportPath, 'utf8').split('\n');

// The evidence: tests `| T01 | `file` | "words" |` and manual steps `| M1 | … |`.
const tests = new Map();
const manual = new Set();
for (const line of lines) {
  const [id, file, title] = cells(line);
  if (/^T\d+$/.test(id ?? '')) {
    const filePath = /^`([^`]+)`$/.exec(file ?? '')?.[1];
    const words = /^"(.+?)"/.exec(title ?? '')?.[1];
    if (!filePath || !words) {
      problems.push(`${id}: write it as | ${id} | \`file\` | "words of the title" |`);
      continue;
    }
    if (tests.has(id)) problems.push(`${id} is defined twice`);
    tests.set(id, { filePath, words });
  } else if (/^M\d+$/.test(id ?? '')) manual.add(id);
}
for (const [id, { filePath, words }] of tests) {
  const full = path.join(root, filePath);
  if (!existsSync(full)) problems.push(`${id}: ${filePath} does not exist`);
  else if (!readFileSync(full, 'utf8').includes(words)) problems.push(`${id}: ${filePath} has no test "${words}"`);
}

/** The ids a cell cites: T05, T15–T21 (a range), M3. */
function citations(cell) {
  const ids = [];
  for (const [, from, to] of cell.matchAll(/\b([TM]\d+)(?:\s*[–-]\s*(T\d+))?\b/g)) {
    if (!to) {
      ids.push(from);
      continue;
    }
    for (let n = Number(from.slice(1)); n <= Number(to.slice(1)); n += 1) {
      const id = `T${String(n).padStart(2, '0')}`;
      if (tests.has(id)) ids.push(id);
    }
  }
  return ids;
}

// The criteria tables: | 1.1.1 Name (A) | 9.1.1.1 | seven verdicts | evidence | remarks |
let header;
const seen = new Map();
for (const line of lines) {
  const row = cells(line);
  if (row[0] === 'Criteria') {
    header = row;
    const subjects = row.slice(2, 2 + SUBJECTS.length);
    if (subjects.join('|') !== SUBJECTS.join('|'))
      problems.push(`a criteria table's columns are ${subjects.join(', ')}, not ${SUBJECTS.join(', ')}`);
    continue;
  }
  const match = /^(\d\.\d+\.\d+) .+ \((A|AA)\)$/.exec(row[0] ?? '');
  if (!match || !header) continue;
  const [, id, level] = match;
  if (seen.has(id)) problems.push(`${id} appears twice`);
  seen.set(id, level);
  if (!LEVEL.has(id)) problems.push(`${id} is no WCAG 2.2 A or AA criterion`);
  else if (LEVEL.get(id) !== level) problems.push(`${id} is level ${LEVEL.get(id)}, not ${level}`);
  if (row[1] !== `9.${id}`) problems.push(`${id}: EN 301 549 clause ${row[1]}, not 9.${id}`);
  SUBJECTS.forEach((subject, index) => {
    const verdict = row[2 + index];
    if (!VERDICTS.has(verdict)) problems.push(`${id}, ${subject}: "${verdict ?? ''}" is no verdict`);
  });
  const evidence = row[2 + SUBJECTS.length] ?? '';
  const cited = citations(evidence);
  if (cited.length === 0) problems.push(`${id}: no evidence (a test T… or a manual step M…)`);
  for (const each of cited)
    if (!tests.has(each) && !manual.has(each)) problems.push(`${id}: cites ${each}, which the report does not define`);
  for (const [, from, to] of evidence.matchAll(/\b(T\d+)\s*[–-]\s*(T\d+)\b/g))
    if (!tests.has(from) || !tests.has(to)) problems.push(`${id}: the range ${from}–${to} has an undefined end`);
}
for (const id of LEVEL.keys()) if (!seen.has(id)) problems.push(`${id} is missing`);

if (problems.length > 0) {
  console.error(`${path.relative(root, reportPath)}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${path.relative(root, reportPath)}: ${seen.size} criteria × ${SUBJECTS.length} verdicts, ${tests.size} tests found in their files`,
);
