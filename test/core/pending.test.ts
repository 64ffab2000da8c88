/**
 * While a defined element waits for its language's strings before its first
 * render it carries `data-jiha-pending`, so a page's space reservation holds
 * (docs/reference/loading.md: reserve the space). Its own file: no Tamazight calendar loaded yet.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/news-card/define.js';
import { mount, settled, unmountAll } from '../support/helpers.js';

describe('data-jiha-pending', () => {
  afterEach(unmountAll);

  it('marks an element until its first render when part of its language must load (Tamazight calendar names)', async () => {
    const seen: Array<boolean> = [];
    const element = document.createElement('jiha-news-card');
    new MutationObserver(() => seen.push(element.hasAttribute('data-jiha-pending'))).observe(element, {
      attributeFilter: ['data-jiha-pending'],
    });
    element.setAttribute('lang', 'zgh');
    element.setAttribute('headline', 'ⴰⵣⵡⵍ');
    element.setAttribute('published', '2026-01-17');
    mount<HTMLDivElement>('<div></div>').append(element);
    await settled(element);
    expect(seen).to.deep.equal([true, false]);
    expect(element.hasAttribute('data-jiha-pending')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal('ⴰⵣⵡⵍ');
  });

  it('renders at once in a language whose strings come with the element (no second download on a slow network)', async () => {
    const seen: Array<boolean> = [];
    const element = document.createElement('jiha-news-card');
    new MutationObserver(() => seen.push(element.hasAttribute('data-jiha-pending'))).observe(element, {
      attributeFilter: ['data-jiha-pending'],
    });
    element.setAttribute('lang', 'fr');
    element.setAttribute('headline', 'Titre');
    element.setAttribute('views', '2');
    mount<HTMLDivElement>('<div></div>').append(element);
    await element.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part=meta]')!.textContent).to.contain('2 vues');
  });
});
