/**
 * The built-in data: Morocco's geoparks and their main sites, in the
 * contract's GeoJSON shape. Facts from data/geoparks.geojson (sources cited
 * there). Statuses are stated as the sources give them: M'Goun is a UNESCO
 * Global Geopark (Global Geoparks Network 2014, UNESCO label since 2015);
 * Chefchaouen is an *aspiring* UNESCO Global Geopark, not designated in any
 * stored source (it is not among the 16 designated on 17 April 2025).
 * Site coordinates, and the Chefchaouen geopark's point, are estimates
 * (± 5–10 km) marked as such in the reference file.
 */
type Names = { ar: string; fr: string; en: string; zgh: string };

interface DefaultFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string;
    name: Names;
    status: 'unesco-global-geopark' | 'aspiring' | 'site';
    region: string;
    geopark?: string;
    designated?: number;
    areaKm2?: number;
    url?: string;
    summary?: Names;
  };
}

const site = (
  id: string,
  geopark: string,
  region: string,
  coordinates: [number, number],
  name: Names,
): DefaultFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { id, name, status: 'site', region, geopark },
});

const BMK = 'beni-mellal-khenifra';
const TTA = 'tanger-tetouan-al-hoceima';

export const DEFAULT_GEOPARKS: { type: 'FeatureCollection'; features: DefaultFeature[] } = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-6.5694, 31.9669] },
      properties: {
        id: 'mgoun',
        name: {
          en: "M'Goun UNESCO Global Geopark",
          fr: "Géoparc mondial UNESCO du M'Goun",
          ar: 'جيوبارك مكون العالمي لليونسكو',
          zgh: 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ ⵏ ⵎⴳⵓⵏ',
        },
        status: 'unesco-global-geopark',
        region: BMK,
        designated: 2014,
        areaKm2: 5730,
        summary: {
          en: "Morocco's first geopark, and the first in Africa and the Arab world: in the Global Geoparks Network since 2014, a UNESCO Global Geopark since UNESCO created the label in 2015. Dinosaur footprints, the Imi n'Ifri natural bridge and the M'Goun massif (4,071 m).",
          fr: "Premier géoparc du Maroc, d'Afrique et du monde arabe : membre du Réseau mondial des géoparcs depuis 2014, géoparc mondial UNESCO depuis la création du label en 2015. Empreintes de dinosaures, pont naturel d'Imi n'Ifri et massif du M'Goun (4 071 m).",
          ar: 'أول جيوبارك في المغرب وإفريقيا والعالم العربي: عضو في الشبكة العالمية للجيوباركات منذ 2014، وجيوبارك عالمي لليونسكو منذ إحداث هذه التسمية سنة 2015. آثار أقدام الديناصورات، والقنطرة الطبيعية إمي نفري، وكتلة مكون الجبلية (4071 م).',
          zgh: 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⵣⵡⴰⵔⵓ ⴳ ⵍⵎⵖⵔⵉⴱ, ⴳ ⵜⴰⴼⵔⵉⵇⵜ ⴷ ⵓⵎⴰⴹⴰⵍ ⴰⵄⵔⴰⴱ: ⴳ ⵓⵥⵟⵟⴰ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵉⵊⵢⵓⴱⴰⵔⴽⵏ ⵙⴳ 2014, ⴷ ⴰⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ ⵙⴳ 2015. ⵉⵣⵔⵉⵡⵏ ⵏ ⵉⴷⵉⵏⵓⵚⵓⵔⵏ, ⵜⵉⵇⵏⵟⵕⵜ ⵜⴰⴳⴰⵎⴰⵏⵜ ⵏ ⵉⵎⵉ ⵏ ⵉⴼⵔⵉ ⴷ ⵓⴷⵔⴰⵔ ⵏ ⵎⴳⵓⵏ (4071 ⵎ).',
        },
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-5.15, 35.2] },
      properties: {
        id: 'chefchaouen',
        name: {
          en: 'Chefchaouen Geopark',
          fr: 'Géoparc de Chefchaouen',
          ar: 'جيوبارك شفشاون',
          zgh: 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵛⴼⵛⴰⵡⵏ',
        },
        status: 'aspiring',
        region: TTA,
        areaKm2: 1940,
        url: 'https://geoparc-chefchaouen.ma/',
        summary: {
          en: 'An aspiring UNESCO Global Geopark, not designated: a UNESCO evaluation mission visited in 2024, and no designation had been announced by early 2026. About 1,940 km² around Talassemtane National Park and the Ghomara coast, in the provinces of Chefchaouen and Tétouan.',
          fr: "Géoparc candidat au label de géoparc mondial UNESCO, non labellisé : une mission d'évaluation de l'UNESCO l'a visité en 2024, et aucune labellisation n'était annoncée début 2026. Environ 1 940 km² autour du parc national de Talassemtane et de la côte de Ghomara, dans les provinces de Chefchaouen et de Tétouan.",
          ar: 'جيوبارك مرشح لتسمية جيوبارك عالمي لليونسكو، ولم يُصنَّف بعد: زارته بعثة تقييم من اليونسكو سنة 2024، ولم يُعلَن عن تصنيفه إلى حدود بداية 2026. يمتد على نحو 1940 كلم² حول المنتزه الوطني تلاسمطان وساحل غمارة، في إقليمي شفشاون وتطوان.',
          zgh: 'ⴰⵊⵢⵓⴱⴰⵔⴽ ⵉⵙⵓⵜⵔⵏ ⴰⵙⵎⵉⵍ ⵏ ⵓⵊⵢⵓⴱⴰⵔⴽ ⴰⵎⴰⴹⵍⴰⵏ ⵏ ⵢⵓⵏⵉⵙⴽⵓ, ⵓⵔ ⵜ ⵉⵍⴽⵉⵎ ⵢⴰⴷ: ⵜⵔⵣⴰ ⵜ ⵜⵎⵙⵙⵓⵜⵍⵜ ⵏ ⵓⵙⴼⵔⵓ ⵏ ⵢⵓⵏⵉⵙⴽⵓ ⴳ 2024, ⵓⵔ ⴷ ⵉⵜⵜⵓⵙⵙⵓⴳⵔ ⵓⵙⵎⵉⵍ ⴰⵔ ⵜⵉⵣⵡⵉⵔⵉ ⵏ 2026. ⵎⴰⵙ 1940 ⴽⵎ² ⵏⵣⴷⴰⵜ ⵉ ⵓⵎⵙⵓⵔⵙ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⴰⵍⴰⵙⵎⵟⴰⵏ ⴷ ⵓⴼⵓⵙ ⵏ ⵖⵓⵎⴰⵔⴰ, ⴳ ⵜⵙⴳⵉⵡⵉⵏ ⵏ ⵛⴼⵛⴰⵡⵏ ⴷ ⵜⵉⵟⵟⴰⵡⵉⵏ.',
        },
      },
    },
    site('azilal-museum', 'mgoun', BMK, [-6.5694, 31.9669], {
      en: "M'Goun Geopark Museum, Azilal",
      fr: "Musée du géoparc du M'Goun, Azilal",
      ar: 'متحف جيوبارك مكون بأزيلال',
      zgh: 'ⴰⵙⴰⵔⴰⴳ ⵏ ⵓⵊⵢⵓⴱⴰⵔⴽ ⵏ ⵎⴳⵓⵏ, ⴰⵣⵉⵍⴰⵍ',
    }),
    site('iouaridene', 'mgoun', BMK, [-6.93, 31.63], {
      en: 'Dinosaur footprints of Iouaridène (Demnate)',
      fr: "Empreintes de dinosaures d'Iouaridène (Demnate)",
      ar: 'آثار الديناصورات بإيواريدن (دمنات)',
      zgh: 'ⵉⵣⵔⵉⵡⵏ ⵏ ⵉⴷⵉⵏⵓⵚⵓⵔⵏ ⵏ ⵉⵡⴰⵔⵉⴷⵏ (ⴷⵎⵏⴰⵜ)',
    }),
    site('ait-bouguemez', 'mgoun', BMK, [-6.45, 31.65], {
      en: 'Aït Bouguemez valley (Tabant)',
      fr: 'Vallée des Aït Bouguemez (Tabant)',
      ar: 'وادي أيت بوكماز (تابانت)',
      zgh: 'ⴰⵖⵣⵔ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ (ⵜⴰⴱⴰⵏⵜ)',
    }),
    site('imsfrane-cathedral', 'mgoun', BMK, [-6.2, 32], {
      en: 'Cathedral rock of Imsfrane',
      fr: "Rocher de la Cathédrale d'Imsfrane",
      ar: 'كاتدرائية مسفران',
      zgh: 'ⵜⴰⴽⴰⵜⵉⴷⵔⴰⵍⵜ ⵏ ⵉⵎⵙⴼⵔⴰⵏ',
    }),
    site('imi-n-ifri', 'mgoun', BMK, [-6.97, 31.72], {
      en: "Imi n'Ifri natural bridge (Demnate)",
      fr: "Pont naturel d'Imi n'Ifri (Demnate)",
      ar: 'القنطرة الطبيعية إمي نفري بدمنات',
      zgh: 'ⵜⵉⵇⵏⵟⵕⵜ ⵜⴰⴳⴰⵎⴰⵏⵜ ⵏ ⵉⵎⵉ ⵏ ⵉⴼⵔⵉ (ⴷⵎⵏⴰⵜ)',
    }),
    site('ouzoud', 'mgoun', BMK, [-6.719, 32.015], {
      en: 'Ouzoud falls',
      fr: "Cascades d'Ouzoud",
      ar: 'شلالات أوزود',
      zgh: 'ⵉⵙⵓⵔⴰⴼ ⵏ ⵓⵣⵓⴷ',
    }),
    site('bin-el-ouidane', 'mgoun', BMK, [-6.46, 32.1], {
      en: 'Bin el Ouidane lake',
      fr: 'Lac de Bin el Ouidane',
      ar: 'بحيرة بين الويدان',
      zgh: 'ⴰⵎⴷⴰ ⵏ ⴱⵉⵏ ⵍⵡⵉⴷⴰⵏ',
    }),
    site('zaouiat-ahansal', 'mgoun', BMK, [-6.1, 31.83], {
      en: 'Zaouiat Ahansal',
      fr: 'Zaouiat Ahansal',
      ar: 'زاوية أحنصال',
      zgh: 'ⵣⴰⵡⵉⵜ ⴰⵃⴰⵏⵚⴰⵍ',
    }),
    // The crest is the geopark's southern limit and roughly the MA-05/MA-08 boundary.
    site('ighil-mgoun', 'mgoun', BMK, [-6.45, 31.505], {
      en: "Ighil M'Goun summit (4,071 m)",
      fr: "Sommet de l'Ighil M'Goun (4 071 m)",
      ar: 'قمة إغيل مكون (4071 م)',
      zgh: 'ⵉⵖⵉⵍ ⵎⴳⵓⵏ (4071 ⵎ)',
    }),
    site('chefchaouen-town', 'chefchaouen', TTA, [-5.2636, 35.1688], {
      en: 'Chefchaouen (town)',
      fr: 'Chefchaouen (ville)',
      ar: 'مدينة شفشاون',
      zgh: 'ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⵛⴼⵛⴰⵡⵏ',
    }),
  ],
};
