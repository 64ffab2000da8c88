/**
 * The certificate a badge shows, read from untrusted data (the `data`
 * property, inline JSON, `src`) or from attributes. Throws `invalid-data`
 * naming the field an editor must correct; never throws anything else.
 */
import { JihaError } from '../../core/errors.js';
import { parseIsoDate, type DateValue } from '../../i18n/dates.js';
import { describe, isObject, readText, readUrl } from '../../data/fields.js';
import type { LocalizedText } from '../../i18n/localized-text.js';
import { parseStandard } from './standards.js';
import type { StatusOverride } from './status.js';

export interface Certificate {
  /** The standard's number, `9001`; unknown numbers are kept as given. */
  number: string;
  /** The edition year, when the data gives one. */
  edition?: number;
  holder?: LocalizedText;
  /** The certificate number. */
  certificate?: LocalizedText;
  /** The certification body. */
  issuer?: LocalizedText;
  /** The accreditation body of the certification body. */
  accreditation?: LocalizedText;
  scope?: LocalizedText;
  /** Calendar days (day precision). */
  issued?: DateValue;
  expires?: DateValue;
  override?: StatusOverride;
  /** The certification body's register entry (http, https, mailto or relative). */
  verifyUrl?: string;
}

/** The raw fields, whatever their source, and the names to quote in errors. */
export interface CertificateFields {
  standard: unknown;
  edition: unknown;
  holder: unknown;
  certificate: unknown;
  issuer: unknown;
  accreditation: unknown;
  scope: unknown;
  issued: unknown;
  expires: unknown;
  status: unknown;
  verifyUrl: unknown;
}

type FieldNames = Record<keyof CertificateFields, string>;

const DATA_NAMES: FieldNames = {
  standard: 'standard',
  edition: 'edition',
  holder: 'holder',
  certificate: 'certificate',
  issuer: 'issuer',
  accreditation: 'accreditation',
  scope: 'scope',
  issued: 'issued',
  expires: 'expires',
  status: 'status',
  verifyUrl: 'verifyUrl',
};

/** Attribute names, for errors in markup. */
export const ATTRIBUTE_NAMES: FieldNames = { ...DATA_NAMES, verifyUrl: 'verify-url' };

const missing = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function readStandard(value: unknown, field: string): { number: string; edition?: number } {
  if (missing(value))
    throw new JihaError('invalid-data', `${field} is missing: give the standard's number, such as "ISO 9001:2015"`);
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  const parsed = typeof text === 'string' ? parseStandard(text) : undefined;
  if (!parsed)
    throw new JihaError(
      'invalid-data',
      `${field} must be a standard such as 9001, "ISO 9001" or "ISO 9001:2015", not ${describe(value)}`,
    );
  return parsed;
}

function readEdition(value: unknown, field: string): number | undefined {
  if (missing(value)) return undefined;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (!text || !/^(19|20)\d\d$/.test(text))
    throw new JihaError('invalid-data', `${field} must be the edition's year, such as 2015, not ${describe(value)}`);
  return Number(text);
}

/** A full calendar date; a date-time counts by its written date (a certificate's dates are days). */
function readDay(value: unknown, field: string): DateValue | undefined {
  if (missing(value)) return undefined;
  const parsed = parseIsoDate(value);
  const day =
    parsed && (parsed.precision === 'day' || parsed.precision === 'minute')
      ? parseIsoDate(parsed.iso.slice(0, 10))
      : undefined;
  if (!day)
    throw new JihaError('invalid-data', `${field} must be a full date such as 2026-12-27, not ${describe(value)}`);
  return day;
}

function readOverride(value: unknown, field: string): StatusOverride | undefined {
  if (missing(value)) return undefined;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (text === 'suspended' || text === 'withdrawn') return text;
  // A CMS may write the computed states' words: they impose nothing.
  if (text === 'active' || text === 'valid' || text === 'auto') return undefined;
  throw new JihaError(
    'invalid-data',
    `${field} must be "suspended" or "withdrawn" (or left out), not ${describe(value)}`,
  );
}

/** Reads the fields into a certificate; `names` are the names quoted in errors. */
export function readCertificate(fields: CertificateFields, names: FieldNames = DATA_NAMES): Certificate {
  const standard = readStandard(fields.standard, names.standard);
  const edition = readEdition(fields.edition, names.edition);
  if (standard.edition !== undefined && edition !== undefined && standard.edition !== edition) {
    throw new JihaError(
      'invalid-data',
      `${names.standard} names the ${standard.edition} edition but ${names.edition} says ${edition}: give one year`,
    );
  }
  const issued = readDay(fields.issued, names.issued);
  const expires = readDay(fields.expires, names.expires);
  if (issued && expires && issued.date.getTime() > expires.date.getTime()) {
    throw new JihaError('invalid-data', `${names.issued} (${issued.iso}) is after ${names.expires} (${expires.iso})`);
  }
  return {
    number: standard.number,
    edition: standard.edition ?? edition,
    holder: readText(fields.holder, names.holder),
    certificate: readText(fields.certificate, names.certificate),
    issuer: readText(fields.issuer, names.issuer),
    accreditation: readText(fields.accreditation, names.accreditation),
    scope: readText(fields.scope, names.scope),
    issued,
    expires,
    override: readOverride(fields.status, names.status),
    verifyUrl: readUrl(fields.verifyUrl, 'link', names.verifyUrl),
  };
}

/** Data from `data`, inline JSON or `src`: one object with the attributes' fields in camelCase. */
export function parseCertificate(input: unknown): Certificate {
  if (Array.isArray(input))
    throw new JihaError('unsupported-format', 'the data is a list; a badge shows one certificate (an object)');
  if (!isObject(input)) throw new JihaError('invalid-data', `the data must be an object, not ${describe(input)}`);
  return readCertificate({
    standard: input.standard,
    edition: input.edition,
    holder: input.holder,
    certificate: input.certificate,
    issuer: input.issuer,
    accreditation: input.accreditation,
    scope: input.scope,
    issued: input.issued,
    expires: input.expires,
    status: input.status,
    verifyUrl: input.verifyUrl,
  });
}
