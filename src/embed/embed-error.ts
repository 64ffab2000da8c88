import { JihaDataElement } from '../core/data-element.js';
import { JihaError, type ErrorCode } from '../core/errors.js';
import { safeDefine } from '../core/define.js';

/**
 * The library's own localised error box, for what embed.html cannot hand to
 * a widget: an unknown widget name, a misspelt parameter, undecodable data.
 * It is a Jiha element whose only data is the problem, so the box, its
 * language, `role="alert"` and the `jiha-error` event are the base class's.
 *
 * @tag jiha-embed-error
 */
export class JihaEmbedError extends JihaDataElement<never> {

  /** The problem to show. */
  problem: { code: ErrorCode; detail: string } = { code: 'invalid-data', detail: '' };

  protected parseData(): never {
    throw new JihaError(this.problem.code, this.problem.detail);
  }

  protected modelFromAttributes(): undefined {
    return undefined;
  }

  protected renderModel(): unknown {
    return null;
  }
}

safeDefine('jiha-embed-error', JihaEmbedError);
