/**
 * The script of dist/embed.html: every element of the library, and the one
 * widget the query string asks for (see embed-params.ts). Built as one
 * classic script (scripts/build-embed.mjs): a sandboxed frame without
 * `allow-same-origin` has an opaque origin, and module scripts (and
 * `import()`) from it are CORS requests that plain static hosts refuse.
 */
import '../index.js';
import { CsvText } from '../data/csv-text.js';
import { JihaEmbedError } from './embed-error.js';
import { enforceOwnOriginPolicy } from './own-origin-policy.js';
import { readEmbedParams } from './embed-params.js';
import { reportSize } from './size-reporter.js';

function show(): void {
  const plan = readEmbedParams(location.search, location.hash);
  const root = document.documentElement;
  if (plan.lang) root.lang = plan.lang;
  if (plan.dir) root.dir = plan.dir;
  let element: Element;
  if (plan.problem || !plan.widget) {
    const box = new JihaEmbedError();
    box.problem = plan.problem ?? { code: 'invalid-data', detail: 'no widget' };
    element = box;
  } else {
    element = document.createElement(plan.widget.tag);
    for (const [name, value] of plan.attributes) element.setAttribute(name, value);
    if (plan.data !== undefined) (element as Element & { data: unknown }).data = plan.data;
    // As data, not a <script> child: script text is a Trusted Types sink on the embed's page.
    if (plan.csv !== undefined)
      (element as Element & { data: unknown }).data = new CsvText(plan.csv, 'the csv parameter');
    document.title = plan.widget.tag;
  }
  element.setAttribute('data-embed', plan.widget?.name ?? 'error');
  reportSize(plan.id, element);
  document.body.append(element);
}

// Before any widget exists: nothing has been loaded yet but this script and embed.css.
enforceOwnOriginPolicy();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, { once: true });
else show();
