import type { UiLanguage } from '../../i18n/language.js';
import { writeStructuredData } from '../../structured-data/json-ld-script.js';

export { syncStructuredData } from '../../structured-data/json-ld-script.js';
import { pickText } from '../../i18n/localized-text.js';
import type { Certificate } from './certificate.js';
import { lookupStandard, standardReference } from './standards.js';
import { isInactive, type BadgeState } from './status.js';

/**
 * The schema.org JSON-LD that `structured-data` writes.
 *
 * Why `Certification` and not `EducationalOccupationalCredential`: the
 * latter is a credential a *person* earns (a diploma, a licence), described
 * by `educationalLevel`, `competencyRequired`, `credentialCategory`.
 * `Certification` (schema.org 24, 2024) is "an official and authoritative
 * statement about a subject, for example a product, service, person, or
 * organization": exactly an organisation's management-system certificate,
 * with `about` (the holder), `issuedBy` (the certification body),
 * `certificationIdentification`, `certificationStatus`, `validFrom` and
 * `expires`. The accreditation body has no property of its own there and is
 * left out rather than forced into an unrelated one.
 */
export function certificationJsonLd(certificate: Certificate, state: BadgeState, language: UiLanguage): object {
  const text = (value: Certificate['holder']) => (value === undefined ? undefined : pickText(value, language));
  const holder = text(certificate.holder);
  const issuer = text(certificate.issuer);
  const title = lookupStandard(certificate.number)?.titles[language];
  return {
    '@context': 'https://schema.org',
    '@type': 'Certification',
    name: standardReference(certificate.number, certificate.edition),
    description: text(certificate.scope) ?? title,
    about: holder ? { '@type': 'Organization', name: holder } : undefined,
    issuedBy: issuer ? { '@type': 'Organization', name: issuer } : undefined,
    certificationIdentification: text(certificate.certificate),
    certificationStatus: isInactive(state)
      ? 'https://schema.org/CertificationInactive'
      : 'https://schema.org/CertificationActive',
    validFrom: certificate.issued?.iso,
    expires: certificate.expires?.iso,
    url: certificate.verifyUrl,
    inLanguage: language,
  };
}

/** Writes the badge's Certification JSON-LD into its light DOM (this module is a chunk loaded only for `structured-data`). */
export function writeCertificationJsonLd(
  host: Element,
  certificate: Certificate,
  state: BadgeState,
  language: UiLanguage,
): void {
  writeStructuredData(host, certificationJsonLd(certificate, state, language));
}
