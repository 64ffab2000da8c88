import type { PropertyValues } from 'lit';
import { errorTitle, renderErrorBox } from '../core/error-state.js';
import { JihaError, type ErrorCode } from '../core/errors.js';
import { JihaElement } from '../core/jiha-element.js';
import { safeDefine } from '../core/define.js';

/**
 * The library's own localised error box, for what embed.html cannot hand to
 * a widget: an unknown widget name, a misspelt parameter, undecodable data.
 * The same box, language, `role="alert"` and `jiha-error` event as a
 * widget's error state.
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
    const message = this.#announced ? undefined : errorTitle(error, this.language.ui, this);
    if (message === undefined) return;
    this.#announced = true;
    this.emit('jiha-error', { code: error.code, message, detail: error.detail });
  }
}

safeDefine('jiha-embed-error', JihaEmbedError);
