/**
 * The 12 regions of Morocco (2015 division): ids, ISO 3166-2 codes and
 * names. A chunk of its own, loaded by the element only when data names a
 * region or the `regions` attribute lists some (region-loader.ts), so that
 * the list and popups can name a region before (or without) its shape. The
 * shapes are another chunk (region-shapes.ts), loaded only when a map draws
 * them.
 */
import type { Region } from './region-types.js';

/** In ISO order: MA-01 … MA-12. Names from data/morocco-regions-12.geojson. */
export const REGIONS: readonly Region[] = [
  {
    id: 'tanger-tetouan-al-hoceima',
    iso: 'MA-01',
    name: {
      fr: 'Tanger-Tétouan-Al Hoceïma',
      en: 'Tanger-Tétouan-Al Hoceïma',
      ar: 'طنجة تطوان الحسيمة',
      zgh: 'ⵟⴰⵏⵊ-ⵟⵉⵜⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ',
    },
  },
  { id: 'oriental', iso: 'MA-02', name: { fr: "L'Oriental", en: 'Oriental', ar: 'الشرق', zgh: 'ⵜⴰⵏⴳⵎⵓⴹⵜ' } },
  { id: 'fes-meknes', iso: 'MA-03', name: { fr: 'Fès-Meknès', en: 'Fès-Meknès', ar: 'فاس مكناس', zgh: 'ⴼⴰⵙ-ⵎⴽⵏⴰⵙ' } },
  {
    id: 'rabat-sale-kenitra',
    iso: 'MA-04',
    name: { fr: 'Rabat-Salé-Kénitra', en: 'Rabat-Salé-Kénitra', ar: 'الرباط سلا القنيطرة', zgh: 'ⵔⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ' },
  },
  {
    id: 'beni-mellal-khenifra',
    iso: 'MA-05',
    name: { fr: 'Béni Mellal-Khénifra', en: 'Béni Mellal-Khénifra', ar: 'بني ملال خنيفرة', zgh: 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵕⴰ' },
  },
  {
    id: 'casablanca-settat',
    iso: 'MA-06',
    name: { fr: 'Casablanca-Settat', en: 'Casablanca-Settat', ar: 'الدار البيضاء سطات', zgh: 'ⵜⵉⴳⵎⵉ ⵜⵓⵎⵍⵉⵍⵜ-ⵙⵟⵟⴰⵜ' },
  },
  {
    id: 'marrakech-safi',
    iso: 'MA-07',
    name: { fr: 'Marrakech-Safi', en: 'Marrakech-Safi', ar: 'مراكش آسفي', zgh: 'ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ' },
  },
  {
    id: 'draa-tafilalet',
    iso: 'MA-08',
    name: { fr: 'Drâa-Tafilalet', en: 'Drâa-Tafilalet', ar: 'درعة تافيلالت', zgh: 'ⴷⴰⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ' },
  },
  {
    id: 'souss-massa',
    iso: 'MA-09',
    name: { fr: 'Souss-Massa', en: 'Souss-Massa', ar: 'سوس ماسة', zgh: 'ⵙⵓⵙⵙ-ⵎⴰⵙⵙⴰ' },
  },
  {
    id: 'guelmim-oued-noun',
    iso: 'MA-10',
    name: { fr: 'Guelmim-Oued Noun', en: 'Guelmim-Oued Noun', ar: 'كلميم واد نون', zgh: 'ⵜⴰⵙⴳⴰ-ⵡⴰⴷ ⵏⵓⵏ' },
  },
  {
    id: 'laayoune-sakia-el-hamra',
    iso: 'MA-11',
    name: {
      fr: 'Laâyoune-Sakia El Hamra',
      en: 'Laâyoune-Sakia El Hamra',
      ar: 'العيون الساقية الحمراء',
      zgh: 'ⵍⵄⵢⵓⵏ-ⵙⴰⵇⵢⴰ ⵍⵃⴰⵎⵔⴰ',
    },
  },
  {
    id: 'dakhla-oued-ed-dahab',
    iso: 'MA-12',
    name: { fr: 'Dakhla-Oued Ed-Dahab', en: 'Dakhla-Oued Ed-Dahab', ar: 'الداخلة وادي الذهب', zgh: 'ⴷⴰⵅⵍⴰ-ⵡⴰⴷ ⴷⴰⵀⴰⴱ' },
  },
];

/** The region named by an id or an ISO code (case-insensitive), if any. */
export function findRegion(key: string): Region | undefined {
  const wanted = key.trim().toLowerCase();
  return REGIONS.find((region) => region.id === wanted || region.iso.toLowerCase() === wanted);
}

/** Region ids from the `regions` attribute; unknown names are warned about and skipped. */
export function parseRegionList(value: string | null | undefined): string[] {
  const ids: string[] = [];
  for (const key of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const region = findRegion(key);
    if (!region)
      console.warn(
        `jiha-widgets: <jiha-geopark-map> regions: "${key.slice(0, 60)}" is not one of Morocco's 12 region ids or MA-01 … MA-12; skipped.`,
      );
    else if (!ids.includes(region.id)) ids.push(region.id);
  }
  return ids;
}
