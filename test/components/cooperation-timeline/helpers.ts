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
