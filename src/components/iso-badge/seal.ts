/**
 * The badge's own drawings: a round seal with the standard's number and
 * edition, and one icon per state. Never the ISO logo: ISO forbids its use
 * in connection with certification; the seal is a rosette of our own with
 * the reference written as text, as ISO asks ("ISO 9001:2015").
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { BadgeState } from './status.js';

/** A 24-lobed rosette edge, computed once: the seal's outline. */
const ROSETTE = (() => {
  const points: string[] = [];
  const lobes = 24;
  for (let i = 0; i < lobes * 2; i += 1) {
    const angle = (Math.PI * i) / lobes - Math.PI / 2;
    const radius = i % 2 === 0 ? 49 : 45.5;
    points.push(`${(50 + radius * Math.cos(angle)).toFixed(2)},${(50 + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join('L')}Z`;
})();

/** Font size that keeps the number inside the inner ring: `9001`, `22301`, `20000-1`. */
const numberSize = (number: string) => (number.length <= 4 ? 23 : number.length === 5 ? 19 : 14);

/**
 * Separates the seal's words in its text content ("ISO 9001 2015", not
 * "ISO90012015"): the text of sibling `<text>` elements is joined as it is,
 * and label-in-name checks (WCAG 2.5.3, axe) compare those words with the
 * button's name. SVG drops a leading or trailing space when it draws the text.
 */
const WORD_GAP = ' ';

/** The seal for `prefix number:edition`; decorative (the button around it carries the name). */
export function sealSvg(prefix: string, number: string, edition: number | undefined): SVGTemplateResult {
  return svg`<svg class="seal-svg" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    <path class="seal-edge" d=${ROSETTE}></path>
    <circle class="seal-ring" cx="50" cy="50" r="38"></circle>
    <circle class="seal-ring-inner" cx="50" cy="50" r="34.5"></circle>
    <text class="seal-prefix" x="50" y=${edition ? 37 : 41} text-anchor="middle" font-size=${prefix.length > 3 ? 8 : 10.5}>${prefix}${WORD_GAP}</text>
    <text class="seal-number" x="50" y=${edition ? 59 : 63} text-anchor="middle" font-size=${numberSize(number)}>${number}</text>
    ${edition ? svg`<text class="seal-edition" x="50" y="74" text-anchor="middle" font-size="11">${WORD_GAP}${edition}</text>` : null}
  </svg>`;
}

const ICON_PATHS: Record<BadgeState, SVGTemplateResult> = {
  valid: svg`<circle cx="12" cy="12" r="9.5"></circle><path d="M7.5 12.5l3 3 6-6.5"></path>`,
  expiring: svg`<circle cx="12" cy="12" r="9.5"></circle><path d="M12 6.5V12l3.5 2.5"></path>`,
  expired: svg`<circle cx="12" cy="12" r="9.5"></circle><path d="M8.5 8.5l7 7M15.5 8.5l-7 7"></path>`,
  'not-yet-valid': svg`<path d="M7 3.5h10M7 20.5h10M8 3.5c0 5 8 4 8 8.5s-8 3.5-8 8.5M16 3.5c0 5-8 4-8 8.5s8 3.5 8 8.5"></path>`,
  suspended: svg`<circle cx="12" cy="12" r="9.5"></circle><path d="M10 8.5v7M14 8.5v7"></path>`,
  withdrawn: svg`<circle cx="12" cy="12" r="9.5"></circle><path d="M5.5 5.5l13 13"></path>`,
};

/** The state's icon; decorative, always next to the state's words. */
export function stateIcon(state: BadgeState): SVGTemplateResult {
  return svg`<svg class="state-icon" part="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${ICON_PATHS[state]}</svg>`;
}
