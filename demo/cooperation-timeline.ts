/**
 * The real cooperation timeline: data/timeline.json as the shared file gives
 * it (Arabic and English titles). For the French timeline the demo adds
 * French titles, our own translations of the file's English ones, keyed by
 * event position; the element reads `title_fr` like any `title_<language>`.
 */
const FRENCH_TITLES = [
  'Lancement du projet de géoparc du M’Goun (convention-cadre région de Tadla-Azilal et APPGM)',
  'Le projet du M’Goun et le musée du géoparc d’Azilal présentés au roi Mohammed VI',
  'Le M’Goun rejoint le Réseau mondial des géoparcs (6e conférence internationale, Stonehammer, Canada, septembre 2014)',
  'Le décret 2.15.10 (20 février 2015) fixant les 12 régions publié au Bulletin officiel n° 6340',
  'La Conférence générale de l’UNESCO crée le label « Géoparc mondial UNESCO » (le M’Goun en devient un)',
  'Le Maroc rejoint le Partenariat pour un gouvernement ouvert (niveau national)',
  'Le géoparc mondial UNESCO du M’Goun revalidé',
  'Le conseil régional de TTA lance les ateliers de co-création OGP (4-13 mars 2020, avec Tasharoc)',
  'La candidature de TTA à OGP Local passe la présélection (lettre de soutien envoyée le 30 septembre)',
  'Le conseil régional de TTA admis à OGP Local : première entité de la région MENA dans le programme',
  'TTA soumet son premier plan d’action OGP Local (2021-2023, jusqu’en novembre 2023)',
  'La région Béni Mellal-Khénifra (et la commune de Tétouan) sélectionnée pour OGP Local (28 nouveaux membres, 18 pays, 63 candidats)',
  'Le géoparc du M’Goun revalidé après une mission UNESCO d’une semaine',
  'Réunion régionale OGP Afrique et Moyen-Orient, Marrakech (1er-3 novembre 2022)',
  'Béni Mellal-Khénifra soumet son plan d’action OGP Local 2022-2027 (adopté en séance de co-création le 23 novembre 2022 ; jusqu’en juin 2027)',
  '10e conférence internationale des géoparcs mondiaux UNESCO, Marrakech (excursions à Azilal et au M’Goun)',
  'Le conseil régional de TTA obtient les certifications ISO 9001:2015, ISO 14001:2015 et ISO 45001:2018 : première collectivité territoriale du Maroc (organisme : Bureau Veritas ; conseil : 3P)',
  'Cérémonie à Tanger : Veritas remet les trois certificats ISO au président du conseil, Omar Moro',
  'Quatre autres régions marocaines et la commune d’Agadir sélectionnées pour OGP Local (50 nouveaux membres, 34 pays)',
  'Journée d’information sur la candidature UNESCO du géoparc de Chefchaouen (hôtel Parador, Chefchaouen)',
  'Mission d’évaluation des experts de l’UNESCO au géoparc de Chefchaouen',
  'TTA soumet son deuxième plan d’action OGP Local (2025-2026), avec un comité participatif de 30 membres et le portail ouvert.crtta.ma',
  'L’UNESCO désigne 16 nouveaux géoparcs mondiaux (229 dans 50 pays) : aucun site marocain',
  'Une délégation de Béni Mellal-Khénifra (A. Rabhi, D. Achbal) reçue par le conseil de TTA (O. Moro) à Tanger pour étudier son parcours de certification ISO',
  'Sada Al Maghrib publie « جهتي بني ملال-خنيفرة وطنجة-تطوان-الحسيمة: شراكة استراتيجية … » (article source)',
  'Fin du premier cycle de certification ISO de trois ans du conseil de TTA (audit de renouvellement attendu)',
];

type Timeline = { events: Array<Record<string, unknown>> };

const data = (await (await fetch('/data/timeline.json')).json()) as Timeline;
const withFrench: Timeline = {
  ...data,
  events: data.events.map((event, i) => (FRENCH_TITLES[i] ? { ...event, title_fr: FRENCH_TITLES[i] } : event)),
};

for (const element of document.querySelectorAll<HTMLElement & { data: unknown }>(
  'jiha-cooperation-timeline[data-french]',
)) {
  element.data = withFrench;
}
export {};
