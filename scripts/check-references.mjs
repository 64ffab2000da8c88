/**
 * `npm run lint`'s last step: dead references. Fails when the comments of
 * the code (scripts/lib/comments.mjs) or the Markdown files cite a file of
 * the repository that does not exist:
 *
 * - repository paths (`src/core/errors.ts`, `test/components/<name>/`,
 *   `wordpress/blocks/*\/block.json`): a path that starts with one of the
 *   repository's top-level folders. `<name>`, `*`, `{a,b}` and `…` are
 *   wildcards, and at least one file or folder must match;
 * - relative Markdown links and their `#anchors` (GitHub's heading ids);
 * - the design's contract (its file, or its numbered sections), which is
 *   not in the repository: cite the page of `docs/` instead.
 *
 * Files: what git tracks or would add. A path that git ignores is a build
 * output (`.storybook/generated/`) and counts as existing. A path counts as
 * a citation when it has an extension, ends with `/`, has a wildcard or two
 * slashes, or stands in quotes or backticks: a slash in prose (the demo/test
 * pages) is left alone.
 *
 *   node scripts/check-references.mjs                      every file
 *   node scripts/check-references.mjs README.md docs/*.md  only these (checked against every file)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentsOf } from './lib/comments.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Cited before they exist: files that work in progress writes (issue 20's
 * attribute tables, the showcase's screenshots). Delete an entry once its
 * path is in the repository (the check says so).
 */
const PENDING = new Set();

const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\0')
  .filter((file) => file && existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile());
const fileSet = new Set(files);
const folders = new Set();
for (const file of files) {
  const parts = file.split('/');
  for (let i = 1; i < parts.length; i += 1) folders.add(parts.slice(0, i).join('/'));
}
const topFolders = [...new Set([...folders].map((folder) => folder.split('/')[0]))].filter(
  (folder) => folder !== 'node_modules',
);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path from a top-level folder: name characters, `<placeholder>`, `{a,b}` and `…`. */
const PATH = new RegExp(
  String.raw`(?<![\w.@/~$-])(?:${topFolders.map(escapeRegExp).join('|')})/(?:[\w.@*…-]|<[\w-]+>|\{[\w.,-]+\}|/)*`,
  'gu',
);
const WILDCARD = /[*…<{]/;
const CONTRACT = /\bCONTRACT\.md\b|\bcontract\b[^.\n]{0,60}?\bsections? \d/gi;

/** Whether git ignores `file`: a build output, which a fresh clone writes rather than holds. */
function isBuildOutput(file) {
  return spawnSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: root }).status === 0;
}

/** Whether `reference` (a repository path, maybe with wildcards) names a file or folder. */
function exists(reference) {
  const bare = reference.replace(/\/$/, '');
  if (!WILDCARD.test(bare)) {
    const found = reference.endsWith('/') ? folders.has(bare) : fileSet.has(bare) || folders.has(bare);
    return found || isBuildOutput(reference);
  }
  const pattern = new RegExp(
    `^${bare
      .split(/(\*\*|\*|…|<[\w-]+>|\{[\w.,-]+\})/)
      .map((part, i) => {
        if (i % 2 === 0) return escapeRegExp(part);
        if (part === '**' || part === '…') return '.*';
        if (part === '*') return '[^/]*';
        if (part.startsWith('<')) return '[^/]+';
        return `(?:${part.slice(1, -1).split(',').map(escapeRegExp).join('|')})`;
      })
      .join('')}$`,
  );
  return [...fileSet, ...folders].some((candidate) => pattern.test(candidate));
}

/** A path stated on purpose rather than a slash in prose. */
function isCitation(reference, before) {
  return (
    /\.\w+$/.test(reference) ||
    reference.endsWith('/') ||
    WILDCARD.test(reference) ||
    reference.split('/').length > 2 ||
    /[`'"]/.test(before)
  );
}

/** GitHub's id for a heading: lower case, punctuation dropped, spaces as `-`; repeats get `-1`, `-2`. */
const anchorCache = new Map();
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const anchors = new Set();
  const seen = new Map();
  for (const { line, code } of markdownLines(readFileSync(path.join(root, file), 'utf8'))) {
    if (code) continue;
    for (const [, id] of line.matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(id);
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

/** The lines of a Markdown text with their offsets, and whether each is inside a fenced code block. */
function markdownLines(text) {
  const lines = [];
  let fence = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    const code = Boolean(fence) || Boolean(marker);
    if (marker && !fence) fence = marker;
    else if (marker && fence && marker.startsWith(fence)) fence = '';
    lines.push({ line, offset, code });
    offset += line.length + 1;
  }
  return lines;
}

/** Problems with one relative Markdown link of `file`; undefined when it holds. */
function checkLink(file, target) {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(target)) return undefined;
  const [address, anchor] = target.split('#');
  const resolved = address
    ? path.posix.normalize(
        address.startsWith('/') ? address.slice(1) : path.posix.join(path.posix.dirname(file), address),
      )
    : file;
  const bare = resolved.replace(/\/$/, '');
  if (PENDING.has(bare) || PENDING.has(`${bare}/`)) return undefined;
  if (!fileSet.has(bare) && !folders.has(bare)) return `link to ${target}: no such file`;
  if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(decodeURIComponent(anchor)))
    return `link to ${target}: no heading with that id`;
  return undefined;
}

const lineAt = (text, offset) => text.slice(0, offset).split('\n').length;

/** Every dead reference in `file`, as `{line, message}`. */
function problemsIn(file) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const markdown = /\.mdx?$/.test(file);
  const parts = markdown ? [{ text, offset: 0 }] : commentsOf(file, text);
  if (!parts) return { problems: [], references: 0 };
  const problems = [];
  let references = 0;
  for (const part of parts) {
    for (const match of part.text.matchAll(PATH)) {
      const reference = match[0].replace(/[.-]+$/, '');
      const before = part.text[match.index - 1] ?? '';
      if (!isCitation(reference, before)) continue;
      references += 1;
      if (PENDING.has(reference) || exists(reference)) continue;
      problems.push({ line: lineAt(text, part.offset + match.index), message: `${reference}: no such file or folder` });
    }
    for (const match of part.text.matchAll(CONTRACT)) {
      references += 1;
      problems.push({
        line: lineAt(text, part.offset + match.index),
        message: `"${match[0]}" cites the design's contract, which is not in the repository: cite the page of docs/`,
      });
    }
  }
  if (markdown) {
    for (const { line, offset, code } of markdownLines(text)) {
      if (code) continue;
      const links = [
        ...[...line.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((match) => match[1]),
        ...[...line.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)].map((match) => match[1]),
      ];
      for (const target of links) {
        references += 1;
        const message = checkLink(file, target);
        if (message) problems.push({ line: lineAt(text, offset), message });
      }
    }
  }
  return { problems, references };
}

const chosen = process.argv.slice(2).map((file) => path.relative(root, path.resolve(file)));
let references = 0;
let dead = 0;
for (const file of chosen.length > 0 ? chosen : files) {
  const found = problemsIn(file);
  references += found.references;
  for (const { line, message } of found.problems) {
    dead += 1;
    console.log(`${file}:${line}: ${message}`);
  }
}
for (const pending of PENDING) {
  if (exists(pending))
    console.log(`note: ${pending} exists now; delete it from PENDING in scripts/check-references.mjs`);
}
console.log(`check-references: ${references} references checked, ${dead} dead`);
if (dead > 0) process.exit(1);
