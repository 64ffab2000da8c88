import { expect } from '@open-wc/testing';
import '../../../src/components/iso-badge/define.js';
import type { JihaIsoBadge } from '../../../src/components/iso-badge/define.js';
import { useEditorView } from '../../support/editor-view.js';
import { loadJson, mount, settled, unmountAll, until } from '../../support/helpers.js';
import { shadow } from './helpers.js';

/** The elements the badge itself renders; anything else would come from data. */
const OWN_TAGS = new Set([
  'div',
  'article',
  'p',
  'span',
  'bdi',
  'dl',
  'dt',
  'dd',
  'time',
  'a',
  'button',
  'code',
  'svg',
  'path',
  'circle',
  'text',
]);
const TEXT_FIELDS = ['holder', 'scope', 'certificate', 'issuer', 'accreditation'] as const;

let payloads: string[] = [];
let fired: string[] = [];
const originals = { alert: window.alert, prompt: window.prompt, confirm: window.confirm, print: window.print };

/** What a badge's shadow root and light DOM hold that the badge would never write itself. */
function foreignMarkup(element: JihaIsoBadge): string[] {
  const problems: string[] = [];
  for (const node of shadow(element).querySelectorAll('*')) {
    if (!OWN_TAGS.has(node.localName)) problems.push(`<${node.localName}>`);
    for (const attribute of node.getAttributeNames())
      if (attribute.startsWith('on')) problems.push(`${node.localName}[${attribute}]`);
    if (node instanceof HTMLAnchorElement && !['http:', 'https:', 'mailto:'].includes(new URL(node.href).protocol))
      problems.push(`a[href=${node.href}]`);
  }
  for (const child of element.children) {
    if (!(child.localName === 'script' && child.getAttribute('type') === 'application/ld+json'))
      problems.push(`light <${child.localName}>`);
  }
  return problems;
}

describe('jiha-iso-badge: XSS payloads in every text field are text, never markup or script', () => {
  before(async () => {
    payloads = await loadJson<string[]>('/data/xss-payloads.json');
    const record = (name: string) => () => void fired.push(name);
    Object.assign(window, {
      alert: record('alert'),
      prompt: record('prompt'),
      confirm: record('confirm'),
      print: record('print'),
    });
  });
  after(() => Object.assign(window, originals));
  afterEach(unmountAll);
  // The payload shows, as text, in the editor's part of the error box.
  useEditorView();

  it('loads the payload list', () => {
    expect(payloads.length).to.be.above(100);
  });

  for (const variant of ['card', 'seal', 'inline']) {
    it(`${variant}: every payload in every text field, through data, with structured data`, async () => {
      fired = [];
      for (let start = 0; start < payloads.length; start += 60) {
        const batch = payloads.slice(start, start + 60);
        const elements = batch.map((payload) => {
          const element = mount<JihaIsoBadge>(
            `<jiha-iso-badge lang="fr" variant="${variant}" structured-data></jiha-iso-badge>`,
          );
          element.data = {
            standard: 'ISO 9001:2015',
            holder: payload,
            scope: payload,
            certificate: payload,
            issuer: payload,
            accreditation: payload,
            verifyUrl: payload,
            issued: '2024-01-01',
            expires: '2099-12-31',
          };
          return element;
        });
        for (const [index, element] of elements.entries()) {
          await settled(element);
          const payload = batch[index];
          expect(foreignMarkup(element), payload).to.deep.equal([]);
          const root = shadow(element);
          if (variant === 'card' || variant === 'seal') {
            const values = [...root.querySelectorAll('.facts dd bdi')].map((bdi) => bdi.textContent);
            expect(values, payload).to.deep.equal(TEXT_FIELDS.map(() => payload));
          }
          const label = root.querySelector('[part=card], [part=seal], [part=inline]')!.getAttribute('aria-label')!;
          expect(label.split(', ').slice(1).join(', '), payload).to.match(
            new RegExp(`^${payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, valable`),
          );
          const jsonLd = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
          expect(jsonLd.about.name, payload).to.equal(payload);
          expect(jsonLd.issuedBy.name).to.equal(payload);
          expect(jsonLd.certificationIdentification).to.equal(payload);
        }
        unmountAll();
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fired).to.deep.equal([]);
    });
  }

  it('payloads as attributes are text too', async () => {
    fired = [];
    for (const payload of payloads) {
      const element = mount<JihaIsoBadge>('<jiha-iso-badge lang="en" variant="card" standard="9001"></jiha-iso-badge>');
      for (const field of TEXT_FIELDS) element.setAttribute(field, payload);
      element.setAttribute('verify-url', payload);
      await settled(element);
      expect(foreignMarkup(element), payload).to.deep.equal([]);
      expect([...shadow(element).querySelectorAll('.facts dd bdi')].map((bdi) => bdi.textContent)).to.deep.equal(
        TEXT_FIELDS.map(() => payload),
      );
      element.parentElement!.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fired).to.deep.equal([]);
  });

  it('payloads in standard, edition, dates and status give the error box, with the payload as text', async () => {
    fired = [];
    for (const field of ['standard', 'edition', 'issued', 'expires', 'status']) {
      for (const payload of payloads.slice(0, 80)) {
        const element = mount<JihaIsoBadge>('<jiha-iso-badge lang="en"></jiha-iso-badge>');
        element.data = { standard: '9001', [field]: payload };
        await settled(element);
        const box = await until(
          () => shadow(element).querySelector('[role=alert]'),
          2000,
          `the error box for ${field}`,
        );
        expect(box.querySelector('code')!.textContent).to.equal('invalid-data');
        expect(foreignMarkup(element), `${field}: ${payload}`).to.deep.equal([]);
        element.parentElement!.remove();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fired).to.deep.equal([]);
  });
});
