/**
 * The builder's outputs, each with its "Copy" button: the page snippet
 * (script and element, with its fallback), the iframe, the WordPress
 * shortcode and the WordPress block. Copying says so in the builder's live
 * region (the caller's `copy`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import { iframeSnippet, scriptSnippet, type SnippetInput } from './snippets.js';
import { dataLeftOut, wordpressBlock, wordpressShortcode } from './wordpress-snippets.js';

export type OutputId = 'script' | 'iframe' | 'shortcode' | 'block';

interface Output {
  id: OutputId;
  label: string;
  text: string;
  note?: string;
}

/** The four outputs for `input`; `fallback` is the page snippet's fallback markup, `sourceNote` what was found at its `src`. */
export function snippetOutputs(input: SnippetInput, fallback: string, sourceNote = ''): Output[] {
  const leftOut = dataLeftOut(input)
    ? ` ${msg('The plugin takes data only for the map and the timeline: give the data file’s address (src) instead of pasted data.', { id: 'builder.output.wordpress-no-data' })}`
    : '';
  return [
    {
      id: 'script',
      label: msg('Page snippet: script and widget (for pages that keep scripts)', { id: 'builder.output.script' }),
      text: scriptSnippet(input, fallback),
      note: `${sourceNote ? `${sourceNote} ` : ''}${msg(
        'This snippet carries a copy of the content as plain text, for visitors whose browser does not run the script, for search engines and for printing. If you change the attributes or the data later, build the snippet again here, so that the copy says the same.',
        { id: 'builder.fallback-note' },
      )}`,
    },
    {
      id: 'iframe',
      label: msg('Iframe (for editors that remove scripts)', { id: 'builder.output.iframe' }),
      text: iframeSnippet(input),
      note: input.data.trim()
        ? msg(
            'The address is long because it carries the widget’s data itself (the data parameter). To make it short, put the data in a file on your site and give its address in “Address of the data file”.',
            { id: 'builder.iframe-long' },
          )
        : undefined,
    },
    {
      id: 'shortcode',
      label: msg('WordPress shortcode (with the Jiha widgets plugin)', { id: 'builder.output.shortcode' }),
      text: wordpressShortcode(input),
      note: leftOut.trim() || undefined,
    },
    {
      id: 'block',
      label: msg('WordPress block (paste it in the code editor)', { id: 'builder.output.block' }),
      text: wordpressBlock(input),
      note: leftOut.trim() || undefined,
    },
  ];
}

export function renderOutputs(outputs: readonly Output[], copy: (output: Output) => void): TemplateResult {
  return html`${outputs.map(
    (output) => html`<div class="snippet">
      <label for=${`snippet-${output.id}`}>${output.label}</label>
      <textarea id=${`snippet-${output.id}`} readonly dir="ltr" rows="6" aria-describedby=${output.note ? `${output.id}-note` : nothing} .value=${output.text}></textarea>
      ${output.note ? html`<p class="note" id=${`${output.id}-note`}>${output.note}</p>` : nothing}
      <button type="button" data-copy=${output.id} @click=${() => copy(output)}>
        ${msg('Copy', { id: 'builder.copy' })}<span class="visually-hidden">: ${output.label}</span>
      </button>
    </div>`,
  )}`;
}
