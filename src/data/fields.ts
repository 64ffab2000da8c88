/**
 * Readers for fields of untrusted data. Each returns undefined for a missing
 * field (a missing optional field is not an error) and throws `invalid-data`
 * naming the field for a value of the wrong type, so an editor learns what
 * to correct.
 */
import { JihaError } from '../core/errors.js';
import { parseIsoDate, type DateValue } from '../i18n/dates.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { safeUrl, type UrlKind } from '../security/safe-url.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const missing = (value: unknown) => value === undefined || value === null || value === '';

/** A plain string, or an object of strings keyed by language. */
export function readText(value: unknown, field: string): LocalizedText | undefined {
  if (missing(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // An object keeps its texts (at least one).
  const texts = isObject(value) ? Object.entries(value).filter(([, text]) => typeof text === 'string') : [];
  if (texts.length) return Object.fromEntries(texts) as Record<string, string>;
  throw mustBe(field, 'a text or {language: text}', value);
}

/** A required text: like readText, but missing is an error too. */
export function requireText(value: unknown, field: string): LocalizedText {
  const text = readText(value, field);
  if (text === undefined) throw new JihaError('invalid-data', `${field} is missing`);
  return text;
}

/** A number ≥ 0 (a numeric string counts). */
export function readCount(value: unknown, field: string): number | undefined {
  if (missing(value)) return undefined;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw mustBe(field, 'a number ≥ 0', value);
  }
  return n;
}

/** An ISO 8601 date or date-time. */
export function readDate(value: unknown, field: string): DateValue | undefined {
  if (missing(value)) return undefined;
  const date = parseIsoDate(value);
  if (!date) throw mustBe(field, 'an ISO 8601 date (2026-01-17, 2026-01-17T20:22+01:00)', value);
  return date;
}

/** A URL kept only when its scheme is allowed; a dropped one is a warning, not an error. */
export function readUrl(value: unknown, kind: UrlKind, field: string): string | undefined {
  if (missing(value)) return undefined;
  if (typeof value !== 'string') throw mustBe(field, 'a URL text', value);
  return safeUrl(value, kind, field);
}

/** The `invalid-data` error for `field`: what it must be, and what it is. */
export function mustBe(field: string, what: string, value: unknown): JihaError {
  return new JihaError('invalid-data', `${field} must be ${what}, not ${describe(value)}`);
}

/** A short description of a wrong value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
