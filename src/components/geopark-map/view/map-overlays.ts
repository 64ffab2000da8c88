/**
 * What the map shows besides Leaflet: the question before tiles from
 * another host (a bar under the drawing area, never over it), the control
 * back to the shapes-only map (beside the credits), and the hint for a
 * gesture the map left to the page (over the map, for a moment). Each is a
 * named part, so that a page (or its print styles) can restyle or hide it.
 * Call during render (inside `inLanguage`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import type { GestureHint } from './gesture-handling.js';

/** The question: one sentence naming the tile host, and one button, on one line where the map is wide enough. */
export function renderConsent(host: string, agree: () => void): TemplateResult {
  return html`<div class="consent" part="consent" data-no-print>
    <p class="consent-text" id="consent-text">
      ${msg(str`The street map comes from ${host}: showing it sends your IP address to that server.`, {
        id: 'geopark.consent.text',
        desc: 'The placeholder is the tile server’s host name, e.g. tile.openstreetmap.org.',
      })}
    </p>
    <button type="button" class="consent-button" part="consent-button" aria-describedby="consent-text" @click=${agree}>
      ${msg('Show the street map', { id: 'geopark.consent.show' })}
    </button>
  </div>`;
}

/** The control back to the shapes-only map, once the visitor agreed here. */
export function renderTilesOff(withdraw: () => void): TemplateResult {
  return html`<button type="button" class="tiles-off" part="tiles-off" data-no-print @click=${withdraw}>
    ${msg('Hide the street map', { id: 'geopark.consent.hide' })}
  </button>`;
}

/** What the polite status line says after the visitor's choice. */
export function consentNews(shown: boolean): string {
  return shown
    ? msg('Street map shown.', { id: 'geopark.consent.shown' })
    : msg('Street map hidden; the map shows region outlines.', { id: 'geopark.consent.hidden' });
}

/** The status line for the visitor's choice: read by screen readers, not shown (the map shows it). */
export function renderConsentStatus(news: string): TemplateResult {
  return html`<p class="visually-hidden" role="status" part="consent-status">${news}</p>`;
}

/** Whether the reader's keyboard has ⌘ rather than Ctrl for the wheel zoom. */
function appleKeyboard(): boolean {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac|iphone|ipad/i.test(data?.platform || navigator.platform || '');
}

function hintText(hint: GestureHint): string {
  if (hint === 'touch') return msg('Use two fingers to move the map', { id: 'geopark.hint.touch' });
  return appleKeyboard()
    ? msg('Use ⌘ + scroll to zoom the map', { id: 'geopark.hint.wheel-mac' })
    : msg('Use Ctrl + scroll to zoom the map', { id: 'geopark.hint.wheel' });
}

/**
 * The gesture hint over the map. The line is always there, empty when no
 * hint shows, so that screen readers announce each hint (a live region that
 * appears with its text is often not read).
 */
export function renderGestureHint(hint: GestureHint | null): TemplateResult {
  return html`<p class="gesture-hint" part="gesture-hint" role="status" data-no-print>${hint ? html`<span>${hintText(hint)}</span>` : nothing}</p>`;
}
