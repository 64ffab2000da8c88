#!/usr/bin/env node
/**
 * Writes every list of the widgets' attributes from the one definition, the
 * element classes (their JSDoc, read through the custom-elements manifest:
 * custom-elements-manifest.config.mjs and scripts/lib/cem-attribute-facts.mjs):
 *
 *   src/embed/widgets.generated.ts         the embed page's and the builder's widgets and fields
 *   src/builder/defaults.generated.ts      what the builder's form holds at first (@example)
 *   src/fallback/fields.generated.ts       what each fallback prints (@fallback)
 *   wordpress/includes/widgets.generated.php        the plugin's attributes, escaping kinds,
 *                                                   fallback fields, embed names and heights
 *   wordpress/includes/field-labels.generated.php   the builder's labels (src/builder/field-labels.strings.ts
 *                                                   and xliff/) for the block sidebar
 *   wordpress/blocks/<widget>/block.json   its "attributes" (WordPress requires that file name)
 *   docs/reference/attributes.generated.md the attribute reference
 *   stories/arg-types.generated.ts         Storybook's controls
 *
 * Usage: npm run generate           writes them
 *        npm run generate -- --check fails (exit 1) when a file would change (in npm run lint)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { readFieldLabels } from './lib/field-labels.mjs';
import { readManifestWidgets } from './lib/manifest-widgets.mjs';
import {
  attributesMarkdown,
  blockJson,
  defaultsTs,
  fallbackFieldsTs,
  fieldLabelsPhp,
  storybookArgTypesTs,
  widgetsPhp,
  widgetsTs,
} from './lib/generated-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** The manifest of the sources as they are now (not dist/, which may be older). */
function analyse() {
  // cem writes its outdir relative to the working directory, whatever the path looks like.
  const scratch = mkdtempSync(path.join(tmpdir(), 'jiha-generate-'));
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        path.join(root, 'custom-elements-manifest.config.mjs'),
        '--outdir',
        path.relative(root, scratch),
        '--quiet',
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return JSON.parse(readFileSync(path.join(scratch, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const widgets = readManifestWidgets(analyse(), readFileSync(path.join(root, 'src/index.ts'), 'utf8'));
const labels = readFieldLabels(root);

const outputs = new Map([
  ['src/embed/widgets.generated.ts', widgetsTs(widgets)],
  ['src/builder/defaults.generated.ts', defaultsTs(widgets)],
  ['src/fallback/fields.generated.ts', fallbackFieldsTs(widgets)],
  ['wordpress/includes/widgets.generated.php', widgetsPhp(widgets)],
  ['wordpress/includes/field-labels.generated.php', fieldLabelsPhp(labels)],
  ['docs/reference/attributes.generated.md', attributesMarkdown(widgets)],
  ['stories/arg-types.generated.ts', storybookArgTypesTs(widgets)],
]);
for (const widget of widgets) {
  const file = `wordpress/blocks/${widget.name}/block.json`;
  outputs.set(file, blockJson(widget, readFileSync(path.join(root, file), 'utf8')));
}

const stale = [];
for (const [file, text] of outputs) {
  const absolute = path.join(root, file);
  const formatted = /\.(md|json)$/.test(file)
    ? await prettier.format(text, { ...(await prettier.resolveConfig(absolute)), filepath: absolute })
    : text;
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  if (current === formatted) continue;
  stale.push(file);
  if (!check) writeFileSync(absolute, formatted);
}

if (check && stale.length) {
  console.error(`generate: out of date (run npm run generate): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(`generate: ${outputs.size} files, ${stale.length} ${check ? 'out of date' : 'written'}`);
