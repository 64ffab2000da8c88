/**
 * The checks of reflow.test.ts, text-spacing.test.ts, target-size.test.ts
 * and focus-visible.test.ts, and axe, on the two tools around the elements
 * (issue 23): the snippet builder (Arabic rtl, French ltr) on a page 320
 * CSS px wide, and the iframe embed (dist/embed.html, a same-origin frame
 * so that its document can be measured) 320 px wide, with an Arabic news
 * card and a French timeline, and the embed page's title and language.
 */
import { expect } from '@open-wc/testing';
import '../../src/builder/define.js';
import { mount, settled, unmountAll } from '../support/helpers.js';
import { endMediaEmulation, reduceMotion } from '../support/media-emulation.js';
import {
  applyTextSpacingEverywhere,
  beyondBoxProblems,
  clippedTextProblems,
  overlapProblems,
  pageScrollsSideways,
  targetVerdicts,
} from '../support/wcag-geometry.js';
import { embeddedWidget, openFrame, removeFrames } from '../embed/embed-frames.js';
import { axeViolations, loadAxe, styleHostPage } from './helpers.js';
import { nextFrame } from './keyboard-helpers.js';
import { focusWalk } from './focus-walk.js';
import { endPageWidth, pageOfWidth } from './wcag-states.js';

const SIDES = [
  ['ar', 'rtl'],
  ['fr', 'ltr'],
] as const;

/** Reflow, spacing and target problems of `element`, on its page `page`. */
function layoutProblems(element: Element, page: Document): string[] {
  const problems = [
    ...beyondBoxProblems(element),
    ...clippedTextProblems(element),
    ...overlapProblems(element),
    ...targetVerdicts(element).flatMap((verdict) => (verdict.problem ? [verdict.problem] : [])),
  ];
  if (pageScrollsSideways(page)) problems.push(`the page scrolls sideways (${page.documentElement.scrollWidth} px)`);
  return problems;
}

/**
 * What the embed page itself must say (2.4.2, 3.1.1): a title, and the
 * widget's language on its root, the widget in its direction. axe cannot run inside it:
 * its Trusted Types policy admits no test script; the widget inside is the
 * one each element's axe suite checks.
 */
function pageProblems(page: Document, widget: Element, lang: string): string[] {
  const problems: string[] = [];
  if (!page.title.trim()) problems.push('the embed page has no title');
  if (page.documentElement.lang !== lang)
    problems.push(`the embed page says lang="${page.documentElement.lang}", not ${lang}`);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const drawn = widget.shadowRoot!.firstElementChild!;
  if (getComputedStyle(drawn).direction !== dir) problems.push(`the embedded widget is not drawn ${dir}`);
  return problems;
}

describe('the snippet builder and the iframe embed: reflow, text spacing, targets, focus, axe', function () {
  this.timeout(60000);
  before(async () => {
    styleHostPage();
    await reduceMotion();
    await loadAxe();
    await pageOfWidth(320);
  });
  after(async () => {
    endPageWidth();
    await endMediaEmulation();
  });
  afterEach(() => {
    unmountAll();
    removeFrames();
  });

  for (const [lang, dir] of SIDES) {
    it(`builder ${lang} ${dir}, 320 px: no sideways scroll, nothing cut or overlapping, with 1.4.12 spacing too; targets; focus at every stop; axe`, async () => {
      const builder = mount(`<jiha-snippet-builder lang="${lang}" dir="${dir}"></jiha-snippet-builder>`);
      await settled(builder);
      await nextFrame();
      const problems = layoutProblems(builder, document);
      const undo = applyTextSpacingEverywhere(builder);
      await nextFrame();
      problems.push(...[...clippedTextProblems(builder), ...overlapProblems(builder)].map((line) => `1.4.12: ${line}`));
      undo();
      const walk = await focusWalk(builder, 'builder');
      problems.push(...walk.problems, ...walk.opened.map((line) => `covered: ${line}`));
      problems.push(...(await axeViolations(builder)));
      expect(walk.stops, 'Tab stops').to.be.above(5);
      expect(problems).to.deep.equal([]);
    });
  }

  for (const [what, params] of [
    [
      'news card, ar',
      {
        widget: 'news-card',
        lang: 'ar',
        headline: 'شراكة استراتيجية بين جهتين',
        published: '2026-01-17T20:22:00+01:00',
        views: '2',
        source: 'صدى المغرب',
        href: 'https://example.org/a',
      },
    ],
    ['timeline, fr', { widget: 'cooperation-timeline', lang: 'fr', src: '/fixture/cors?file=data/timeline.json' }],
  ] as const) {
    it(`embed, ${what}, in a frame 320 px wide: no sideways scroll, nothing cut or overlapping, with 1.4.12 spacing too; targets; the page's title and language`, async () => {
      const { frame } = openFrame(`/dist/embed.html?${new URLSearchParams(params)}`, { sandbox: false, height: 600 });
      frame.style.width = '320px';
      const widget = await embeddedWidget(frame);
      await settled(widget);
      await nextFrame();
      const page = frame.contentDocument!;
      const problems = layoutProblems(widget, page);
      const undo = applyTextSpacingEverywhere(widget);
      await nextFrame();
      problems.push(...[...clippedTextProblems(widget), ...overlapProblems(widget)].map((line) => `1.4.12: ${line}`));
      undo();
      problems.push(...pageProblems(page, widget, params.lang));
      expect(problems).to.deep.equal([]);
    });
  }
});
