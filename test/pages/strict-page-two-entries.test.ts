/**
 * A page under the contract's CSP (Trusted Types enforced, no
 * 'allow-duplicates') that loads two element files, `news-card.js` and
 * `iso-badge.js`. Each is one file with its own copy of Lit (one round trip
 * each on a slow network), and both copies must render: the second copy
 * must not ask for a second `lit-html` policy, which the CSP refuses
 * (scripts/lit-policy-shared.mjs).
 */
import { expect } from '@open-wc/testing';
import type { TwoEntriesPage } from '../fixtures/two-entries.js';
import { until } from '../support/helpers.js';

describe('strict page with two element files', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the card and the badge, each from its own file, with zero errors or violations', async () => {
    frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '600px';
    frame.src = '/test/fixtures/two-entries.csp.html';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const page = await until(
      () => (frame!.contentWindow as unknown as { twoEntries?: TwoEntriesPage }).twoEntries,
      8000,
      'the page script',
    );
    const card = doc.querySelector('jiha-news-card')!;
    const badge = doc.querySelector('jiha-iso-badge')!;
    const rendered = (element: Element, selector: string) =>
      element.shadowRoot?.querySelector(selector)?.textContent?.trim() || undefined;
    let headline: string | undefined;
    let badgeText: string | undefined;
    try {
      headline = await until(() => rendered(card, '[part=headline]'), 8000, 'the card’s headline');
      badgeText = await until(() => rendered(badge, '.frame'), 8000, 'the badge');
    } finally {
      expect(page.errors, 'uncaught errors').to.deep.equal([]);
    }
    expect(headline).to.equal('عنوان الخبر');
    expect(badgeText).to.contain('9001');
    expect(page.violations).to.deep.equal([]);
  });
});
