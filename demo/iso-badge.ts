/**
 * Fills the demo's badges with the Tanger-Tétouan-Al Hoceïma council's three
 * certificates from the shared facts file. The press gives the certification
 * date (28 December 2023) and body, not the certificate numbers nor the end
 * date: the end date below is derived from the three-year cycle
 * (ISO/IEC 17021-1), and the page says so.
 */
const facts = await (await fetch('/data/iso-standards.json')).json();
const tta = facts.fixture_tta;

/** 28 December 2023 + 3 years − 1 day = 27 December 2026. */
function endOfCycle(obtained: string, years: number): string {
  const date = new Date(`${obtained}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const certificates = (tta.standards as string[]).map((standard) => ({
  standard,
  holder: { fr: tta.holder, ar: tta.holder_ar },
  issuer: { fr: 'Bureau Veritas Maroc', ar: 'مكتب فيريتاس' },
  issued: tta.obtained,
  expires: endOfCycle(tta.obtained, facts.certification_cycle.validity_years),
  verifyUrl: facts.verification.url,
}));

for (const badge of document.querySelectorAll<HTMLElement & { data: unknown }>('jiha-iso-badge[data-tta]')) {
  const index = Number(badge.dataset.tta);
  badge.data = certificates[index];
}

/** The footer width slider (120–600 px), for trying the row in both directions. */
const slider = document.querySelector<HTMLInputElement>('#footer-width');
const output = document.querySelector<HTMLOutputElement>('#footer-width-value');
slider?.addEventListener('input', () => {
  for (const footer of document.querySelectorAll<HTMLElement>('.council-footer'))
    footer.style.setProperty('--footer-width', `${slider.value}px`);
  if (output) output.value = `${slider.value} px`;
});
export {};
