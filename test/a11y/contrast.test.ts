/**
 * Contrast at WCAG 2.2 AA from computed colours, for every variant and
 * state of the four elements, in the light and dark schemes and under
 * forced colours, in French (ltr) and Arabic (rtl): every drawn text
 * (4.5:1, large 3:1), the non-text parts that carry meaning (state icons,
 * map markers and highlighted regions, pressed toggles: 3:1), and the focus
 * ring of every focusable control (≥ 2 px, 3:1). Under forced colours every
 * text is in a system colour. This covers what axe skips: the dark scheme's
 * own tokens in each state, SVG text, popovers and popups, focus rings.
 */
import { expect } from '@open-wc/testing';
import { itIn } from '../support/engine.js';
import { endEmulation, emulate, isDrawn, parseColor, styleHostPage, type MountedState } from './helpers.js';
import { contrastTally, focusRingProblems, graphicProblem, textContrastProblems } from './contrast-helpers.js';
import {
  cooperationTimelineStates,
  geoparkMapStates,
  isoBadgeOtherStates,
  isoBadgeStates,
  newsCardStates,
} from './fixtures.js';
import { unmountAll } from '../support/helpers.js';

type Mode = 'light' | 'dark' | 'forced colours';
const MODES: Mode[] = ['light', 'dark', 'forced colours'];
const SIDES = [
  ['fr', 'ltr'],
  ['ar', 'rtl'],
] as const;

/** The colours a forced-colours palette may use, as this browser resolves them now. */
function systemColours(): Set<string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const names = [
    'Canvas',
    'CanvasText',
    'LinkText',
    'VisitedText',
    'ActiveText',
    'ButtonFace',
    'ButtonText',
    'ButtonBorder',
    'Field',
    'FieldText',
    'Highlight',
    'HighlightText',
    'SelectedItem',
    'SelectedItemText',
    'Mark',
    'MarkText',
    'GrayText',
    'AccentColor',
    'AccentColorText',
  ];
  const colours = new Set(
    names.map((name) => {
      probe.style.color = name;
      return parseColor(getComputedStyle(probe).color).slice(0, 3).join(',');
    }),
  );
  probe.remove();
  return colours;
}

/** Texts of `host` whose colour is not a system colour (under forced colours). */
function nonSystemTexts(host: Element, palette: Set<string>): string[] {
  const problems: string[] = [];
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''),
      );
      if (!hasText || element.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(element);
      const colour = parseColor(element instanceof SVGElement ? style.fill : style.color)
        .slice(0, 3)
        .join(',');
      if (!palette.has(colour))
        problems.push(
          `${element.localName}.${element.getAttribute('class') ?? ''}: rgb(${colour}) is not a system colour`,
        );
    }
  };
  walk(host.shadowRoot!);
  return problems;
}

/** Element-specific non-text parts that carry meaning. */
function graphicProblems(what: string, host: Element): string[] {
  const root = host.shadowRoot!;
  const problems: Array<string | undefined> = [];
  // The badge's state icon, next to the state's words.
  for (const icon of root.querySelectorAll('.state-icon')) {
    if (icon.closest('[popover]:not(:popover-open)')) continue;
    problems.push(graphicProblem(icon, `${what}: state icon`, (style) => style.color));
  }
  // Markers on the map: their shape (the aspiring one is a ring, drawn by its stroke) against the map's own background.
  const map = root.querySelector('.map');
  if (map) {
    const mapBackground = parseColor(getComputedStyle(map).backgroundColor);
    for (const marker of root.querySelectorAll('.jiha-marker')) {
      const shape = marker.querySelector('.shape');
      if (!shape) continue;
      const ring = marker.classList.contains('jiha-marker-aspiring');
      problems.push(
        graphicProblem(
          shape,
          `${what}: marker ${marker.getAttribute('data-id')}`,
          (style) => (ring ? style.stroke : style.fill),
          mapBackground,
        ),
      );
    }
    // Leaflet clips shapes to the view: a region out of view has an empty path. Those in view are measured, at least one.
    const regions = [...root.querySelectorAll('.jiha-region-highlight')];
    const inView = regions.filter((region) => isDrawn(region));
    if (regions.length > 0 && inView.length === 0) problems.push(`${what}: no highlighted region drawn in view`);
    for (const region of inView)
      problems.push(
        graphicProblem(region, `${what}: highlighted region outline`, (style) => style.stroke, mapBackground),
      );
  }
  // A pressed toggle (timeline filter, map list button) is told by its border as well as by words.
  for (const pressed of root.querySelectorAll('[aria-pressed="true"]')) {
    problems.push(graphicProblem(pressed, `${what}: pressed toggle's border`, (style) => style.borderInlineStartColor));
  }
  return problems.filter((problem): problem is string => problem !== undefined);
}

const ELEMENTS: Array<[string, (lang: string, dir: string) => Promise<MountedState[]>]> = [
  ['jiha-news-card', newsCardStates],
  [
    'jiha-iso-badge',
    async (lang, dir) => [...(await isoBadgeStates(lang, dir)), ...(await isoBadgeOtherStates(lang, dir))],
  ],
  ['jiha-geopark-map', geoparkMapStates],
  ['jiha-cooperation-timeline', cooperationTimelineStates],
];

describe('contrast: text, meaningful graphics and focus rings at WCAG AA, light, dark and forced colours', () => {
  before(styleHostPage);
  afterEach(unmountAll);
  after(async () => {
    await endEmulation();
    console.log(
      `[a11y] contrast: ${contrastTally.texts} texts, ${contrastTally.graphics} non-text parts, ${contrastTally.focusRings} focus rings measured`,
    );
  });

  for (const [tag, mountStates] of ELEMENTS) {
    for (const mode of MODES) {
      for (const [lang, dir] of SIDES) {
        // WebKit runs light (WebDriver cannot switch its colour scheme) and has no forced colours at all.
        const itMode =
          mode === 'light'
            ? it
            : itIn(
                ['chromium', 'firefox'],
                mode === 'dark' ? 'needs colour-scheme emulation' : 'WebKit has no forced colours',
              );
        itMode(
          `${tag}, ${mode}, ${lang} ${dir}: every text, state cue and focus ring has enough contrast`,
          async () => {
            const forced = mode === 'forced colours';
            await emulate(mode === 'dark' ? 'dark' : 'light', forced);
            const palette = forced ? systemColours() : undefined;
            const problems: string[] = [];
            const states = await mountStates(lang, dir);
            for (const [what, element] of states) {
              problems.push(...textContrastProblems(element).map((line) => `${what}: ${line}`));
              problems.push(...graphicProblems(what, element));
              if (palette) problems.push(...nonSystemTexts(element, palette).map((line) => `${what}: ${line}`));
            }
            for (const [what, element] of states)
              problems.push(...(await focusRingProblems(element)).map((line) => `${what}: ${line}`));
            expect(problems).to.deep.equal([]);
          },
        );
      }
    }
  }
});
