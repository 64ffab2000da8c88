/**
 * What embed.html shows, read from its query string:
 * `?widget=news-card&lang=ar&dir=rtl&id=card-1&headline=…` (each attribute a
 * parameter), `&src=…` for data at an address, and from its fragment (or
 * its query) `#data=` base64url JSON, or (timeline and map) `#csv=` base64url
 * CSV. Data goes in the fragment because a fragment never reaches a server:
 * a map's places make an address of 15 KB and more, which servers refuse in
 * a request line (nginx from 8 KB, Node from 16 KB), and which they would
 * otherwise write into their logs.
 * Pure: the page code (embed.ts) turns the plan into elements.
 */
import { decodeBase64Url } from './base64url.js';
import { checkField } from './validate.js';
import { WIDGETS, widgetByName, type WidgetSpec } from './widgets.js';

/** Parameters of the page itself, not attributes of the element. */
const PAGE_PARAMETERS = ['widget', 'id', 'lang', 'dir', 'data', 'csv'];

export interface EmbedProblem {
  code: 'invalid-data' | 'invalid-json';
  /** In English, naming the parameter, for whoever wrote the snippet. */
  detail: string;
}

export interface EmbedPlan {
  /** Undefined when `widget` names no widget. */
  widget?: WidgetSpec;
  id: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  attributes: [string, string][];
  data?: unknown;
  /** Pasted CSV, for the widgets that read it. */
  csv?: string;
  problem?: EmbedProblem;
}

export function readEmbedParams(search: string, hash = ''): EmbedPlan {
  const params = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of ['data', 'csv']) {
    const value = fragment.get(name);
    if (value !== null) params.set(name, value);
  }
  const widgetName = params.get('widget');
  const widget = widgetByName(widgetName);
  const dirParam = params.get('dir');
  const plan: EmbedPlan = {
    widget,
    id: params.get('id') ?? '',
    lang: params.get('lang'),
    dir: dirParam === 'rtl' || dirParam === 'ltr' ? dirParam : null,
    attributes: [],
  };
  const fail = (problem: EmbedProblem): EmbedPlan => ({ ...plan, attributes: [], data: undefined, problem });
  if (!widget) {
    const known = WIDGETS.map((spec) => spec.name).join(', ');
    return fail({
      code: 'invalid-data',
      detail: widgetName
        ? `widget=${widgetName} is not a widget; use one of ${known}`
        : `the widget parameter is missing; use one of ${known}`,
    });
  }
  if (dirParam !== null && plan.dir === null)
    return fail({ code: 'invalid-data', detail: `dir=${dirParam}: use rtl or ltr` });
  const fields = widget.fields;
  for (const [name, value] of params) {
    if (PAGE_PARAMETERS.includes(name)) continue;
    const field = fields.find((candidate) => candidate.name === name);
    if (!field)
      return fail({
        code: 'invalid-data',
        detail: `${name} is not a parameter of ${widget.name}; it takes ${fields.map((f) => f.name).join(', ')}`,
      });
    const problem = checkField(field, value);
    if (problem) return fail({ code: 'invalid-data', detail: `${name}=${value} is not a valid ${problem}` });
    if (field.kind === 'boolean') {
      if (value !== 'false') plan.attributes.push([name, '']);
    } else if (value.trim() !== '') {
      plan.attributes.push([name, value]);
    }
  }
  const encoded = params.get('data');
  if (encoded !== null) {
    try {
      plan.data = JSON.parse(decodeBase64Url(encoded));
    } catch (error) {
      return fail({
        code: 'invalid-json',
        detail: `the data parameter is not base64url-encoded JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  const csv = params.get('csv');
  if (csv !== null) {
    if (!widget.csv) return fail({ code: 'invalid-data', detail: `csv is not a parameter of ${widget.name}` });
    try {
      plan.csv = decodeBase64Url(csv);
    } catch (error) {
      return fail({
        code: 'invalid-data',
        detail: `the csv parameter is not base64url-encoded text: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return plan;
}
