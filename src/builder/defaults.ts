/**
 * What each widget's form holds at first, so that the preview shows a real
 * widget before the editor types anything: the attributes' values are the
 * elements' own examples (defaults.generated.ts); the data is here.
 */
import type { WidgetName } from '../embed/widgets.js';

export { DEFAULT_VALUES } from './defaults.generated.js';

export const DEFAULT_DATA: Record<WidgetName, string> = {
  'news-list': JSON.stringify(
    {
      items: [
        {
          headline: 'جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية لترسيخ الحكامة الجيدة',
          url: 'https://sadaalmaghrib.com/?p=40130',
          source: 'صدى المغرب',
          published: '2026-01-17T20:22:00+01:00',
        },
        {
          headline: 'Béni Mellal-Khénifra et Tanger-Tétouan-Al Hoceïma : un partenariat stratégique',
          url: 'https://sadaalmaghrib.com/?p=40130',
          lang: 'fr',
          published: '2026-01-17T20:22:00+01:00',
        },
      ],
    },
    null,
    2,
  ),
  'news-card': '',
  'iso-badge': '',
  'geopark-map': '',
  'cooperation-timeline': JSON.stringify(
    {
      partners: [
        { id: 'tth', name: { ar: 'طنجة-تطوان-الحسيمة', fr: 'Tanger-Tétouan-Al Hoceïma' } },
        { id: 'bmk', name: { ar: 'بني ملال-خنيفرة', fr: 'Béni Mellal-Khénifra' } },
      ],
      events: [
        {
          date: '2014',
          title: { fr: 'M’Goun, géoparc mondial UNESCO', ar: 'مكون، جيوبارك عالمي لليونسكو' },
          category: 'geopark',
          partners: [],
        },
        {
          date: '2026-01-17',
          title: {
            fr: 'Visite de la délégation de Béni Mellal-Khénifra à Tanger',
            ar: 'زيارة وفد بني ملال-خنيفرة إلى طنجة',
          },
          category: 'visit',
          partners: ['tth', 'bmk'],
        },
      ],
    },
    null,
    2,
  ),
};
