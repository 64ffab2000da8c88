/**
 * The builder's attribute labels (src/builder/field-labels.strings.ts, ids
 * `builder.field.<attribute>` or `builder.field.<widget>.<attribute>`) with
 * their translations (xliff/<language>.xlf), for the lists generated outside
 * TypeScript (the WordPress block sidebar): one set of labels, translated once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LANGUAGES = ['ar', 'fr', 'zgh'];

const unescapeTs = (text) => text.replace(/\\(.)/g, '$1');
const unescapeXml = (text) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** @returns {{ keys: string[], text: Record<string, Record<string, string>> }} text[language][key], English as `en`. */
export function readFieldLabels(root) {
  const source = readFileSync(path.join(root, 'src/builder/field-labels.strings.ts'), 'utf8');
  const en = {};
  for (const match of source.matchAll(/msg\(\s*'((?:[^'\\]|\\.)*)',\s*\{\s*id:\s*'builder\.field\.([\w.-]+)'/g))
    en[match[2]] = unescapeTs(match[1]);
  const keys = Object.keys(en);
  if (keys.length === 0) throw new Error('generate: no builder.field.* label in src/builder/field-labels.strings.ts');
  const text = { en };
  for (const language of LANGUAGES) {
    const xliff = readFileSync(path.join(root, `xliff/${language}.xlf`), 'utf8');
    text[language] = {};
    for (const match of xliff.matchAll(
      /<trans-unit id="builder\.field\.([\w.-]+)">\s*<source>[\s\S]*?<\/source>\s*<target>([\s\S]*?)<\/target>/g,
    ))
      if (Object.hasOwn(en, match[1])) text[language][match[1]] = unescapeXml(match[2]);
  }
  return { keys, text };
}
