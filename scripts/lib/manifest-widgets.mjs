/**
 * The widgets as scripts/generate.mjs writes them out, read from the
 * custom-elements manifest: for each element (in src/index.ts's order) its
 * name, tag, title, embed height, whether it takes CSV, and its listed
 * attributes with the kind of value a form checks (the facts of
 * scripts/lib/cem-attribute-facts.mjs, or the type).
 */

/**
 * @typedef {{ name: string, property: string, kind: string, choices?: string[], min?: number, max?: number,
 *   example?: string, fallback?: string, unlisted?: string, type: string, default?: string, description: string }} Field
 * @typedef {{ name: string, tag: string, className: string, title: string, summary: string,
 *   embedHeight: number, csv: boolean, attributes: Field[], fields: Field[] }} Widget
 * `attributes` are all of them; `fields` leave out those marked @unlisted.
 */

/** @returns {Widget[]} */
export function readManifestWidgets(manifest, indexSource) {
  const order = [...indexSource.matchAll(/components\/([\w-]+)\/define\.js/g)].map((match) => match[1]);
  const declarations = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
  return order.map((name) => {
    const declaration = declarations.find((candidate) => candidate.tagName === `jiha-${name}`);
    if (!declaration) throw new Error(`generate: no element jiha-${name} in the manifest`);
    const facts = declaration.jiha ?? {};
    for (const required of ['title', 'embedHeight'])
      if (facts[required] === undefined) throw new Error(`generate: ${declaration.name} has no @${kebab(required)}`);
    const attributes = (declaration.attributes ?? []).map((attribute) => readField(declaration, attribute));
    return {
      name,
      tag: declaration.tagName,
      className: declaration.name,
      title: facts.title,
      summary: declaration.summary ?? '',
      embedHeight: facts.embedHeight,
      csv: facts.inlineCsv === true,
      attributes,
      fields: attributes.filter((field) => field.unlisted === undefined),
    };
  });
}

const FORMATS = new Set(['text', 'url', 'urls', 'image', 'date', 'number', 'standard', 'regions', 'center', 'tiles']);

/** @returns {Field} */
function readField(declaration, attribute) {
  const facts = attribute.jiha ?? {};
  const type = attribute.type?.text ?? 'string';
  const literals = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'null');
  const union = literals.length > 0 && literals.every((part) => /^'[^']*'$/.test(part));
  let kind;
  if (facts.format) {
    if (!FORMATS.has(facts.format))
      throw new Error(`generate: ${declaration.name}.${attribute.fieldName}: unknown @format ${facts.format}`);
    kind = facts.format;
  } else if (facts.choices || union) kind = 'choice';
  else if (type === 'boolean') kind = 'boolean';
  else if (literals.includes('number')) kind = 'number';
  else kind = 'text';
  const field = {
    name: attribute.name,
    property: attribute.fieldName ?? attribute.name,
    kind,
    type,
    description: (attribute.description ?? '').replace(/\s*\n\s*/g, ' '),
  };
  if (kind === 'choice') field.choices = facts.choices ?? literals.map((part) => part.slice(1, -1));
  if (facts.min !== undefined) field.min = facts.min;
  if (facts.max !== undefined) field.max = facts.max;
  if (facts.example !== undefined) field.example = facts.example;
  if (facts.fallback !== undefined) field.fallback = facts.fallback;
  if (facts.unlisted !== undefined) field.unlisted = facts.unlisted === true ? '' : facts.unlisted;
  if (attribute.default !== undefined && attribute.default !== 'null') field.default = attribute.default;
  return field;
}

const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
