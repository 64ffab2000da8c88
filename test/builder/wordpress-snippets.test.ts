/**
 * The builder's WordPress outputs (src/builder/wordpress-snippets.ts): the
 * plugin's shortcode and block markup carry every attribute the editor
 * set, named as the plugin reads them (wordpress/blocks/<widget>/block.json),
 * with the data of the map and the timeline.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, type FieldSpec } from '../../src/embed/widgets.js';
import type { SnippetInput } from '../../src/builder/snippets.js';
import {
  blockAttributes,
  blockJson,
  shortcodeName,
  wordpressBlock,
  wordpressShortcode,
} from '../../src/builder/wordpress-snippets.js';

/** A valid value of each kind that is no attribute's default. */
function valueOf(field: FieldSpec): string {
  switch (field.kind) {
    case 'url':
    case 'image':
      return `https://example.org/${field.name}`;
    case 'urls':
      return `https://example.org/${field.name} https://example.net/feed/`;
    case 'date':
      return '2026-01-17T20:22:00+01:00';
    case 'number':
      return String(field.max ?? (field.min ?? 0) + 3);
    case 'standard':
      return 'ISO 14001';
    case 'choice':
      return field.choices!.at(-1)!;
    case 'boolean':
      return '';
    case 'regions':
      return 'oriental MA-05';
    case 'center':
      return '31.6,-6.5';
    case 'tiles':
      return 'none';
    case 'text':
      return `Texte « ${field.name} » & [crochets] "guillemets" -- fin`;
  }
}

function inputOf(name: string, data = ''): SnippetInput {
  const widget = WIDGETS.find((candidate) => candidate.name === name)!;
  return {
    widget,
    base: 'https://cdn.example.org/jiha/',
    lang: 'fr',
    dir: 'rtl',
    attributes: widget.fields.map((field) => [field.name, valueOf(field)] as const),
    data,
    title: 'titre',
    id: `${name}-1`,
  };
}

/** The shortcode's attributes as WordPress's shortcode_parse_atts reads them (its regular expression, for double quotes and bare words). */
function parseShortcode(text: string): { name: string; attributes: Map<string, string>; content: string } {
  const match = /^\[([a-z_]+)((?:[^\]"]|"[^"]*")*)\](?:\n([\s\S]*)\n\[\/\1\])?$/.exec(text)!;
  expect(match, text).to.not.equal(null);
  const attributes = new Map<string, string>();
  for (const part of match[2].matchAll(/([\w-]+)\s*=\s*"([^"]*)"|\s([\w-]+)(?=\s|$)/g))
    if (part[1]) attributes.set(part[1], part[2]);
    else attributes.set(part[3], '');
  return { name: match[1], attributes, content: match[3] ?? '' };
}

const decode = (value: string) => {
  const template = document.createElement('textarea');
  template.innerHTML = value;
  return template.value;
};

describe('the WordPress outputs of the builder', () => {
  for (const widget of WIDGETS) {
    it(`${widget.name}: the shortcode carries every attribute set, language and direction`, () => {
      const input = inputOf(widget.name);
      const { name, attributes } = parseShortcode(wordpressShortcode(input));
      expect(name).to.equal(shortcodeName(widget.name));
      expect(attributes.get('lang')).to.equal('fr');
      expect(attributes.get('dir')).to.equal('rtl');
      for (const [attribute, value] of input.attributes)
        expect(decode(attributes.get(attribute.replace(/-/g, '_')) ?? 'absent'), attribute).to.equal(value);
    });

    it(`${widget.name}: the block carries every attribute set, named as its block.json names it`, async () => {
      const input = inputOf(widget.name);
      const blockJsonFile = (await (await fetch(`/wordpress/blocks/${widget.name}/block.json`)).json()) as {
        attributes: Record<string, { type: string }>;
      };
      const markup = wordpressBlock(input);
      const match = /^<!-- wp:jiha\/([a-z-]+) (\{.*\}) \/-->$/.exec(markup)!;
      expect(match, markup).to.not.equal(null);
      expect(match[1]).to.equal(widget.name);
      expect(match[2]).to.not.match(/--|<|>|&/);
      const attributes = JSON.parse(match[2]) as Record<string, unknown>;
      expect(attributes).to.deep.equal(blockAttributes(input));
      for (const field of widget.fields) {
        const declared = blockJsonFile.attributes[field.property];
        expect(declared, `${field.property} in block.json`).to.exist;
        expect(attributes[field.property], field.name).to.equal(declared.type === 'boolean' ? true : valueOf(field));
      }
      expect(attributes.lang).to.equal('fr');
    });
  }

  it('the map and the timeline carry their data: between the shortcodes (JSON on one line, CSV as pasted) and in the block', () => {
    const json = '{\n  "events": [{ "date": "2024", "title": "Accord" }]\n}';
    const timeline = inputOf('cooperation-timeline', json);
    expect(parseShortcode(wordpressShortcode(timeline)).content).to.equal(
      '{"events":[{"date":"2024","title":"Accord"}]}',
    );
    expect(blockAttributes(timeline).data).to.equal('{"events":[{"date":"2024","title":"Accord"}]}');
    const csv = 'id,name,lat,lng\nmgoun,M’Goun,31.5,-6.45';
    const map = { ...inputOf('geopark-map', csv), csv: true };
    expect(parseShortcode(wordpressShortcode(map)).content).to.equal(csv);
    expect(blockAttributes(map).data).to.equal(csv);
  });

  it('writes block JSON as WordPress does: no character that could end the comment or be read as markup', () => {
    expect(blockJson({ a: '-- <b> & "q"' })).to.equal('{"a":"\\u002d\\u002d \\u003cb\\u003e \\u0026 \\u0022q\\u0022"}');
  });
});
