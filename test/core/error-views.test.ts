/**
 * What visitors and editors each see of a failed widget (docs/reference/states-and-errors.md,
 * issue 19): visitors get the page's fallback content
 * and one quiet sentence in the widget's language (`role="alert"`), never a
 * code, an HTTP status or a parse position; editors (`data-jiha-editor` on
 * the element, an ancestor or `<html>`) also get what is wrong and what to
 * fix; the `jiha-error` event and the console carry the technical report in
 * English.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { JihaSnippetBuilder } from '../../src/builder/define.js';
import { textContrastProblems } from '../a11y/contrast-helpers.js';
import { setEditorView } from '../support/editor-view.js';
import { mount, nextEvent, settled, shadowText, unmountAll, until } from '../support/helpers.js';
import type { JihaErrorDetail } from '../../src/core/events.js';

const DEAD_SRC = '/fixture/status/404';
const FALLBACK = '<p><a href="/news/1">افتتاح مركز جديد للشباب</a></p>';
/** Arabic letters, their marks, and the punctuation and spaces of an Arabic sentence: no Latin letter, no digit. */
const ARABIC_SENTENCE = /^[\u0600-\u065F\u066E-\u06FF\s.،:()]+$/;

/*
 * Absence is asserted on booleans: a failed `expect(element).to.equal(null)` makes the runner serialise
 * the element, which hung the page (seen while proving these tests against the old box).
 */

/** Mounts `markup` and waits for its `jiha-error`, after which the box is in place. */
async function failed(
  markup: string,
  container?: HTMLElement,
): Promise<{ element: HTMLElement; detail: JihaErrorDetail }> {
  const element = mount(markup, container);
  const { detail } = await nextEvent<JihaErrorDetail>(element, 'jiha-error', 12000);
  await settled(element);
  return { element, detail };
}

const alerts = (element: Element) => [...element.shadowRoot!.querySelectorAll('[role="alert"]')];

