/**
 * The builder's questions as an editor meets them (issue 21): a label, a
 * hint with an example and, when wrong, a sentence next to the field, in
 * the editor's language; the usual questions first, the rest under "More
 * options", grouped; native controls; no sideways scrolling at 360 px; the
 * preview in the widget's language and on a light or dark page.
 */
import { expect } from '@open-wc/testing';
import '../../src/builder/define.js';
import type { JihaSnippetBuilder } from '../../src/builder/define.js';
import { WIDGETS } from '../../src/embed/widgets.js';
import { mount, settled, unmountAll, until } from '../support/helpers.js';
import { axeViolations, loadAxe } from '../a11y/helpers.js';
import { endPageWidth, pageOfWidth } from '../a11y/wcag-states.js';

const LIBRARY = `${location.origin}/dist/`;

async function builder(lang: string): Promise<JihaSnippetBuilder> {
  const element = mount<JihaSnippetBuilder>(
    `<jiha-snippet-builder lang="${lang}" library-base="${LIBRARY}"></jiha-snippet-builder>`,
  );
  await settled(element);
  return element;
}

const shadow = (element: JihaSnippetBuilder) => element.shadowRoot!;
const control = <T extends HTMLElement>(element: JihaSnippetBuilder, id: string) =>
  shadow(element).getElementById(id) as T | null;

async function choose(element: JihaSnippetBuilder, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(element, id)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(element);
}

