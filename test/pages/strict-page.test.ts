/**
 * Strict page: the four widgets with real data, and a timeline pasted with
 * inline JSON, on a page served with the contract's Content-Security-Policy
 * header (Trusted Types enforced) that loads the built `dist/jiha.js`, the
 * map with tiles from the test server. They reach `jiha-ready`, work by
 * keyboard, and neither the page (securitypolicyviolation, errors) nor the
 * browser (console) reports a violation.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { itIn } from '../support/engine.js';
import type { StrictPage } from '../fixtures/strict-page.js';
import { until } from '../support/helpers.js';

/** The contract's line (docs/reference/security.md), verbatim. */
const CONTRACT_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html jiha";
const PAGE = '/test/fixtures/strict-page.csp.html';

interface ConsoleMessage {
  type: string;
  text: string;
}

/** Browser-side complaints: CSP and Trusted Types refusals, and any error the console shows. */
const complaints = (messages: ConsoleMessage[]) =>
  messages.filter(
    (message) =>
      message.type === 'error' ||
      message.type === 'pageerror' ||
      /Content.Security.Policy|Trusted.?Type|Refused to/i.test(message.text),
  );

async function openStrictPage(): Promise<{
  frame: HTMLIFrameElement;
  page: StrictPage;
  widgets: Record<string, HTMLElement>;
}> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '960px';
  frame.style.blockSize = '1400px';
  frame.src = PAGE;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = await until(
    () => (frame.contentWindow as unknown as { strictPage?: StrictPage }).strictPage,
    8000,
    'the strict page script',
  );
  const elements = await Promise.race([
    page.ready,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('not all four widgets were ready within 15 s')), 15000),
    ),
  ]);
  return {
    frame,
    page,
    widgets: Object.fromEntries(elements.map((element) => [element.id || element.localName.slice(5), element])),
  };
}

/** Focuses `target` inside the frame (the frame first, so key presses go there). */
function focusIn(frame: HTMLIFrameElement, target: HTMLElement): void {
  frame.contentWindow!.focus();
  target.focus();
}

/**
 * Drives the four widgets on the open strict page: JSON-LD through the
 * policy, the news picture, the seal's details, a map popup, the timeline's
 * filters and keys; then, once the frame has painted twice (late refusals:
 * lazy chunks, tiles, popups), expects the page's probe to be the one
 * violation it saw, and no uncaught error.
 */
