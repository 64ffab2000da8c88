import { attributeFacts } from './scripts/lib/cem-attribute-facts.mjs';

/**
 * `cem analyze` (the last step of `npm run build`) writes
 * dist/custom-elements.json from the JSDoc of the element classes (@tag,
 * @summary, @fires, @csspart, @cssprop, @slot and each property's comment),
 * with the facts scripts/lib/cem-attribute-facts.mjs reads (@format, @example …).
 * The Lit plugin reads the `@property()` options (attribute names, reflect).
 *
 * `src/core/jiha-element.ts` and `data-element.ts` are analysed too so that every element lists the
 * members it inherits (`data`, `src`, `timeout`, `time-zone`, the events and
 * the `error` / `skeleton` parts).
 */
export default {
  globs: ['src/core/jiha-element.ts', 'src/core/data-element.ts', 'src/core/events.ts', 'src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names ./dist/custom-elements.json by hand; the analyzer would
  // otherwise rewrite that field to whatever --outdir a check run uses.
  packagejson: false,
  plugins: [safeDefineCalls(), literalUnionTypes(), publicApiOnly(), eventTypes(), attributeFacts()],
};

/**
 * Elements register through `safeDefine('jiha-x', Class)` (src/core/define.ts),
 * not `customElements.define`, so the analyzer would not list the tag as a
 * definition exported by `define.ts`; this adds it, as the core does for
 * `customElements.define`.
 */
function safeDefineCalls() {
  return {
    name: 'jiha-safe-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'safeDefine') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const imported = context.imports?.find((entry) => entry.name === element.text);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
  };
}

/**
 * Writes a string-literal union alias out in full (`NewsCardVariant` →
 * `'full' | 'compact' | 'horizontal'`), so that editors and Storybook's
 * controls can offer the values instead of an opaque type name.
 */
function literalUnionTypes() {
  const aliases = new Map();
  return {
    name: 'jiha-literal-union-types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every(
        (member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal),
      );
      if (literals) aliases.set(node.name.text, node.type.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (!type?.text) return;
        type.text = type.text
          .split('|')
          .map((part) => aliases.get(part.trim()) ?? part.trim())
          .join(' | ');
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
        }
      }
    },
  };
}

/**
 * The manifest documents what a page or framework may use: private and
 * protected members (render helpers, internal state) are left out; so are
 * events without a `@fires` line (the analyzer also reports the generic
 * `new CustomEvent(type)` of `emit()` as an event named "type"), and so are
 * the long initial values of module variables (style sheets, data); module
 * references name the analysed `.ts` files (the analyzer writes the import
 * specifier, `/src/x.js` or `./x.js`).
 */
function publicApiOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
  return {
    name: 'jiha-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const paths = new Set(customElementsManifest.modules.map((module) => module.path));
      const normalise = (reference, from) => {
        if (!reference?.module) return;
        const path = reference.module.startsWith('.')
          ? new URL(reference.module, `file:///${from}`).pathname.slice(1)
          : reference.module.replace(/^\//, '');
        const ts = path.replace(/\.js$/, '.ts');
        reference.module = paths.has(ts) ? ts : path;
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            const hidden = new Set(
              declaration.members.filter((member) => !isPublic(member)).map((member) => member.name),
            );
            declaration.members = declaration.members.filter(isPublic);
            // Lit's internal reactive state (`static properties = { x: { state: true } }`) is listed as an attribute by the analyzer.
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          // Style sheets and bundled data (CSS text, region shapes) are not documentation.
          if (declaration.kind === 'variable' && declaration.default?.length > 120) delete declaration.default;
          normalise(declaration.superclass, module.path);
          for (const list of ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
            for (const item of declaration[list] ?? []) normalise(item.inheritedFrom, module.path);
          }
        }
        for (const entry of module.exports ?? []) normalise(entry.declaration, module.path);
      }
    },
  };
}

/**
 * The `detail` type of the library's events (contract, "States and events"),
 * so that the manifest, and the JSX types generated from it
 * (scripts/jsx-types.mjs), tell a framework what a handler receives. The
 * `@fires` lines give names and descriptions only; the types are read from
 * `JihaEventDetails` in src/core/events.ts, where the code's own
 * `HTMLElementEventMap` entries come from, so the two cannot differ.
 */
function eventTypes() {
  let types;
  return {
    name: 'jiha-event-types',
    analyzePhase({ ts, node }) {
      if (types || !ts.isInterfaceDeclaration(node) || node.name.text !== 'JihaEventDetails') return;
      types = {};
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type)
          types[member.name.getText().replace(/^'|'$/g, '')] = `CustomEvent<${member.type.getText()}>`;
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!types)
        throw new Error('jiha-event-types: JihaEventDetails not found: is src/core/events.ts among the globs?');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type && types[event.name]) event.type = { text: types[event.name] };
          }
        }
      }
    },
  };
}
