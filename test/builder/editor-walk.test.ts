/**
 * The builder as a new editor uses it (issue 21, "Done when"): in Arabic
 * and in French, with the keyboard alone (real Tab, arrow and typed keys
 * through @web/test-runner-commands), finding each control by the name a
 * screen reader announces (its label, or its aria-label), build each
 * widget's snippet (the seed article's news card, a badge, a map with two
 * places, a timeline with three events, a news list from a feed of the
 * test server), copy it with its "Copy" button, paste it into a blank page
 * and check that it shows what the preview showed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import type { JihaSnippetBuilder } from '../../src/builder/define.js';
import { mount, settled, unmountAll, until } from '../support/helpers.js';
import { deepActive } from '../a11y/keyboard-helpers.js';
import { pasted, pasteScriptSnippet, previewText, widgetText } from './builder-helpers.js';

const LIBRARY = `${location.origin}/dist/`;
const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What a screen reader announces as the focused control's name: its label, its aria-label, or its text. */
function announcedName(control: Element | null): string {
  if (!control) return '';
  const labelled = (control as HTMLInputElement).labels?.[0];
  if (labelled) return normal(labelled.textContent);
  return normal(control.getAttribute('aria-label') ?? control.textContent);
}

/** Presses Tab until the focused control's name starts with `name` (Shift+Tab with `backwards`). */
async function tabTo(name: string, max = 120): Promise<HTMLElement> {
  const seen: string[] = [];
  for (let press = 0; press < max; press += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive() as HTMLElement | null;
    const announced = announcedName(active);
    if (announced.startsWith(name)) return active!;
    seen.push(announced.slice(0, 30));
  }
  throw new Error(`Tab never reached "${name}"; last: ${seen.slice(-8).join(' | ')}`);
}

/** Picks an option of the focused list with the arrow keys, as the keyboard does on a closed <select>. */
async function pick(select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((option) => option.value === value);
  expect(target, `${value} in ${select.id}`).to.be.at.least(0);
  for (let step = 0; step < select.options.length + 1 && select.value !== value; step += 1)
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  expect(select.value).to.equal(value);
}

/** Types into the focused field, replacing what it holds. */
async function typeOver(text: string): Promise<void> {
  const field = deepActive() as HTMLInputElement;
  // Select all, then type: the editor's own way to replace a field's text.
  field.select?.();
  await sendKeys({ press: 'Backspace' });
  // In pieces: WebKitWebDriver, sent a whole sentence at once, drops some of its spaces and the second of two equal
  // letters in a row ("bonne"); each space, and each letter that repeats the one before, goes in a call of its own.
  const pieces = text.split(/(?<=(.))(?=\1)| /u).filter((_, index) => index % 2 === 0);
  let rest = text;
  for (const piece of pieces) {
    if (rest.startsWith(' ')) {
      await sendKeys({ press: ' ' });
      rest = rest.slice(1);
    }
    if (piece) await sendKeys({ type: piece });
    rest = rest.slice(piece.length);
  }
  expect(field.value).to.equal(text);
}

interface Words {
  lang: 'ar' | 'fr';
  widget: string;
  widgetLanguage: string;
  headline: string;
  standard: string;
  holder: string;
  add: string;
  cell: (column: string, row: number) => string;
  columns: Record<string, string>;
  feed: string;
  copy: string;
  copied: string;
}

const ARABIC: Words = {
  lang: 'ar',
  widget: 'الأداة',
  widgetLanguage: 'لغة الأداة',
  headline: 'عنوان الخبر headline',
  standard: 'المواصفة القياسية (ISO)',
  holder: 'الجهة الحاصلة على الشهادة',
  add: 'إضافة صف',
  cell: (column, row) => `${column}، الصف ${row}`,
  columns: {
    name: 'اسم المكان',
    lat: 'خط العرض',
    lng: 'خط الطول',
    date: 'التاريخ',
    title: 'العنوان',
    category: 'الفئة',
  },
  feed: 'عناوين الموجزات',
  copy: 'نسخ',
  copied: 'تم النسخ',
};

const FRENCH: Words = {
  lang: 'fr',
  widget: 'Widget',
  widgetLanguage: 'Langue du widget',
  headline: 'Titre headline',
  standard: 'Norme ISO',
  holder: 'Titulaire du certificat',
  add: 'Ajouter une ligne',
  cell: (column, row) => `${column}, ligne ${row}`,
  columns: {
    name: 'Nom du lieu',
    lat: 'Latitude',
    lng: 'Longitude',
    date: 'Date',
    title: 'Titre',
    category: 'Catégorie',
  },
  feed: 'Adresses des flux',
  copy: 'Copier',
  copied: 'Copié',
};

