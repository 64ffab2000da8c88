/**
 * What a visitor sees of <jiha-geopark-map> on a phone and on a desktop, by
 * geometry (issues 19 and 23), in the four languages at 320, 360, 768 and
 * 1280 px: the question before tiles is a bar under the drawing area and
 * covers nothing of the map (no marker, no popup, not M'Goun); a popup
 * opened from the keyboard is whole inside the map at once, off the zoom
 * buttons, its close button in view and on top (WCAG 1.4.10, 2.4.11); every
 * focused marker is uncovered.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { endMediaEmulation, reduceMotion } from '../../support/media-emulation.js';
import { unmountAll, until } from '../../support/helpers.js';
import { setViewport } from '../../support/viewport.js';
import {
  consentBar,
  coveredBy,
  describeRect,
  drawing,
  forgetConsent,
  inside,
  LANGUAGES,
  marker,
  markers,
  mountMapAt,
  overlap,
  popup,
  popupBox,
  root,
  WIDTHS,
} from './helpers.js';

/** The problems of an open popup: out of the map, over the zoom buttons or the question, its close button covered. */
function popupProblems(map: Element): string[] {
  const problems: string[] = [];
  const box = popupBox(map)!.getBoundingClientRect();
  const area = drawing(map).getBoundingClientRect();
  if (!inside(box, area)) problems.push(`popup ${describeRect(box)} not inside the map ${describeRect(area)}`);
  const controls = root(map).querySelector('.controls')!.getBoundingClientRect();
  if (overlap(box, controls))
    problems.push(`popup ${describeRect(box)} under the zoom buttons ${describeRect(controls)}`);
  const bar = consentBar(map);
  if (bar && overlap(box, bar.getBoundingClientRect())) problems.push('popup under the question');
  const close = popup(map)!.querySelector('.popup-close')!;
  const covered = coveredBy(close);
  if (covered) problems.push(`close button covered by ${covered}`);
  if (!inside(close.getBoundingClientRect(), area)) problems.push('close button outside the map');
  return problems;
}

describe('<jiha-geopark-map> on a phone and a desktop', () => {
  beforeEach(forgetConsent);
  afterEach(async () => {
    unmountAll();
    forgetConsent();
    await endMediaEmulation();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`${lang}, ${width} px: the question before tiles is a bar under the drawing area; no marker (not M'Goun) under it`, async () => {
        const map = await mountMapAt(width, `lang="${lang}"`);
        const bar = consentBar(map)!;
        expect(bar, 'the question').to.not.equal(null);
        const barBox = bar.getBoundingClientRect();
        const area = drawing(map).getBoundingClientRect();
        const frame = root(map).querySelector('[part="map"]')!.getBoundingClientRect();
        expect(barBox.top, 'the bar starts where the drawing area ends').to.be.at.least(area.bottom - 0.5);
        expect(inside(barBox, frame), 'the bar inside the map frame').to.equal(true);
        // Compact: the sentence and its button, on one line where the map is wide, never taller than a third of the frame.
        expect(barBox.height, `bar ${describeRect(barBox)}`).to.be.at.most(frame.height / 3);
        const button = bar.querySelector('[part="consent-button"]')!.getBoundingClientRect();
        expect(inside(button, barBox), 'the button inside the bar, not cut').to.equal(true);
        if (width >= 768) expect(barBox.height, 'one line at 768 px and more').to.be.below(64);
        for (const element of markers(map)) {
          expect(overlap(element.getBoundingClientRect(), barBox), `${element.dataset.ids} under the bar`).to.equal(
            false,
          );
        }
        // M'Goun, the map's main subject, is on top where it is drawn.
        expect(coveredBy(marker(map, 'mgoun')!), "M'Goun covered").to.equal(undefined);
      });

      it(`${lang}, ${width} px: Enter on a marker opens its popup whole inside the map at once (reduced motion), off the zoom buttons, its close button on top`, async () => {
        await reduceMotion();
        const map = await mountMapAt(width, `lang="${lang}"`);
        for (const id of ['mgoun', 'chefchaouen']) {
          const target = marker(map, id)!;
          target.focus();
          await sendKeys({ press: 'Enter' });
          // At once: no animation frame needed (a test page in the background gets none).
          const content = await until(() => popup(map), 3000, 'the popup');
          expect(popupProblems(map), `${id}, right after Enter`).to.deep.equal([]);
          expect(root(map).activeElement).to.equal(content);
          await sendKeys({ press: 'Tab' });
          expect(root(map).activeElement?.classList.contains('popup-close'), 'Tab to the close button').to.equal(true);
          expect(coveredBy(root(map).activeElement!), 'the focused close button').to.equal(undefined);
          await sendKeys({ press: 'Escape' });
          await until(() => !popup(map), 3000, 'the popup to close');
        }
      });
    }

    it(`${lang}, 320 px: with the question shown, every marker reached by Tab is uncovered (2.4.11)`, async () => {
      const map = await mountMapAt(320, `lang="${lang}"`);
      expect(consentBar(map)).to.not.equal(null);
      drawing(map).focus();
      const seen = new Set<HTMLElement>();
      for (let i = 0; i < markers(map).length + 2; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = root(map).activeElement as HTMLElement | null;
        if (!active?.classList.contains('jiha-marker') || seen.has(active)) continue;
        seen.add(active);
        expect(coveredBy(active), `${active.dataset.ids} focused`).to.equal(undefined);
      }
      expect(seen.size).to.equal(markers(map).length);
    });
  }

  it('a popup fits the 302 px map of a 320 px page: as wide as the map less its edges, its text wrapping, nothing cut (Arabic and French)', async () => {
    await reduceMotion();
    for (const lang of ['ar', 'fr']) {
      const map = await mountMapAt(320, `lang="${lang}" selected="chefchaouen"`);
      await until(() => popup(map), 5000, 'the popup');
      const area = drawing(map).getBoundingClientRect();
      const box = popupBox(map)!.getBoundingClientRect();
      expect(area.width).to.be.below(310);
      expect(box.width, `popup ${describeRect(box)} in a map ${describeRect(area)}`).to.be.at.most(
        area.width - 16 + 0.5,
      );
      expect(popupProblems(map)).to.deep.equal([]);
      // Every line of the popup inside its box: labels and values wrap rather than run out.
      for (const line of popup(map)!.querySelectorAll('dt, dd, .popup-name, .popup-status')) {
        const rect = line.getBoundingClientRect();
        expect(rect.right <= box.right + 0.5 && rect.left >= box.left - 0.5, `${line.textContent} cut`).to.equal(true);
      }
      unmountAll();
    }
  });
});
