/**
 * Issue 7, hostile input: every XSS payload and naughty string in every
 * text field (holder, scope, certificate, issuer, accreditation) and the URL
 * field (verify-url) of <jiha-iso-badge>, through attributes, `data`,
 * inline JSON and `src`. Nothing runs, nothing throws, text is text.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import type { JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import {
  allowedUrl,
  appendInlineJson,
  buildDocument,
  describeHostileInput,
  documentUrl,
  fold,
  timesShown,
  useSrc,
  type DocumentShape,
  type PathCase,
  type Payload,
} from '../../support/hostile-input-helpers.js';

const TEXT_FIELDS = ['holder', 'scope', 'certificate', 'issuer', 'accreditation'] as const;

const own: DocumentShape = (fill) =>
  fill.one((p) => ({
    standard: 'ISO 9001:2015',
    issued: '2024-01-01',
    expires: '2099-12-31',
    verifyUrl: p,
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, p])),
  }));

function badge(container: HTMLElement, setup: (element: JihaIsoBadge) => void): JihaIsoBadge {
  const element = document.createElement('jiha-iso-badge') as JihaIsoBadge;
  element.lang = 'ar';
  element.setAttribute('variant', 'card');
  setup(element);
  container.append(element);
  return element;
}

/** The five text fields shown as text (each its own text node); the verify link only with an allowed URL. */
function check(element: Element, [{ text }]: Payload[]): void {
  const root = element.shadowRoot!;
  if (fold(text) !== '')
    expect(timesShown(root, text), `${JSON.stringify(text)} shown`).to.be.at.least(TEXT_FIELDS.length);
  for (const link of root.querySelectorAll('a'))
    expect(allowedUrl(link.getAttribute('href')!), link.getAttribute('href')!).to.equal(true);
}

const PATHS: PathCase[] = [
  {
    path: 'attributes',
    fields: 6,
    perWidget: 1,
    mount: (container, [{ text }]) =>
      badge(container, (element) => {
        element.setAttribute('standard', '14001');
        for (const field of TEXT_FIELDS) element.setAttribute(field, text);
        element.setAttribute('verify-url', text);
      }),
    expected: () => 'ready',
    check,
  },
  {
    path: 'data',
    fields: 6,
    perWidget: 1,
    mount: (container, payloads) => badge(container, (element) => (element.data = buildDocument(own, payloads))),
    expected: () => 'ready',
    check,
  },
  {
    path: 'inline <script type=application/json>',
    fields: 6,
    perWidget: 1,
    mount: (container, payloads) =>
      badge(container, (element) => appendInlineJson(element, buildDocument(own, payloads))),
    expected: () => 'ready',
    check,
  },
  {
    path: 'src',
    fields: 6,
    perWidget: 1,
    mount: (container, payloads) => badge(container, (element) => useSrc(element, documentUrl(own, payloads))),
    expected: () => 'ready',
    check,
  },
];

describeHostileInput('iso-badge', PATHS, { widgetsAtOnce: 260 });
