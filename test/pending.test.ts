/**
 * While a defined element waits for its language's strings before its first
 * render it carries `data-jiha-pending`, so a page's space reservation holds
 * (README: reserve the space). Its own file: no French strings loaded yet.
 */
import { expect } from '@open-wc/testing';
import '../src/components/news-card/define.js';
import { mount, settled, unmountAll } from './helpers.js';

describe('data-jiha-pending', () => {
  afterEach(unmountAll);

  it('marks an element until its first render when its strings must load', async () => {
    const seen: Array<boolean> = [];
    const element = document.createElement('jiha-news-card');
    new MutationObserver(() => seen.push(element.hasAttribute('data-jiha-pending'))).observe(element, { attributeFilter: ['data-jiha-pending'] });
    element.setAttribute('lang', 'fr');
    element.setAttribute('headline', 'Titre');
    mount<HTMLDivElement>('<div></div>').append(element);
    await settled(element);
    expect(seen).to.deep.equal([true, false]);
    expect(element.hasAttribute('data-jiha-pending')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal('Titre');
  });
});
