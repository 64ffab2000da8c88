/** What the builder suites share: the widget's text to compare, the preview's, and a snippet pasted into a blank page. */
import type { JihaSnippetBuilder } from '../../src/builder/define.js';
import { shadowText, until } from '../support/helpers.js';

/** The frames the snippets were pasted into, removed after each test. */
export const pasted: HTMLElement[] = [];

/**
 * The widget's text worth comparing: the map's list (its canvas depends on
 * the viewport), else the whole shadow root; without white space, because
 * the preview runs the library's sources and the snippets its build, whose
 * templates are minified (white space between tags removed).
 */
export const widgetText = (widget: Element): string =>
  [
    shadowText(widget, widget.localName === 'jiha-geopark-map' ? '[part="list"]' : undefined),
    // The news list's cards: shadow roots of their own.
    ...[...(widget.shadowRoot?.querySelectorAll('jiha-news-card') ?? [])].map((card) => shadowText(card)),
  ]
    .join('')
    .replace(/\s+/g, '');

export async function previewText(element: JihaSnippetBuilder, expected: string): Promise<string> {
  return until(
    () => {
      const preview = element.previewElement;
      const text = preview ? widgetText(preview) : '';
      return text.includes(expected.replace(/\s+/g, '')) && !preview!.shadowRoot!.querySelector('.error') ? text : '';
    },
    15000,
    `the preview showing ${expected}`,
  );
}

/** Snippet 1 pasted into a blank page (a fresh iframe's srcdoc); the pasted widget. */
export async function pasteScriptSnippet(text: string): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body>${text}</body></html>`;
  document.body.prepend(frame);
  pasted.push(frame);
  return until(
    () => frame.contentDocument?.querySelector<HTMLElement>('body > [lang]') ?? undefined,
    10000,
    'the pasted element',
  );
}
