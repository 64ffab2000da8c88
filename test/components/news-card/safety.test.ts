/** Hostile strings in every text field are shown as text and never run; unsafe links are dropped. */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import type { JihaNewsCard } from '../../../src/index.js';
import { loadJson, mount, settled, unmountAll, until } from '../../support/helpers.js';

type Probe = typeof window & { __xssRuns?: number };

/** Counts every way a payload could show that it ran. */
function trapScriptRuns(): () => void {
  const probe = window as Probe;
  probe.__xssRuns = 0;
  const saved = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };
  const count = () => {
    probe.__xssRuns = (probe.__xssRuns ?? 0) + 1;
    return null;
  };
  window.alert = count as typeof window.alert;
  window.prompt = count as typeof window.prompt;
  window.confirm = count as unknown as typeof window.confirm;
  return () => Object.assign(window, saved);
}

const TEXT_FIELDS = ['headline', 'summary', 'source', 'dateline', 'author'] as const;
const OWN_TAGS = new Set([
  'ARTICLE',
  'DIV',
  'H3',
  'A',
  'UL',
  'LI',
  'SPAN',
  'BDI',
  'TIME',
  'P',
  'IMG',
  'SVG',
  'RECT',
  'PATH',
]);

describe('jiha-news-card: hostile input', () => {
  let payloads: string[];
  let restore: () => void;
  let warn: typeof console.warn;
  before(async () => {
    payloads = await loadJson('/data/xss-payloads.json');
    restore = trapScriptRuns();
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    restore();
    console.warn = warn;
  });
  afterEach(unmountAll);

  it('shows every XSS payload as text in every text field, through data and attributes', async () => {
    expect(payloads.length).to.be.greaterThan(280);
    const container = mount<HTMLDivElement>('<div></div>');
    const cards: Array<[JihaNewsCard, string]> = [];
    payloads.forEach((payload, index) => {
      const card = document.createElement('jiha-news-card') as JihaNewsCard;
      card.lang = index % 2 ? 'ar' : 'fr';
      if (index % 3 === 0) {
        for (const field of TEXT_FIELDS) card.setAttribute(field, payload);
        card.setAttribute('href', payload);
        card.setAttribute('image', payload);
        card.setAttribute('image-alt', payload);
      } else {
        card.data = {
          ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, payload])),
          url: payload,
          image: { src: payload, alt: payload },
          tags: [payload],
        };
      }
      container.append(card);
      cards.push([card, payload]);
    });
    await Promise.all(cards.map(([card]) => settled(card)));
    await new Promise((resolve) => setTimeout(resolve, 300)); // let any injected handler fire
    for (const [card, payload] of cards) {
      const root = card.shadowRoot!;
      const headline = root.querySelector('[part=headline]');
      expect(headline, payload).to.not.equal(null);
      expect(headline!.textContent, payload).to.equal(payload);
      for (const element of root.querySelectorAll('*')) {
        expect(OWN_TAGS.has(element.tagName.toUpperCase()), `${element.tagName} from ${payload}`).to.equal(true);
        for (const attribute of element.getAttributeNames())
          expect(attribute.startsWith('on'), `${attribute} from ${payload}`).to.equal(false);
      }
      for (const link of root.querySelectorAll('a'))
        expect(link.getAttribute('href')!.trim().toLowerCase()).to.not.match(/^(javascript|data|vbscript):/);
    }
    expect((window as Probe).__xssRuns).to.equal(0);
  });

  it('drops javascript: links and warns', async () => {
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const element = mount<JihaNewsCard>(
      '<jiha-news-card lang="en" headline="Click" href="javascript:alert(1)"></jiha-news-card>',
    );
    await settled(element);
    console.warn = () => {};
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal('Click');
    expect(warnings.some((warning) => warning.includes('href'))).to.equal(true);
  });

  it('survives wrong types in every field without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const values = [null, 0, -1, true, [], {}, [1, 2], { ar: 5 }, 'x'.repeat(100000), NaN];
    const container = mount<HTMLDivElement>('<div></div>');
    const cards = values.flatMap((value) =>
      ['headline', 'summary', 'url', 'image', 'published', 'views', 'tags', 'author', 'lang'].map((field) => {
        const card = document.createElement('jiha-news-card') as JihaNewsCard;
        card.data = { headline: 'ok', [field]: value };
        container.append(card);
        return card;
      }),
    );
    await Promise.all(cards.map(settled));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    // Error boxes appear once their sentences have loaded.
    await until(
      () => cards.every((card) => card.shadowRoot!.querySelector('[part=card], [role=alert]')),
      5000,
      'every card to show its article or an error',
    );
  });
});
