/**
 * A `cem analyze` plugin: the facts about an element's attributes that the
 * lists generated from the manifest need (scripts/generate.mjs: the builder,
 * the embed page, the WordPress plugin, the reference), read from the
 * element's own JSDoc so that the element stays their only definition.
 *
 * On a property:
 *   @format url|urls|image|date|number|standard|regions|center|tiles|text
 *       how a form validates it (default: from the type: boolean, a union of
 *       string literals is a choice, number, else text)
 *   @choices a b c   the allowed values, when the type is a plain string
 *   @min n, @max n   bounds of a number
 *   @example value   what the snippet builder's form holds at first
 *   @fallback role   the fallback writers print it (heading, link, meta, time,
 *                    image, image-credit, summary …)
 *   @unlisted reason not offered by the builder, the embed page nor WordPress
 * On the class:
 *   @title Name                      the widget's name for people (iframe title, block title)
 *   @embed-height px                 the iframe's height before the resizer runs
 *   @inline-csv                      takes pasted CSV as well as JSON (embed `csv`, shortcode content)
 *   @unlisted attribute - reason     an inherited attribute the widget does not use
 *
 * They land in the manifest as `jiha` objects on the attributes, members and
 * declarations; inherited attributes get the facts of the class that declares
 * them, and an override's own facts over those.
 */
export function attributeFacts() {
  /** class name → { facts: {}, properties: Map<property name, facts> } */
  const classes = new Map();
  const text = (ts, tag) => (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
  const readTags = (ts, node) => {
    const facts = {};
    for (const tag of ts.getJSDocTags(node)) {
      const name = tag.tagName.text;
      const value = text(ts, tag);
      if (name === 'format' || name === 'fallback' || name === 'title') facts[name] = value;
      else if (name === 'min' || name === 'max' || name === 'embed-height') facts[camel(name)] = Number(value);
      else if (name === 'choices') facts.choices = value.split(/\s+/).filter(Boolean);
      else if (name === 'example') facts.example = value;
      else if (name === 'inline-csv') facts.inlineCsv = true;
      else if (name === 'unlisted') {
        if (ts.isClassDeclaration(node)) {
          const [attribute, ...reason] = value.split(/\s+-\s+|\s+/);
          (facts.unlisted ??= {})[attribute] = reason.join(' ');
        } else facts.unlisted = value || true;
      }
    }
    return facts;
  };
  return {
    name: 'jiha-attribute-facts',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = new Map();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
        const facts = readTags(ts, member);
        if (Object.keys(facts).length) properties.set(member.name.text, facts);
      }
      classes.set(node.name.text, { facts: readTags(ts, node), properties });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const own = classes.get(declaration.name);
          if (!own) continue;
          if (Object.keys(own.facts).length) declaration.jiha = own.facts;
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const property = item.fieldName ?? item.name;
            // An override's own JSDoc (the news list's `src` of several addresses) wins over the base class's.
            const inherited = item.inheritedFrom ? classes.get(item.inheritedFrom.name)?.properties.get(property) : {};
            const facts = { ...inherited, ...own.properties.get(property) };
            const unlisted = own.facts.unlisted?.[item.fieldName ? item.name : ''];
            if (unlisted !== undefined) facts.unlisted = unlisted || true;
            if (Object.keys(facts).length) item.jiha = facts;
          }
        }
      }
    },
  };
}

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
