/**
 * What the error box says, in the element's language. Its own chunk: a page
 * whose widgets all work never downloads these sentences.
 */
import type { ErrorCode } from './errors.js';
import { msg } from './localize.js';

/**
 * What the error box says: what is wrong and what an editor should do.
 * Call inside `inLanguage()` (that is, during render).
 */
export function errorTexts(code: ErrorCode): { title: string; advice: string } {
  switch (code) {
    case 'invalid-json':
      return {
        title: msg('The data is not valid JSON.', { id: 'error.invalid-json.title' }),
        advice: msg('Check the pasted JSON for a missing comma, quote or bracket.', {
          id: 'error.invalid-json.advice',
        }),
      };
    case 'invalid-data':
      return {
        title: msg('The data does not have the expected fields.', { id: 'error.invalid-data.title' }),
        advice: msg('Compare the data with the format in the documentation and correct the field named below.', {
          id: 'error.invalid-data.advice',
        }),
      };
    case 'fetch-failed':
      return {
        title: msg('The data could not be downloaded.', { id: 'error.fetch-failed.title' }),
        advice: msg('Check the address in src and that the server allows this site to read it.', {
          id: 'error.fetch-failed.advice',
        }),
      };
    case 'http-status':
      return {
        title: msg('The server answered with an error.', { id: 'error.http-status.title' }),
        advice: msg('Check that the address in src is right and that the file is published.', {
          id: 'error.http-status.advice',
        }),
      };
    case 'timeout':
      return {
        title: msg('The server took too long to answer.', { id: 'error.timeout.title' }),
        advice: msg('Try again later, or raise the timeout attribute.', { id: 'error.timeout.advice' }),
      };
    case 'unsupported-format':
      return {
        title: msg('This data format is not supported.', { id: 'error.unsupported-format.title' }),
        advice: msg('Use one of the formats listed in the documentation.', {
          id: 'error.unsupported-format.advice',
        }),
      };
  }
}