/** Silences and records the library's console warnings for one test. */
function recordWarnings(): { lines: string[]; restore: () => void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

let warnings: ReturnType<typeof recordWarnings>;
beforeEach(() => (warnings = recordWarnings()));
afterEach(() => {
  warnings.restore();
  unmountAll();
  setEditorView(false);
});

describe('a failed widget, as visitors see it', () => {
  it('an Arabic card with a dead src keeps its fallback and shows one Arabic alert, without Latin text or the status', async () => {
    const { element } = await failed(`<jiha-news-card lang="ar" src="${DEAD_SRC}">${FALLBACK}</jiha-news-card>`);
    const shown = alerts(element);
    expect(shown, 'one alert').to.have.length(1);
    expect(shown[0].textContent!.trim()).to.match(ARABIC_SENTENCE);
    const text = shadowText(element);
    expect(text, 'Latin letters on screen').to.not.match(/[A-Za-z]/);
    expect(text, 'digits on screen').to.not.match(/[0-9\u0660-\u0669]/);
    // The page's own content is slotted back and drawn.
    const link = element.querySelector('a')!;
    expect(link.assignedSlot ?? link.parentElement!.assignedSlot, 'the fallback is slotted').to.not.equal(null);
    expect(link.getBoundingClientRect().height, 'the fallback is drawn').to.be.greaterThan(0);
  });

  it('says the element’s own sentence when there is no fallback, and the fallback’s when there is', async () => {
    const bare = await failed(`<jiha-news-card lang="ar" src="${DEAD_SRC}"></jiha-news-card>`);
    const withContent = await failed(`<jiha-news-card lang="ar" src="${DEAD_SRC}">${FALLBACK}</jiha-news-card>`);
    expect(shadowText(bare.element, '[role="alert"]')).to.equal('لا يمكن عرض هذا الخبر حاليًا.');
    expect(shadowText(withContent.element, '[role="alert"]')).to.equal('لا يمكن عرض النسخة الكاملة حاليًا.');
  });

  it('a French card says it in French', async () => {
    const { element } = await failed(`<jiha-news-card lang="fr" src="${DEAD_SRC}"></jiha-news-card>`);
    expect(shadowText(element, '[role="alert"]')).to.equal('Cette actualité ne peut pas être affichée pour le moment.');
  });

  it('the event and the console carry the code and the technical cause, in English', async () => {
    const { element, detail } = await failed(`<jiha-news-card lang="ar" src="${DEAD_SRC}"></jiha-news-card>`);
    expect(detail.code).to.equal('http-status');
    expect(detail.message).to.match(
      /^The server answered with an error: .*404.*Check that the address in src is right/,
    );
    expect(detail.detail).to.contain('answered HTTP 404');
    const warning = warnings.lines.find((line) => line.includes('<jiha-news-card>'));
    expect(warning, 'a console warning').to.contain('http-status').and.contain('404');
    expect(Boolean(element.shadowRoot!.querySelector('.error-detail')), 'a detail for visitors').to.equal(false);
  });

  it('is quiet: no alarm colour, and its text keeps its contrast on a light page and on a dark page', async () => {
    const style = document.createElement('style');
    document.head.append(style);
    try {
      for (const page of ['', ':root { color-scheme: dark; background: #121417; color: #eee; }']) {
        style.textContent = page;
        const { element } = await failed(`<jiha-iso-badge lang="ar" standard="quality"></jiha-iso-badge>`);
        const box = alerts(element)[0];
        const danger = getComputedStyle(element.shadowRoot!.querySelector('.frame')!).getPropertyValue('--_danger');
        const probe = document.createElement('span');
        probe.style.color = danger;
        element.shadowRoot!.append(probe);
        const alarm = getComputedStyle(probe).color;
        probe.remove();
        for (const part of [box, ...box.querySelectorAll('*')]) {
          const look = getComputedStyle(part);
          for (const colour of [look.color, look.borderTopColor, look.borderInlineStartColor, look.backgroundColor])
            expect(colour, `${part.className} in "${page || 'a light page'}"`).to.not.equal(alarm);
        }
        expect(textContrastProblems(element), page || 'a light page').to.deep.equal([]);
        setEditorView(true);
        await until(() => element.shadowRoot!.querySelector('.error-detail'), 3000, 'the editor’s part');
        expect(textContrastProblems(element), `editor's view, ${page || 'a light page'}`).to.deep.equal([]);
        setEditorView(false);
        unmountAll();
      }
    } finally {
      style.remove();
    }
  });
});

describe('a failed widget, as editors see it', () => {
  it('data-jiha-editor on an ancestor adds what is wrong, what to fix and the technical cause, under the same one alert', async () => {
    const section = document.createElement('section');
    section.setAttribute('data-test-host', '');
    section.setAttribute('data-jiha-editor', '');
    document.body.append(section);
    const { element } = await failed(
      `<jiha-news-card lang="ar" src="${DEAD_SRC}">${FALLBACK}</jiha-news-card>`,
      section,
    );
    expect(alerts(element)).to.have.length(1);
    expect(shadowText(element, '.error-title')).to.equal('أجاب الخادم بخطأ.');
    expect(shadowText(element, '.error-advice')).to.contain('src');
    const detail = element.shadowRoot!.querySelector('.error-detail')!;
    expect(detail.textContent).to.contain('http-status').and.contain('404');
    expect(detail.getAttribute('dir'), 'the English cause reads left to right').to.equal('ltr');
    expect(element.querySelector('a')!.getBoundingClientRect().height, 'the fallback still shows').to.be.greaterThan(0);
  });

  it('the snippet builder’s preview is an editor’s view', async () => {
    const builder = mount<JihaSnippetBuilder>('<jiha-snippet-builder lang="fr"></jiha-snippet-builder>');
    await settled(builder);
    const data = builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#field-data')!;
    data.value = '{"headline": "Titre", "views": "beaucoup"}';
    data.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const detail = await until(
      () => builder.previewElement?.shadowRoot?.querySelector('.error-detail'),
      8000,
      'the preview’s detail',
    );
    expect(detail.textContent).to.contain('invalid-data').and.contain('views');
  });

  it('data-jiha-editor on the element itself', async () => {
    const { element } = await failed(`<jiha-news-card lang="fr" data-jiha-editor src="${DEAD_SRC}"></jiha-news-card>`);
    expect(shadowText(element, '.error-detail')).to.contain('404');
  });

  it('<html data-jiha-editor> switched while the box shows adds and removes the detail', async () => {
    const { element } = await failed(
      `<jiha-cooperation-timeline lang="ar" src="${DEAD_SRC}"></jiha-cooperation-timeline>`,
    );
    expect(Boolean(element.shadowRoot!.querySelector('.error-detail')), 'a detail for visitors').to.equal(false);
    setEditorView(true);
    await until(() => element.shadowRoot!.querySelector('.error-detail'), 3000, 'the detail');
    setEditorView(false);
    await until(() => !element.shadowRoot!.querySelector('.error-detail'), 3000, 'the detail gone');
    expect(alerts(element)).to.have.length(1);
  });
});

describe('CSV rows left out', () => {
  const csv = 'date,title_fr,category\n2024-03-01,Visite,visit\n2024-13-45,Mauvaise date,visit\n';

  it('visitors see the rows that could be read and nothing technical; editors see the lines; the event says it in English', async () => {
    const element = mount(
      `<jiha-cooperation-timeline lang="fr"><script type="text/csv">${csv}</script></jiha-cooperation-timeline>`,
    );
    const { detail } = await nextEvent<JihaErrorDetail>(element, 'jiha-error', 12000);
    await settled(element);
    expect(detail.code).to.equal('invalid-data');
    expect(detail.message).to.equal('Some rows could not be read and are not shown: line 3.');
    expect(detail.detail).to.match(/^line 3: /);
    expect(warnings.lines.some((line) => line.includes('line 3'))).to.equal(true);
    expect(shadowText(element)).to.contain('Visite');
    expect(Boolean(element.shadowRoot!.querySelector('[part="notice"]')), 'a notice for visitors').to.equal(false);
    expect(shadowText(element)).to.not.match(/ligne|line/i);
    setEditorView(true);
    await until(() => element.shadowRoot!.querySelector('[part="notice"]'), 3000, 'the notice');
    expect(shadowText(element, '[part="notice"]')).to.equal(
      'Certaines lignes n’ont pas pu être lues et ne sont pas affichées\u00a0: ligne 3.',
    );
  });
});
