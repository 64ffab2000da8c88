/**
 * The news list and CSV on a page served with the contract's CSP (Trusted
 * Types enforced), loading the built dist/jiha.js: feeds parsed with
 * DOMParser through the `jiha` policy, CSV from an inline script and from
 * `src`; every widget reaches its state and nothing is refused, the
 * editor's notice of a bad CSV row included.
 */
import { expect } from '@open-wc/testing';
import { until } from '../../support/helpers.js';

interface Recorded {
  violations: string[];
  errors: string[];
  events: Record<string, string[]>;
}

describe('strict page: the news list and CSV under the contract’s CSP', function () {
  this.timeout(60000);

  it('RSS and Atom lists render their cards, the CSV timeline and map show their rows, nothing is refused', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '960px';
    frame.style.blockSize = '1200px';
    frame.src = '/test/fixtures/news-list-strict.csp.html';
    document.body.append(frame);
    try {
      const page = await until(
        () => (frame.contentWindow as unknown as { newsListStrict?: Recorded }).newsListStrict,
        8000,
        'the page script',
      );
      const expected = {
        rss: ['ready'],
        atom: ['ready'],
        'csv-timeline': ['ready', 'error:invalid-data'],
        'csv-map': ['ready', 'error:invalid-data'],
      };
      await until(
        () => Object.entries(expected).every(([id, states]) => (page.events[id]?.length ?? 0) >= states.length),
        20000,
        "every widget's events",
      ).catch(() => undefined);
      expect(page.events).to.deep.equal(expected);
      const document = frame.contentDocument!;
      const list = document.getElementById('rss')!;
      await until(() => list.shadowRoot!.querySelectorAll('jiha-news-card').length === 3, 5000, 'three cards');
      const card = list.shadowRoot!.querySelector('jiha-news-card')!;
      await until(() => card.shadowRoot?.querySelector('.headline'), 5000, 'the first card');
      expect(card.shadowRoot!.querySelector('.headline')!.textContent!.trim()).to.equal(
        'شراكة استراتيجية لترسيخ الحكامة الجيدة',
      );
      // Visitors see the rows that could be read and nothing about the bad one; an editor's view names it.
      const timeline = document.getElementById('csv-timeline')!;
      await until(() => timeline.shadowRoot!.querySelector('[part~="event"]'), 5000, 'the timeline event');
      expect(timeline.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      document.documentElement.setAttribute('data-jiha-editor', '');
      await until(() => timeline.shadowRoot!.querySelector('[part="notice"]'), 5000, "the editor's notice");
      // The fixture feeds' images are on www.example.ma, which this policy (img-src 'self' data:) refuses by design:
      // a council adds its image host to img-src. Anything else would be the library's.
      expect(page.violations.filter((line) => !line.startsWith('img-src https://www.example.ma/'))).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
