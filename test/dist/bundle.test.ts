/**
 * The built bundle as a council's page loads it: from dist/, twice, and next
 * to another version of the library. Needs `vite build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';
import { mount, settled, unmountAll } from '../support/helpers.js';

describe('dist bundle', () => {
  afterEach(unmountAll);

  it('renders from dist/jiha.js and finds its locale chunk relative to itself', async () => {
    await import(/* @vite-ignore */ '/dist/jiha.js' as string);
    const element = mount('<jiha-news-card lang="ar" headline="عنوان" views="2"></jiha-news-card>');
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part=meta]')!.textContent).to.contain('مشاهدتان');
  });

  it('loads an entry twice, and every entry, without an error or a warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(/* @vite-ignore */ '/dist/jiha.js?again' as string);
      await import(/* @vite-ignore */ '/dist/news-card.js' as string);
      await import(/* @vite-ignore */ '/dist/news-card.js?again' as string);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition when another version loads, with one warning naming both versions', async () => {
    const first = customElements.get('jiha-news-card');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ '/test-copies/other-version/jiha.js' as string);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('jiha-news-card')).to.equal(first);
    const about = warnings.filter((warning) => warning.includes('<jiha-news-card>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('0.1.0').and.contain('99.0.0-test');
  });
});
