/** Shared fixtures of the cooperation timeline tests. */
import type { JihaCooperationTimeline } from '../../../src/index.js';
import { mount, nextEvent, settled } from '../../support/helpers.js';

/** Two partners, a joint event, a context event: the contract's own format. */
export function cooperation(): Record<string, unknown> {
  return {
    partners: [
      { id: 'bmk', name: { fr: 'Béni Mellal-Khénifra', ar: 'بني ملال-خنيفرة' } },
      { id: 'tta', name: { fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'طنجة تطوان الحسيمة' }, color: '#7a3e9d' },
    ],
    events: [
      {
        id: 'iso',
        date: '2023-12-28',
        title: { fr: 'Certification ISO', ar: 'شهادة الإيزو' },
        category: 'certification',
        partners: ['tta'],
      },
      {
        id: 'ogp-bmk',
        date: '2022-05',
        title: { fr: 'BMK rejoint OGP Local', ar: 'انضمام بني ملال-خنيفرة' },
        category: 'open-government',
        partners: ['bmk'],
      },
      {
        id: 'visit',
        date: '2026-01-16',
        title: { fr: 'Visite à Tanger', ar: 'زيارة طنجة' },
        category: 'visit',
        partners: ['bmk', 'tta'],
      },
      {
        id: 'unesco',
        date: '2015',
        title: { fr: 'Label UNESCO', ar: 'تسمية اليونسكو' },
        category: 'geopark',
        partners: [],
      },
      {
        id: 'press',
        date: '2026-01-17T20:22:00+01:00',
        title: { fr: 'Article de presse', ar: 'مقال صحفي' },
        category: 'digital',
        partners: ['bmk', 'tta'],
        url: 'https://sadaalmaghrib.com/?p=40130',
      },
      {
        id: 'ogp-tta',
        date: '2020-10',
        end: '2023-11',
        title: { fr: 'Premier plan OGP', ar: 'الخطة الأولى' },
        category: 'open-government',
        partners: ['tta'],
      },
    ],
  };
}

export async function timeline(markup: string, data?: unknown): Promise<JihaCooperationTimeline> {
  const element = mount<JihaCooperationTimeline>(markup);
  // TimelineJS, the shared file's shape and the light-DOM list are read by code loaded on demand: wait for the model, not only for Lit.
  const ready = nextEvent(element, 'jiha-ready');
  if (data !== undefined) element.data = data;
  await ready;
  await settled(element);
  return element;
}

export const titles = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('li.event .title')].map((node) => node.textContent!.trim());
export const eventItem = (element: Element, title: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.event')].find(
    (item) => item.querySelector('.title')!.textContent!.trim() === title,
  )!;

/** A box's inline start and end edges in `dir`: left and right in ltr, right and left in rtl. */
export function inlineEdges(box: DOMRect, dir: 'ltr' | 'rtl'): { start: number; end: number } {
  return dir === 'rtl' ? { start: -box.right, end: -box.left } : { start: box.left, end: box.right };
}

/** The timeline's line (vertical layout): its box, and the x of its middle. */
export function rail(element: Element): { box: DOMRect; x: number } {
  const node = element.shadowRoot!.querySelector('.rail');
  if (!node) throw new Error('the timeline has no line (.rail)');
  const box = node.getBoundingClientRect();
  return { box, x: box.left + box.width / 2 };
}

/** A timeline mounted in a box of `width` px with the page's `lang` and `dir`, its data set, settled. */
export async function timelineIn(
  width: number,
  lang: string,
  dir: 'ltr' | 'rtl',
  data: unknown,
  attributes = '',
): Promise<JihaCooperationTimeline> {
  const host = mount<HTMLDivElement>(
    `<div style="width: ${width}px" lang="${lang}" dir="${dir}"><jiha-cooperation-timeline today="2026-01-20" time-zone="Africa/Casablanca" ${attributes}></jiha-cooperation-timeline></div>`,
  );
  const element = host.querySelector('jiha-cooperation-timeline')!;
  const ready = nextEvent(element, 'jiha-ready');
  element.data = data;
  await ready;
  await settled(element);
  return element;
}

/** The widget's width on a 320 px screen, inside the page's default 8 px margins (a box: WebKitGTK's windows stay wider than 320 px). */
export const PHONE_WIDTH = 304;

/** WCAG 1.4.12's text spacing, applied inside the element's shadow root (where a page's user style cannot reach). */
export function applyTextSpacing(element: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
  );
  const root = element.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Text of an event that runs out of its card (each line box of each text), one line each. */
export function overflowProblems(element: Element): string[] {
  const problems: string[] = [];
  for (const item of element.shadowRoot!.querySelectorAll<HTMLElement>('li.event, li.today')) {
    const box = item.getBoundingClientRect();
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const out = Math.max(box.left - line.left, line.right - box.right);
        if (line.width > 0 && out > 0.5)
          problems.push(`"${node.textContent.trim().slice(0, 40)}" runs ${out.toFixed(1)} px out of its card`);
      }
    }
  }
  return problems;
}

/** Parts of the widget drawn beyond its own box (a 320 px screen must not scroll sideways); the horizontal row's cards scroll inside it. */
export function outOfBoxProblems(element: Element): string[] {
  const box = element.getBoundingClientRect();
  return [...element.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !node.closest('.horizontal .years > *'))
    .map((node) => ({ node, rect: node.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5))
    .map(
      ({ node, rect }) =>
        `${node.localName}.${node.getAttribute('class') ?? ''} ${rect.left}–${rect.right} beyond ${box.left}–${box.right}`,
    );
}
