/**
 * The parts of a certificate's details, shared by the card and the seal's
 * popover: the summary (reference, the standard's title, the state line,
 * a superseded edition), the facts as a summary list (label and value
 * columns), the verify link and the IAF note. Call during render, inside
 * `inLanguage()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LanguageContext } from '../../i18n/language.js';
import { pickLocalized, type LocalizedText } from '../../i18n/localized-text.js';
import type { Certificate } from './certificate.js';
import * as texts from './iso-badge.strings.js';
import { stateIcon } from './seal.js';
import { checkEdition, lookupStandard, standardReference } from './standards.js';
import type { BadgeState } from './status.js';

/** IAF CertSearch, the international database of accredited management-system certificates. */
const IAF_CERTSEARCH = 'https://www.iafcertsearch.org';

/** The state's icon and words: never colour alone. */
export function stateLine(badgeState: BadgeState, words: string): TemplateResult {
  return html`<span part="state" class="state state-${badgeState}">${stateIcon(badgeState)}<span class="state-words">${words}</span></span>`;
}

/** A data text in the UI language, with its own `lang` when the data says which. */
function field(value: LocalizedText | undefined, language: LanguageContext): TemplateResult | undefined {
  if (value === undefined) return undefined;
  const picked = pickLocalized(value, language.ui);
  return picked ? html`<bdi lang=${picked.lang ?? nothing}>${picked.text}</bdi>` : undefined;
}

/** Reference ("ISO 9001:2015 certified"), the standard's title, the state with its date, and a superseded edition. */
export function renderSummary(
  certificate: Certificate,
  badgeState: BadgeState,
  language: LanguageContext,
  today: Date,
): TemplateResult {
  const info = lookupStandard(certificate.number);
  const edition = checkEdition(certificate.number, certificate.edition, today);
  return html`<p class="headline"><bdi>${texts.headline(certificate, badgeState)}</bdi></p>
    ${info ? html`<p class="title">${info.titles[language.ui]}</p>` : nothing}
    <p class="status">${stateLine(badgeState, texts.statusPhrase(certificate, badgeState, language))}</p>
    ${
      edition.kind === 'superseded'
        ? html`<p class="superseded">${texts.supersededText(standardReference(certificate.number, edition.by.year))}</p>`
        : nothing
    }`;
}

/** Holder, scope, number, bodies and dates: a summary list, one row per fact the data gives. */
export function renderFacts(certificate: Certificate, language: LanguageContext): TemplateResult {
  const label = texts.labels();
  const rows: Array<[string, unknown]> = [];
  const add = (term: string, value: unknown) => {
    if (value !== undefined) rows.push([term, value]);
  };
  const day = (date: NonNullable<Certificate['issued']>) =>
    html`<time datetime=${date.iso}>${texts.dayText(date.date, language)}</time>`;
  add(label.holder, field(certificate.holder, language));
  add(label.scope, field(certificate.scope, language));
  add(label.certificate, field(certificate.certificate, language));
  add(label.issuer, field(certificate.issuer, language));
  add(label.accreditation, field(certificate.accreditation, language));
  if (certificate.issued) add(label.issued, day(certificate.issued));
  add(label.expires, certificate.expires ? day(certificate.expires) : label.noEndDate);
  return html`<dl class="facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** The link to the certification body's register, when the data gives it. */
export function renderVerify(certificate: Certificate): TemplateResult | typeof nothing {
  return certificate.verifyUrl
    ? html`<p class="verify"><a part="verify" href=${certificate.verifyUrl}>${texts.verifyText()}</a></p>`
    : nothing;
}

/** IAF CertSearch named as the international database, and what a missing entry does not prove. */
export function renderIafNote(part?: string): TemplateResult {
  return html`<p part=${part ?? nothing} class="iaf">${texts.iafIntro()} <a href=${IAF_CERTSEARCH} lang="en" dir="ltr">IAF CertSearch</a>. ${texts.iafAbsence()}</p>`;
}
