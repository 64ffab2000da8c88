/**
 * The 12 regions of Morocco (2015 division): ids, ISO 3166-2 codes and
 * names. A chunk of its own, loaded by the element only when data names a
 * region or the `regions` attribute lists some (region-loader.ts), so that
 * the list and popups can name a region before (or without) its shape. The
 * shapes are another chunk (region-shapes.ts), loaded only when a map draws
 * them.
 */
import type { Region } from './region-types.js';

/**
 * In ISO order: MA-01 … MA-12. Names from data/morocco-regions-12.geojson;
 * bounds are the box around each shape the map draws
 * (regions-topology.generated.ts), rounded outwards to 0.01°
 * (test/components/geopark-map/popup-fit.test.ts checks them).
 */
export const REGIONS: readonly Region[] = [
  {
    id: 'tanger-tetouan-al-hoceima',
    iso: 'MA-01',
    bounds: [
      [34.51, -6.25],
      [35.92, -3.8],
    ],
    name: {
      fr: 'Tanger-Tétouan-Al Hoceïma',
      en: 'Tanger-Tétouan-Al Hoceïma',
      ar: 'طنجة تطوان الحسيمة',
      zgh: 'ⵟⴰⵏⵊ-ⵟⵉⵜⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ',
    },
  },
  {
    id: 'oriental',
    iso: 'MA-02',
    bounds: [
      [31.71, -4.13],
      [35.44, -0.99],
    ],
    name: { fr: "L'Oriental", en: 'Oriental', ar: 'الشرق', zgh: 'ⵜⴰⵏⴳⵎⵓⴹⵜ' },
  },
  {
    id: 'fes-meknes',
    iso: 'MA-03',
    bounds: [
      [32.6, -5.89],
      [34.89, -2.89],
    ],
    name: { fr: 'Fès-Meknès', en: 'Fès-Meknès', ar: 'فاس مكناس', zgh: 'ⴼⴰⵙ-ⵎⴽⵏⴰⵙ' },
  },
  {
    id: 'rabat-sale-kenitra',
    iso: 'MA-04',
    bounds: [
      [33.14, -7.13],
      [35.02, -5.31],
    ],
    name: { fr: 'Rabat-Salé-Kénitra', en: 'Rabat-Salé-Kénitra', ar: 'الرباط سلا القنيطرة', zgh: 'ⵔⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ' },
  },
  {
    id: 'beni-mellal-khenifra',
    iso: 'MA-05',
    bounds: [
      [31.33, -7.33],
      [33.48, -5.24],
    ],
    name: { fr: 'Béni Mellal-Khénifra', en: 'Béni Mellal-Khénifra', ar: 'بني ملال خنيفرة', zgh: 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵕⴰ' },
  },
  {
    id: 'casablanca-settat',
    iso: 'MA-06',
    bounds: [
      [32.29, -9.06],
      [33.84, -6.75],
    ],
    name: { fr: 'Casablanca-Settat', en: 'Casablanca-Settat', ar: 'الدار البيضاء سطات', zgh: 'ⵜⵉⴳⵎⵉ ⵜⵓⵎⵍⵉⵍⵜ-ⵙⵟⵟⴰⵜ' },
  },
  {
    id: 'marrakech-safi',
    iso: 'MA-07',
    bounds: [
      [30.78, -9.85],
      [32.82, -7],
    ],
    name: { fr: 'Marrakech-Safi', en: 'Marrakech-Safi', ar: 'مراكش آسفي', zgh: 'ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ' },
  },
  {
    id: 'draa-tafilalet',
    iso: 'MA-08',
    bounds: [
      [29.48, -7.76],
      [33.1, -3.11],
    ],
    name: { fr: 'Drâa-Tafilalet', en: 'Drâa-Tafilalet', ar: 'درعة تافيلالت', zgh: 'ⴷⴰⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ' },
  },
  {
    id: 'souss-massa',
    iso: 'MA-09',
    bounds: [
      [28.31, -10.01],
      [31.17, -6.35],
    ],
    name: { fr: 'Souss-Massa', en: 'Souss-Massa', ar: 'سوس ماسة', zgh: 'ⵙⵓⵙⵙ-ⵎⴰⵙⵙⴰ' },
  },
  {
    id: 'guelmim-oued-noun',
    iso: 'MA-10',
    bounds: [
      [27.13, -11.79],
      [29.64, -8.66],
    ],
    name: { fr: 'Guelmim-Oued Noun', en: 'Guelmim-Oued Noun', ar: 'كلميم واد نون', zgh: 'ⵜⴰⵙⴳⴰ-ⵡⴰⴷ ⵏⵓⵏ' },
  },
  {
    id: 'laayoune-sakia-el-hamra',
    iso: 'MA-11',
    bounds: [
      [24.38, -14.91],
      [28.21, -8.66],
    ],
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
    bounds: [
      [20.8, -17.11],
      [24.69, -12],
    ],
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
