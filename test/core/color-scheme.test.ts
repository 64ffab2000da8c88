/**
 * The colour scheme comes from the page, never from the OS alone (contract,
 * Theming): under an OS dark preference a page without `color-scheme` shows
 * light widgets; a page (or an ancestor, or the element) that asks for dark
 * through CSS `color-scheme` gets the dark tokens; `color-scheme: light`
 * forces light even on a page that follows the OS.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { itIn } from '../support/engine.js';
import { mount, nextEvent, unmountAll } from '../support/helpers.js';

/** WebKit's WebDriver cannot emulate an OS preference (test/server/media-features-plugin.mjs). */
const withOsPreference = itIn(['chromium', 'firefox'], 'emulates the OS colour preference');

const LIGHT_TEXT = 'rgb(26, 29, 33)';
const DARK_TEXT = 'rgb(236, 239, 243)';

const WIDGETS = [
  '<jiha-news-card lang="fr" headline="Titre" href="/a" published="2026-01-17"></jiha-news-card>',
  '<jiha-iso-badge lang="fr" variant="card" standard="9001" holder="Région" expires="2030-01-01"></jiha-iso-badge>',
  '<jiha-cooperation-timeline lang="fr"><script type="application/json">{"events":[{"date":"2024","title":"Visite","category":"visit","partners":[]}]}</script></jiha-cooperation-timeline>',
  '<jiha-news-list lang="fr"><script type="application/json">[{"headline":"Titre","url":"/a","published":"2026-01-17"}]</script></jiha-news-list>',
];

async function mountReady(markup: string, container?: HTMLElement): Promise<HTMLElement> {
  const element = mount(markup, container);
  await nextEvent(element, 'jiha-ready');
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** The text colour the widget paints with, read inside its shadow root. */
const frameColor = (element: HTMLElement) => getComputedStyle(element.shadowRoot!.querySelector('.frame')!).color;

async function emulateDark(dark: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', [
    { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
  ]);
  if (matchMedia('(prefers-color-scheme: dark)').matches !== dark) throw new Error('emulation did not take');
}

describe('colour scheme from the page', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    unmountAll();
    style?.remove();
    style = undefined;
    await executeServerCommand('emulate-media-features', []);
  });
  const pageStyle = (text: string) => {
    style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
  };

  for (const markup of WIDGETS) {
    const tag = /<(jiha-[a-z-]+)/.exec(markup)![1];
    withOsPreference(`${tag}: light under an OS dark preference when the page sets no color-scheme`, async () => {
      await emulateDark(true);
      const element = await mountReady(markup);
      expect(frameColor(element)).to.equal(LIGHT_TEXT);
    });
    withOsPreference(`${tag}: dark when the page declares "light dark" and the OS prefers dark`, async () => {
      await emulateDark(true);
      pageStyle(':root { color-scheme: light dark; }');
      const element = await mountReady(markup);
      expect(frameColor(element)).to.equal(DARK_TEXT);
    });
    it(`${tag}: light when the page declares "light dark" and the OS prefers light`, async () => {
      await emulateDark(false);
      pageStyle(':root { color-scheme: light dark; }');
      const element = await mountReady(markup);
      expect(frameColor(element)).to.equal(LIGHT_TEXT);
    });
    it(`${tag}: dark on a light page when an ancestor asks for dark`, async () => {
      await emulateDark(false);
      const section = document.createElement('section');
      section.setAttribute('data-test-host', '');
      section.style.colorScheme = 'dark';
      document.body.append(section);
      const element = await mountReady(markup, section);
      expect(frameColor(element)).to.equal(DARK_TEXT);
    });
    withOsPreference(
      `${tag}: "color-scheme: light" on the element forces light on a page that follows a dark OS`,
      async () => {
        await emulateDark(true);
        pageStyle(`:root { color-scheme: light dark; } ${tag} { color-scheme: light; }`);
        const element = await mountReady(markup);
        expect(frameColor(element)).to.equal(LIGHT_TEXT);
      },
    );
  }
});
