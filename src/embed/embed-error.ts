import type { PropertyValues } from 'lit';
import { errorReport, renderErrorBox } from '../core/error-state.js';
import { JihaError, type ErrorCode } from '../core/errors.js';
import { JihaElement } from '../core/jiha-element.js';
import { safeDefine } from '../core/define.js';

/**
 * The library's own localised error box, for what embed.html cannot hand to
 * a widget: an unknown widget name, a misspelt parameter, undecodable data.
 * The same box, language, `role="alert"` and `jiha-error` event as a
 * widget's error state: visitors read one sentence; the technical cause is
 * in the console, the event, and on screen in an editor's view
 * (`<html data-jiha-editor>` in the frame).
 *
 * @tag jiha-embed-error
 */
export class JihaEmbedError extends JihaElement {
  /** The problem to show. */
  problem: { code: ErrorCode; detail: string } = { code: 'invalid-data', detail: '' };

  #announced = false;

  get #error(): JihaError {
    return new JihaError(this.problem.code, this.problem.detail);
  }

  protected override renderContent(): unknown {
    return renderErrorBox(this, this.#error, this.language.ui);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const error = this.#error;
    const detail = this.#announced ? undefined : errorReport(error, this, this.language.ui);
    if (!detail) return;
    this.#announced = true;
    this.emit('jiha-error', detail);
  }
}

safeDefine('jiha-embed-error', JihaEmbedError);
