/**
 * The ISO badge's fallback markup: the standard, holder, status in words
 * and end date (`<time datetime>`), and the verify link. Uses the badge's
 * strings (`iso` group): call inside `inLanguage()` with them loaded.
 */
import type { Certificate } from '../components/iso-badge/certificate.js';
import { dayText, headline, labels, stateWord, verifyText } from '../components/iso-badge/iso-badge.strings.js';
import type { BadgeState } from '../components/iso-badge/status.js';
import type { LanguageContext } from '../i18n/language.js';
import { pickLocalized } from '../i18n/localized-text.js';
import { escapeAttribute, escapeText, langAttribute } from './escape.js';

export function isoBadgeFallback(certificate: Certificate, state: BadgeState, language: LanguageContext): string {
  const label = labels();
  const holder = certificate.holder === undefined ? undefined : pickLocalized(certificate.holder, language.ui);
  const lines = [
    `<p><strong>${escapeText(headline(certificate, state))}</strong>${holder ? ` – <span${langAttribute(holder.lang)}>${escapeText(holder.text)}</span>` : ''}</p>`,
  ];
  const end = certificate.expires
    ? `${escapeText(label.expires)} <time datetime="${escapeAttribute(certificate.expires.iso)}">${escapeText(dayText(certificate.expires.date, language))}</time>`
    : escapeText(label.noEndDate);
  lines.push(`<p>${escapeText(stateWord(state))} – ${end}</p>`);
  if (certificate.verifyUrl)
    lines.push(`<p><a href="${escapeAttribute(certificate.verifyUrl)}">${escapeText(verifyText())}</a></p>`);
  return lines.join('\n');
}
