import { expect } from '@open-wc/testing';
import type { JihaGeoparkMap, JihaNewsCard } from '../../src/index.js';
import { shadowText, until } from '../support/helpers.js';
import { ARTICLE, BAD_ARTICLE, HOST_CLASS, type FrameworkHost } from './host-data.js';

/**
 * The checks both framework hosts must pass (test/pages/framework-react.test.ts,
 * test/pages/framework-vue.test.ts): the framework sets `data`, its handlers hear
 * `jiha-error` and `jiha-select`, and switching the wrapper's `lang`
 * re-renders the elements in Arabic, right to left.
 */
export function describeFrameworkHost(
  framework: string,
  mountHost: (container: HTMLElement) => Promise<FrameworkHost>,
): void {
  describe(`a ${framework} host page`, () => {
    let container: HTMLElement;
    let host: FrameworkHost;
    const wrapper = () => container.querySelector<HTMLElement>(`.${HOST_CLASS}`)!;
    const card = () => container.querySelector<JihaNewsCard>('jiha-news-card')!;
    const map = () => container.querySelector<JihaGeoparkMap>('jiha-geopark-map')!;
    const heard = () => container.querySelector('output')!.textContent!.trim();

    beforeEach(async () => {
      container = document.createElement('div');
      document.body.append(container);
      host = await mountHost(container);
      await until(() => card() && map(), 5000, `the ${framework} render`);
    });

    afterEach(() => {
      host.unmount();
      container.remove();
    });

    it('sets the data property: the card shows the article', async () => {
      await until(() => shadowText(card()).includes(ARTICLE.headline.en), 5000, 'the headline');
      expect(shadowText(card())).to.contain('3 views').and.contain('Council news');
      // A property, not an attribute ("[object Object]").
      expect(card().hasAttribute('data')).to.equal(false);
      expect(card().data).to.deep.equal(ARTICLE);
    });

    it(`hears jiha-error in a ${framework} handler when the data is bad`, async () => {
      await until(() => shadowText(card()).includes(ARTICLE.headline.en), 5000, 'the headline');
      expect(heard()).to.equal('');
      host.setArticle(BAD_ARTICLE);
      await until(
        () => heard().includes('error: invalid-data'),
        5000,
        `the ${framework} handler's output (was "${heard()}")`,
      );
      expect(card().shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
      // New good data from the app: the card recovers.
      host.setArticle(ARTICLE);
      await until(() => shadowText(card()).includes(ARTICLE.headline.en), 5000, 'the headline again');
    });

    it(`hears jiha-select in a ${framework} handler when a list button is clicked`, async () => {
      const buttons = await until(
        () => {
          const found = [...map().shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=list] button')];
          return found.length === 2 ? found : undefined;
        },
        5000,
        'the list buttons',
      );
      expect(buttons[1].textContent).to.contain('Beta Geopark');
      buttons[1].click();
      await until(
        () => heard().includes('selected: beta'),
        5000,
        `the ${framework} handler's output (was "${heard()}")`,
      );
      expect(map().selected).to.equal('beta');
    });

    it('switches language: the elements re-render in Arabic, right to left', async () => {
      await until(() => shadowText(card()).includes('3 views'), 5000, 'the English card');
      const frame = () => card().shadowRoot!.querySelector<HTMLElement>('.frame')!;
      expect(getComputedStyle(frame()).direction).to.equal('ltr');
      container.querySelector<HTMLButtonElement>('.switch-language')!.click();
      await until(() => wrapper().lang === 'ar', 3000, `${framework} to set lang="ar" on the wrapper`);
      await until(
        () => shadowText(card()).includes('3 مشاهدات'),
        5000,
        `the Arabic card (was "${shadowText(card())}")`,
      );
      expect(shadowText(card())).to.contain(ARTICLE.headline.ar);
      expect(frame().getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(frame()).direction).to.equal('rtl');
      await until(() => shadowText(map(), '[part=list]').includes('جيوبارك بيتا'), 5000, 'the Arabic list');
      // And back: the framework's switch works both ways.
      container.querySelector<HTMLButtonElement>('.switch-language')!.click();
      await until(() => shadowText(card()).includes('3 views'), 5000, 'English again');
      expect(getComputedStyle(frame()).direction).to.equal('ltr');
    });
  });
}
