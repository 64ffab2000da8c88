/**
 * The builder's short guide: where an editor pastes each output in
 * WordPress, Drupal and Joomla, and the text format each needs (a format
 * that filters HTML removes the widget).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';

export function renderPasteGuide(): TemplateResult {
  return html`<details class="guide">
    <summary>${msg('Where to paste it', { id: 'builder.guide.summary' })}</summary>
    <h3>WordPress</h3>
    <p>
      ${msg('With the Jiha widgets plugin: add a “Shortcode” block and paste the shortcode, or open the code editor (Ctrl+Shift+Alt+M) and paste the block. Without the plugin, only administrators and editors may paste the page snippet, in a “Custom HTML” block.', { id: 'builder.guide.wordpress' })}
    </p>
    <h3>Drupal</h3>
    <p>
      ${msg('Choose the “Full HTML” text format under the body field, switch the editor to “Source”, and paste the page snippet. In “Basic HTML” the script is removed: paste the iframe only if your site allows iframes, else ask your web team.', { id: 'builder.guide.drupal' })}
    </p>
    <h3>Joomla</h3>
    <p>
      ${msg('In the article, press “Toggle Editor” (or the source code button) and paste the page snippet. Your user group needs “No Filtering” in the Text Filters (System → Global Configuration); otherwise paste the iframe.', { id: 'builder.guide.joomla' })}
    </p>
  </details>`;
}
