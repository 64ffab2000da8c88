/**
 * The cooperation timeline bench, in the page. scripts/bench/cooperation-timeline.mjs
 * drives it round by round, reading the main thread's CPU time around each
 * `round()` through the DevTools protocol:
 *   await timelineBench.prepare();        // garbage collection, two frames
 *   await timelineBench.round(kind);      // timed: 5,000 events to the first painted screen
 *   await timelineBench.finish(kind);     // untimed for the ratio: the rest, scrolling, checks, cleanup
 * `kind` is `library` (<jiha-cooperation-timeline>, vertical, two partners)
 * or `vis` (vis-timeline's standalone `vis.Timeline`, default options). Both
 * get the same 5,000 events (title, date) built from scratch each round in a
 * fresh 1000×800 px container; each round runs from the first line of
 * building the input to the first frame after the widget drew.
 */
import '/dist/cooperation-timeline.js';
import { clearRound, nextFrame } from './bench-lib.js';

export const COUNT = 5000;

/** The same 5,000 events for both: one title and one day each, over 125 years; a quarter per partner, a quarter joint, a quarter context. */
function events() {
  return Array.from({ length: COUNT }, (_, i) => ({
    title: `Événement n° ${i + 1}`,
    date: `${1902 + Math.floor(i / 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    partners: [['bmk'], ['tta'], ['bmk', 'tta'], []][i % 4],
  }));
}

const builders = {
  library(container) {
    const element = document.createElement('jiha-cooperation-timeline');
    element.setAttribute('time-zone', 'Africa/Casablanca');
    element.data = {
      partners: [
        { id: 'bmk', name: 'Béni Mellal-Khénifra' },
        { id: 'tta', name: 'Tanger-Tétouan-Al Hoceïma' },
      ],
      events: events().map((event) => ({
        date: event.date,
        title: event.title,
        partners: event.partners,
        category: 'other',
      })),
    };
    container.append(element);
    return element.updateComplete.then(() => element);
  },
  vis(container) {
    const items = new globalThis.vis.DataSet(
      events().map((event, i) => ({ id: i, content: event.title, start: event.date })),
    );
    const timeline = new globalThis.vis.Timeline(container, items, { height: '780px' });
    return Promise.resolve(timeline);
  },
};

let current;

async function prepare() {
  const container = current?.container;
  current = undefined;
  await clearRound(container);
}

/** Timed: from building the input to the first frame after the first screen is drawn. */
async function round(kind) {
  const container = document.createElement('div');
  container.className = 'stage';
  document.body.append(container);
  const start = performance.now();
  const widget = await builders[kind](container);
  container.getBoundingClientRect();
  void document.body.offsetHeight; // style and layout now, inside the timing
  await nextFrame();
  const ms = performance.now() - start;
  current = { kind, container, widget };
  const firstScreen = kind === 'library' ? libraryEvents() : container.querySelectorAll('.vis-item.vis-box').length;
  return { ms, firstScreen };
}

const libraryEvents = () =>
  (current ? current.widget : document.querySelector('jiha-cooperation-timeline')).shadowRoot.querySelectorAll(
    'li.event',
  ).length;

/** Scrolls the stage to each position, one frame each; the longest and the median frame. */
async function scrollFrames(container, positions) {
  const frames = [];
  let last = performance.now();
  for (const top of positions) {
    container.scrollTop = top;
    await nextFrame();
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  frames.sort((a, b) => a - b);
  return { longest: frames[frames.length - 1], median: frames[frames.length >> 1] };
}

/** Untimed for the ratio: what the first screen showed, the time to render everything, and scrolling. */
async function finish() {
  const { kind, container, widget } = current;
  let allMs;
  if (kind === 'library') {
    const start = performance.now();
    while (widget.shadowRoot.querySelector('li.year.pending')) await new Promise((resolve) => setTimeout(resolve, 0));
    allMs = performance.now() - start;
  }
  // Scrolling the library's stage: like a wheel (60 steps of 800 px from the top) and like dragging the scroll bar (40 jumps through everything).
  // (vis-timeline scrolls by dragging its canvas, not by scrollTop, so it is not scrolled here.)
  let wheel;
  let jumps;
  if (kind === 'library') {
    container.scrollTop = 0;
    await nextFrame();
    wheel = await scrollFrames(
      container,
      Array.from({ length: 60 }, (_, i) => (i + 1) * 800),
    );
    const step = (container.scrollHeight - container.clientHeight) / 40;
    jumps = await scrollFrames(
      container,
      Array.from({ length: 40 }, (_, i) => Math.round(step * (i + 1))),
    );
  }
  const rendered =
    kind === 'library'
      ? libraryEvents()
      : new Set([...container.querySelectorAll('.vis-item .vis-item-content')].map((node) => node.textContent)).size;
  const sample =
    kind === 'library' ? widget.shadowRoot.querySelector('li.event .title').textContent.trim() : 'Événement n° 1';
  current.container.remove();
  current = undefined;
  return {
    allMs,
    wheelLongest: wheel?.longest,
    wheelMedian: wheel?.median,
    jumpLongest: jumps?.longest,
    jumpMedian: jumps?.median,
    rendered,
    sample,
  };
}

globalThis.timelineBench = { prepare, round, finish, COUNT };

if (!navigator.webdriver) {
  await prepare();
  for (const kind of ['library', 'vis']) {
    const timed = await round(kind);
    console.log(kind, timed, await finish());
  }
}