describe('an editor builds each widget with the keyboard, by the names a screen reader announces', function () {
  this.timeout(240000);
  let written: string[] = [];
  before(() => {
    // The clipboard the Copy buttons write to (a test page may not read the real one).
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
  });
  after(() => delete (navigator as unknown as Record<string, unknown>).clipboard);
  afterEach(() => {
    unmountAll();
    pasted.splice(0).forEach((frame) => frame.remove());
  });

  for (const words of [ARABIC, FRENCH]) {
    const { lang } = words;
    it(`${lang}: news card, badge, map with two places, timeline with three events, news list from a feed`, async () => {
      const element = mount<JihaSnippetBuilder>(
        `<jiha-snippet-builder lang="${lang}" library-base="${LIBRARY}"></jiha-snippet-builder>`,
      );
      await settled(element);
      const before = document.createElement('button');
      before.textContent = 'start';
      element.before(before);
      before.focus();

      /** Chooses a widget, then builds, copies, pastes and compares it. */
      const build = async (widget: string, fill: () => Promise<void>, expected: string) => {
        before.focus();
        await pick((await tabTo(words.widget)) as HTMLSelectElement, widget);
        await settled(element);
        await pick((await tabTo(words.widgetLanguage)) as HTMLSelectElement, lang);
        await settled(element);
        await fill();
        await settled(element);
        const previewed = await previewText(element, expected);
        // The page snippet's fallback is written a moment after the fields.
        await until(
          () =>
            element
              .shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-script')
              ?.value.includes(`</jiha-${widget}>`),
          5000,
          'the page snippet',
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        written = [];
        const copy = await tabTo(words.copy);
        expect(copy.dataset.copy).to.equal('script');
        await sendKeys({ press: 'Enter' });
        await until(() => written.length === 1, 3000, 'the copied snippet');
        await until(
          () => normal(element.shadowRoot!.querySelector('.status')!.textContent).startsWith(words.copied),
          3000,
          'the live region saying it copied',
        );
        const pastedWidget = await pasteScriptSnippet(written[0]);
        expect(pastedWidget.localName).to.equal(`jiha-${widget}`);
        expect(pastedWidget.lang).to.equal(lang);
        await until(
          () => pastedWidget.shadowRoot && widgetText(pastedWidget) === previewed,
          15000,
          `the pasted ${widget}`,
        ).catch(() => undefined);
        expect(widgetText(pastedWidget), widget).to.equal(previewed);
        return written[0];
      };

      // The news card of the seed article: its fields come filled with it; the editor retypes the headline.
      const headline =
        lang === 'ar' ? 'شراكة استراتيجية لترسيخ الحكامة الجيدة' : 'Un partenariat pour la bonne gouvernance';
      const card = await build(
        'news-card',
        async () => {
          await tabTo(words.headline);
          await typeOver(headline);
        },
        headline,
      );
      expect(card).to.contain(`headline="${headline}"`);
      expect(card).to.contain('published="2026-01-17T20:22:00+01:00"');

      const badge = await build(
        'iso-badge',
        async () => {
          await tabTo(words.standard);
          await typeOver('ISO 14001');
          await tabTo(words.holder);
          await typeOver('Conseil de la Région');
        },
        '14001',
      );
      expect(badge).to.contain('standard="ISO 14001"');

      /** Fills rows of the table: Add a row, then each cell by its name. */
      const fillRows = async (columns: string[], rows: string[][]) => {
        for (const [index, row] of rows.entries()) {
          await tabTo(words.add);
          await sendKeys({ press: 'Enter' });
          await settled(element);
          // Focus goes to the new row's first cell.
          expect(announcedName(deepActive())).to.equal(words.cell(words.columns[columns[0]], index + 1));
          for (const [c, cell] of row.entries()) {
            if (c > 0) await tabTo(words.cell(words.columns[columns[c]], index + 1));
            await typeOver(cell);
          }
        }
      };

      const map = await build(
        'geopark-map',
        () =>
          fillRows(
            ['name', 'lat', 'lng'],
            [
              ['Geoparc du Mgoun', '31.5', '-6.45'],
              ['Geoparc Jbel Bani', '29.9', '-7.2'],
            ],
          ),
        'Geoparc Jbel Bani',
      );
      expect(map).to.contain('<script type="text/csv">');
      expect(map).to.contain('Geoparc du Mgoun,31.5,-6.45');

      const timeline = await build(
        'cooperation-timeline',
        () =>
          fillRows(
            ['date', 'title', 'category'],
            [
              ['2014', 'Label UNESCO', 'geopark'],
              ['2019-03-12', 'Accord de partenariat', 'agreement'],
              ['2026-01-17', 'Visite a Tanger', 'visit'],
            ],
          ),
        'Visite a Tanger',
      );
      expect(timeline).to.contain('2019-03-12,Accord de partenariat,agreement');

      const feed = `${location.origin}/fixture/feed/council.rss`;
      const list = await build(
        'news-list',
        async () => {
          await tabTo(words.feed);
          await typeOver(feed);
        },
        // An item of the feed only (the example items share the first one's words).
        'Le conseil adopte son budget',
      );
      expect(list).to.contain(`src="${feed}"`);
      expect(list).to.not.contain('application/json');
    });
  }
});