async function exerciseWidgets({ frame, page, widgets }: Awaited<ReturnType<typeof openStrictPage>>): Promise<void> {
  expect(page.enforced(), 'the page enforces Trusted Types').to.equal(true);
  // The elements are the built library's: the page imports nothing from src/.
  const definedBy = (frame.contentWindow as unknown as { customElements: CustomElementRegistry }).customElements.get(
    'jiha-news-card',
  ) as unknown as { jihaVersion: string };
  const { version } = (await (await fetch('/package.json')).json()) as { version: string };
  expect(definedBy.jihaVersion, 'the version injected from package.json').to.equal(version);
  const scripts = [...frame.contentDocument!.querySelectorAll<HTMLScriptElement>('script[src]')].map(
    (script) => new URL(script.src).pathname,
  );
  expect(scripts).to.include('/dist/jiha.js');
  // The pasted timeline: three events, one year group each, in Arabic.
  const pasted = widgets['pasted-timeline'].shadowRoot!;
  expect(pasted.querySelectorAll('li.event').length).to.equal(3);
  expect(pasted.querySelectorAll('[part=year]').length).to.equal(3);
  const shadow = (name: string) => widgets[name].shadowRoot!;

  // JSON-LD written as script text through the policy, by the three elements that write it.
  for (const name of ['news-card', 'iso-badge', 'cooperation-timeline']) {
    const script = await until(
      () => widgets[name].querySelector('script[type="application/ld+json"]'),
      4000,
      `${name} JSON-LD`,
    );
    expect(JSON.parse(script.textContent!)['@context'], `${name} JSON-LD`).to.contain('schema.org');
  }

  // News card: the headline (in the page's French) and the same-origin picture.
  await until(() => shadow('news-card').querySelector('img')?.complete, 8000, 'the news picture');
  expect(shadow('news-card').textContent).to.contain('Béni Mellal-Khénifra et Tanger-Tétouan-Al Hoceïma');

  // ISO badge (Arabic): Enter on the seal opens its details, Escape closes them.
  const seal = shadow('iso-badge').querySelector<HTMLButtonElement>('[part=seal]')!;
  const details = shadow('iso-badge').querySelector<HTMLElement>('[part=details]')!;
  focusIn(frame, seal);
  await sendKeys({ press: 'Enter' });
  await until(() => details.matches(':popover-open'), 4000, 'the seal details to open');
  expect(seal.getAttribute('aria-expanded')).to.equal('true');
  expect(details.textContent).to.contain('Bureau Veritas Maroc');
  await sendKeys({ press: 'Escape' });
  await until(() => !details.matches(':popover-open'), 4000, 'the seal details to close');

  // Geopark map: Leaflet built, markers and region outlines, a test-server tile; Enter on a list entry opens its popup.
  const map = shadow('geopark-map');
  // The map loads Leaflet once it is near the view: bring it there, whatever the widgets above it measure.
  widgets['geopark-map'].scrollIntoView({ block: 'nearest' });
  await until(
    () => map.querySelector('.leaflet-container') && map.querySelectorAll('.jiha-marker').length > 0,
    10000,
    'the map and its markers',
  );
  await until(() => map.querySelectorAll('path.jiha-region-highlight').length === 2, 8000, 'the region outlines');
  await until(() => map.querySelector('.leaflet-tile-loaded'), 8000, 'a tile from the test server');
  const entries = [...map.querySelectorAll<HTMLButtonElement>('.list button')];
  expect(entries.length).to.be.above(1);
  const entry = entries[1];
  const name = entry.textContent!.trim();
  focusIn(frame, entry);
  await sendKeys({ press: 'Enter' });
  const popup = await until(() => map.querySelector('.leaflet-popup .popup'), 8000, 'the list entry’s popup');
  expect(popup.textContent).to.contain(map.querySelector('.leaflet-popup .popup-name')!.textContent!.trim());
  expect(name).to.contain(map.querySelector('.leaflet-popup .popup-name')!.textContent!.trim());

  // Timeline: Space on a category filter hides its events and Space again shows them; arrows move between events.
  const timeline = shadow('cooperation-timeline');
  const events = () => timeline.querySelectorAll('li.event').length;
  const all = events();
  expect(all).to.be.above(5);
  const filter = timeline.querySelector<HTMLButtonElement>('[part=filter][data-category="geopark"]')!;
  focusIn(frame, filter);
  // The space bar: ' ' in every engine's key table ('Space' is Chromium's name alone).
  await sendKeys({ press: ' ' });
  await until(() => filter.getAttribute('aria-pressed') === 'false' && events() < all, 4000, 'geopark events hidden');
  await sendKeys({ press: ' ' });
  await until(
    () => filter.getAttribute('aria-pressed') === 'true' && events() === all,
    4000,
    'geopark events shown again',
  );
  const first = timeline.querySelector<HTMLElement>('li.event[tabindex="0"]')!;
  focusIn(frame, first);
  await sendKeys({ press: 'ArrowRight' });
  const moved = await until(
    () => (timeline.activeElement !== first ? (timeline.activeElement as HTMLElement | null) : null),
    4000,
    'focus on the next event',
  );
  expect(moved.matches('li.event')).to.equal(true);
  await sendKeys({ press: 'End' });
  await until(
    () => timeline.activeElement === [...timeline.querySelectorAll('li.event')].at(-1),
    4000,
    'focus on the last event',
  );

  // Late refusals (lazy chunks, tiles, popups) have had their turn once the frame has painted twice.
  await new Promise((resolve) =>
    frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)),
  );
  // The page's own probe (enforced() above) is the one violation, which shows that reporting works.
  expect(page.violations.filter((text) => text.includes(page.probe)).length, 'the probe was reported').to.equal(1);
  expect(
    page.violations.filter((text) => !text.includes(page.probe)),
    'securitypolicyviolation events',
  ).to.deep.equal([]);
  expect(page.errors, 'uncaught errors').to.deep.equal([]);
}

describe('strict page: the contract’s CSP with Trusted Types', function () {
  this.timeout(60000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('serves the fixture page with the contract’s header, verbatim', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(CONTRACT_CSP);
  });

  it('renders all four widgets, which work by keyboard, with zero violations or errors', async () => {
    const opened = await openStrictPage();
    frame = opened.frame;
    await exerciseWidgets(opened);
  });

  // Refusals the page cannot observe are written to the browser's console, read through the DevTools protocol.
  itIn(['chromium'], 'reads the DevTools console')(
    'leaves the browser’s console without a CSP or Trusted Types message but the probe’s',
    async () => {
      await executeServerCommand('console-watch');
      const opened = await openStrictPage();
      frame = opened.frame;
      await exerciseWidgets(opened);
      const messages = await executeServerCommand<ConsoleMessage[], undefined>('console-read');
      // Again the probe's refusal is the one message, which shows the console is being read.
      const [probe, ...others] = complaints(messages);
      expect(probe?.text, 'the probe’s console message').to.match(/requires 'TrustedHTML' assignment/);
      expect(others, 'console errors and CSP messages').to.deep.equal([]);
    },
  );
});