const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A control's accessible name and description, as the label and aria-describedby give them. */
function announced(element: JihaSnippetBuilder, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) {
  const name = normal(input.labels?.[0]?.textContent ?? input.getAttribute('aria-label'));
  const description = normal(
    (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => shadow(element).getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  return { name, description };
}

const controls = (element: JihaSnippetBuilder) => [
  ...shadow(element).querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'form input, form select, form textarea',
  ),
];

describe('<jiha-snippet-builder> questions', function () {
  this.timeout(60000);
  afterEach(() => unmountAll());

  for (const lang of ['ar', 'fr']) {
    it(`${lang}: every control of every widget has a name and a description (its hint), in ${lang}`, async () => {
      const element = await builder(lang);
      const english = await builder('en');
      const silent: string[] = [];
      const untranslated: string[] = [];
      for (const widget of WIDGETS) {
        await choose(element, 'widget', widget.name);
        await choose(english, 'widget', widget.name);
        for (const input of controls(element)) {
          const { name, description } = announced(element, input);
          if (!name || !description) silent.push(`${widget.name} ${input.id}: "${name}" / "${description}"`);
          const other = shadow(english).getElementById(input.id) as HTMLInputElement;
          if (description && description === announced(english, other).description)
            untranslated.push(`${widget.name} ${input.id}: ${description}`);
        }
      }
      expect(silent, 'controls without a name or a description').to.deep.equal([]);
      expect(untranslated, `hints not in ${lang}`).to.deep.equal([]);
    });

    it(`${lang}: axe finds nothing, with "More options" folded and unfolded, for each widget`, async () => {
      await loadAxe();
      const element = await builder(lang);
      const problems: string[] = [];
      for (const widget of WIDGETS) {
        await choose(element, 'widget', widget.name);
        const more = shadow(element).querySelector('details.more') as HTMLDetailsElement;
        more.open = false;
        problems.push(...(await axeViolations(element)).map((line) => `${widget.name} folded: ${line}`));
        more.open = true;
        problems.push(...(await axeViolations(element)).map((line) => `${widget.name} unfolded: ${line}`));
      }
      expect(problems).to.deep.equal([]);
    });

    it(`${lang}: at 360 px nothing scrolls sideways, with every option unfolded`, async () => {
      await pageOfWidth(360);
      try {
        const element = await builder(lang);
        for (const widget of WIDGETS) {
          await choose(element, 'widget', widget.name);
          for (const details of shadow(element).querySelectorAll('details')) details.open = true;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const frame = shadow(element).querySelector('.frame') as HTMLElement;
          const wide = [frame, ...frame.querySelectorAll<HTMLElement>('*')]
            .filter((box) => {
              // Inline boxes have no client width (0 in Firefox): their block, measured too, holds them.
              const style = getComputedStyle(box);
              return (
                // A text field scrolls its own long text (WebKit reports it as its scroll width): not the page's.
                !['input', 'textarea', 'select'].includes(box.localName) &&
                style.display !== 'inline' &&
                style.overflowX === 'visible' &&
                box.scrollWidth > box.clientWidth + 1
              );
            })
            .map((box) => `${box.localName}#${box.id}.${box.className}: ${box.scrollWidth} > ${box.clientWidth}`);
          expect(wide, widget.name).to.deep.equal([]);
          expect(element.scrollWidth, `${widget.name}: the builder`).to.be.at.most(element.clientWidth);
          expect(document.documentElement.scrollWidth, `${widget.name}: the page`).to.be.at.most(
            document.documentElement.clientWidth,
          );
        }
      } finally {
        endPageWidth();
      }
    });
  }

  it('an invalid date: the sentence next to the field, in French and in Arabic, tied to it', async () => {
    for (const [lang, words] of [
      ['fr', 'La date n’est pas valide : utilisez le calendrier.'],
      ['ar', 'التاريخ غير صالح: استعمل التقويم.'],
    ]) {
      const element = await builder(lang);
      const input = control<HTMLInputElement>(element, 'field-published')!;
      expect(input.type).to.equal('datetime-local');
      // What a browser reports while its date control holds something it cannot read (a half-typed date).
      Object.defineProperty(input, 'validity', { value: { badInput: true } });
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settled(element);
      const problem = control(element, 'problem-published')!;
      expect(normal(problem.textContent)).to.equal(words);
      expect(problem.parentElement).to.equal(input.parentElement);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('problem-published');
      expect(control(element, 'snippet-script')).to.equal(null);
      element.remove();
    }
  });

  it('asks the usual questions first, the rest under a native "More options", in fieldsets named by group', async () => {
    const element = await builder('fr');
    const more = shadow(element).querySelector('details.more')!;
    expect(normal(more.querySelector('summary')!.textContent)).to.equal('Plus d’options');
    const inMore = (id: string) => more.contains(control(element, id));
    expect(['field-headline', 'field-href', 'field-published'].map(inMore)).to.deep.equal([false, false, false]);
    expect(['field-timeout', 'field-src', 'field-time-zone', 'field-data'].map(inMore)).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    const legends = (root: Element) =>
      [...root.querySelectorAll(':scope > fieldset > legend')].map((legend) => normal(legend.textContent));
    expect(legends(shadow(element).querySelector('form')!)).to.include.members(['Ce qu’il faut afficher']);
    expect(legends(more)).to.include.members(['Ce qu’il faut afficher', 'D’où vient le contenu', 'Apparence']);
    expect(control(element, 'field-headline')!.hasAttribute('required')).to.equal(true);
  });

  it('native controls: a date and time in the council’s zone, written with its offset; addresses as url; the language as a list', async () => {
    const element = await builder('en');
    const published = control<HTMLInputElement>(element, 'field-published')!;
    expect(published.type).to.equal('datetime-local');
    // The seed article's 2026-01-17T20:22:00+01:00, shown as Casablanca's clock.
    expect(published.value).to.equal('2026-01-17T20:22');
    published.value = '2026-06-10T09:30';
    published.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(element);
    const script = () => control<HTMLTextAreaElement>(element, 'snippet-script')?.value ?? '';
    expect(script()).to.contain('published="2026-06-10T09:30:00+01:00"');
    expect(control<HTMLInputElement>(element, 'field-href')!.type).to.equal('url');
    expect(control<HTMLInputElement>(element, 'field-image')!.type).to.equal('url');
    expect(control(element, 'widget-lang')!.localName).to.equal('select');
    await choose(element, 'widget', 'iso-badge');
    expect(control<HTMLInputElement>(element, 'field-expires')!.type).to.equal('date');
  });

  it('rows: add, fill, move up and down, remove, with focus following the row; cells pasted from a spreadsheet', async () => {
    const element = await builder('fr');
    await choose(element, 'widget', 'cooperation-timeline');
    const data = () => control<HTMLTextAreaElement>(element, 'field-data')!.value;
    const fill = async (id: string, value: string) => {
      const input = control<HTMLInputElement>(element, id)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settled(element);
    };
    for (const [index, title] of ['Un', 'Deux', 'Trois'].entries()) {
      control<HTMLButtonElement>(element, 'row-add')!.click();
      await settled(element);
      expect(shadow(element).activeElement?.id).to.equal(`row-${index}-date`);
      await fill(`row-${index}-date`, `202${index}`);
      await fill(`row-${index}-title`, title);
    }
    expect(data()).to.equal('date,title,category\n2020,Un,\n2021,Deux,\n2022,Trois,\n');
    expect(control(element, 'data-format')).to.exist;
    expect(control(element, 'row-2-title')!.getAttribute('aria-label')).to.equal('Titre, ligne 3');
    expect(normal(control(element, 'row-2-up')!.textContent)).to.contain('Monter la ligne 3');
    control<HTMLButtonElement>(element, 'row-2-up')!.click();
    await settled(element);
    expect(shadow(element).activeElement?.id).to.equal('row-1-up');
    control<HTMLButtonElement>(element, 'row-1-up')!.click();
    await settled(element);
    // At the top, "Move up" is off: focus goes to "Move down" of the same row.
    expect(shadow(element).activeElement?.id).to.equal('row-0-down');
    expect(data()).to.equal('date,title,category\n2022,Trois,\n2020,Un,\n2021,Deux,\n');
    control<HTMLButtonElement>(element, 'row-1-remove')!.click();
    await settled(element);
    expect(data()).to.equal('date,title,category\n2022,Trois,\n2021,Deux,\n');
    const paste = control<HTMLTextAreaElement>(element, 'rows-paste')!;
    paste.value = 'Title_fr\tDate\nAccord\t2019-03-12\nVisite à Tanger\t2026-01-17\n';
    paste.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(element);
    expect(control<HTMLInputElement>(element, 'row-1-title')!.value).to.equal('Visite à Tanger');
    expect(data()).to.equal('date,title,category\n2019-03-12,Accord,\n2026-01-17,Visite à Tanger,\n');
    const script = await until(
      () => control<HTMLTextAreaElement>(element, 'snippet-script')?.value,
      5000,
      'the snippet',
    );
    expect(script).to.contain('<script type="text/csv">\ndate,title,category\n2019-03-12,Accord,');
  });

  it('the preview speaks the widget’s language and direction, on a light or a dark page', async () => {
    const element = await builder('fr');
    await choose(element, 'widget-lang', 'ar');
    const preview = control(element, 'preview')!;
    const widget = await until(() => element.previewElement, 5000, 'the preview');
    expect(widget.lang).to.equal('ar');
    await settled(widget);
    expect(getComputedStyle(widget.shadowRoot!.firstElementChild!).direction).to.equal('rtl');
    expect(getComputedStyle(preview).colorScheme).to.equal('light');
    control<HTMLInputElement>(element, 'preview-dark')!.click();
    await settled(element);
    expect(getComputedStyle(preview).colorScheme).to.equal('dark');
  });

  it('says "Copied" in its live region when an output is copied', async () => {
    const element = await builder('fr');
    const status = shadow(element).querySelector('[role="status"][aria-live="polite"]')!;
    const written: string[] = [];
    // The page snippet's fallback is written a moment after the fields (its strings may load).
    await until(
      () => control<HTMLTextAreaElement>(element, 'snippet-script')?.value.includes('<h3>'),
      5000,
      'the fallback',
    );
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      for (const id of ['script', 'iframe', 'shortcode', 'block']) {
        (shadow(element).querySelector(`button[data-copy="${id}"]`) as HTMLButtonElement).click();
        await until(
          () => written.length && normal(status.textContent).startsWith('Copié'),
          3000,
          `${id} copied (${written.length} written, status "${normal(status.textContent)}")`,
        ).catch((error: Error) => {
          throw new Error(`${error.message}: status now "${normal(status.textContent)}", ${written.length} written`);
        });
        expect(written.pop()).to.equal(control<HTMLTextAreaElement>(element, `snippet-${id}`)!.value);
      }
    } finally {
      // The own property goes; navigator's own clipboard (its prototype's) is back.
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});
