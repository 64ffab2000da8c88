/**
 * The badge's words: state names, the status phrase with its date, and the
 * accessible name ("ISO 9001:2015 certified, <holder>, valid until 27
 * December 2026"). Call during render, inside `inLanguage()`.
 */
import { formatDate } from '../../i18n/format.js';
import type { LanguageContext } from '../../i18n/language.js';
import { msg, str } from '../../i18n/localize.js';
import { pickText } from '../../i18n/localized-text.js';
import type { Certificate } from './certificate.js';
import { standardReference } from './standards.js';
import type { BadgeState } from './status.js';

/** The state in one or two words, shown next to its icon. */
export function stateWord(state: BadgeState): string {
  switch (state) {
    case 'valid':
      return msg('Valid', { id: 'iso.state.valid' });
    case 'expiring':
      return msg('Expires soon', { id: 'iso.state.expiring' });
    case 'expired':
      return msg('Expired', { id: 'iso.state.expired' });
    case 'not-yet-valid':
      return msg('Not yet valid', { id: 'iso.state.not-yet-valid' });
    case 'suspended':
      return msg('Suspended', { id: 'iso.state.suspended' });
    case 'withdrawn':
      return msg('Withdrawn', { id: 'iso.state.withdrawn' });
  }
}

/** A certificate's calendar day, in the element's language. */
export const dayText = (date: Date, language: LanguageContext) => formatDate(date, language, { precision: 'day' });

/** The state with its date: "valid until 27 December 2026", "expired, was valid until …". */
export function statusPhrase(certificate: Certificate, state: BadgeState, language: LanguageContext): string {
  const end = certificate.expires && dayText(certificate.expires.date, language);
  switch (state) {
    case 'valid':
      return end
        ? msg(str`valid until ${end}`, { id: 'iso.phrase.valid-until' })
        : msg('valid', { id: 'iso.phrase.valid' });
    case 'expiring':
      return end
        ? msg(str`expires soon, valid until ${end}`, { id: 'iso.phrase.expiring' })
        : msg('expires soon', { id: 'iso.phrase.expiring-no-date' });
    case 'expired':
      return end
        ? msg(str`expired, was valid until ${end}`, { id: 'iso.phrase.expired' })
        : msg('expired', { id: 'iso.phrase.expired-no-date' });
    case 'not-yet-valid': {
      const start = certificate.issued && dayText(certificate.issued.date, language);
      return start
        ? msg(str`not yet valid, valid from ${start}`, { id: 'iso.phrase.not-yet-valid' })
        : msg('not yet valid', { id: 'iso.phrase.not-yet-valid-no-date' });
    }
    case 'suspended':
      return end
        ? msg(str`suspended, end date ${end}`, { id: 'iso.phrase.suspended' })
        : msg('suspended', { id: 'iso.phrase.suspended-no-date' });
    case 'withdrawn':
      return end
        ? msg(str`withdrawn, end date ${end}`, { id: 'iso.phrase.withdrawn' })
        : msg('withdrawn', { id: 'iso.phrase.withdrawn-no-date' });
  }
}

/** "ISO 9001:2015 certified" while the certificate holds, "ISO 9001:2015 certificate" otherwise: never claim a lapsed certification. */
export function headline(certificate: Certificate, state: BadgeState): string {
  const reference = standardReference(certificate.number, certificate.edition);
  return state === 'valid' || state === 'expiring'
    ? msg(str`${reference} certified`, { id: 'iso.certified' })
    : msg(str`${reference} certificate`, { id: 'iso.certificate' });
}

/** Standard, holder, status and end date, joined as the language punctuates a list. */
export function accessibleName(certificate: Certificate, state: BadgeState, language: LanguageContext): string {
  const holder = certificate.holder === undefined ? undefined : pickText(certificate.holder, language.ui);
  return [headline(certificate, state), holder, statusPhrase(certificate, state, language)]
    .filter((part): part is string => Boolean(part))
    .join(msg(', ', { id: 'iso.separator' }));
}

/** The labels of the details list. */
export function labels() {
  return {
    holder: msg('Holder', { id: 'iso.label.holder' }),
    scope: msg('Scope', { id: 'iso.label.scope' }),
    certificate: msg('Certificate number', { id: 'iso.label.certificate' }),
    issuer: msg('Certification body', { id: 'iso.label.issuer' }),
    accreditation: msg('Accreditation body', { id: 'iso.label.accreditation' }),
    issued: msg('Issued', { id: 'iso.label.issued' }),
    expires: msg('Valid until', { id: 'iso.label.expires' }),
    noEndDate: msg('End date not given', { id: 'iso.label.no-end-date' }),
  };
}

export function supersededText(newer: string): string {
  return msg(str`Superseded edition: ${newer} has replaced it.`, { id: 'iso.superseded' });
}

export const verifyText = () => msg('Verify in the certification body’s register', { id: 'iso.verify' });
export const iafIntro = () => msg('International database of accredited certificates:', { id: 'iso.iaf.intro' });
export const iafAbsence = () =>
  msg(
    'A certificate missing there is not proof that it is false: not every certification body lists all its certificates.',
    { id: 'iso.iaf.absence' },
  );
export const detailsText = () => msg('Certificate details', { id: 'iso.details' });
export const closeText = () => msg('Close', { id: 'iso.close' });
