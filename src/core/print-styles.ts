import { css } from 'lit';

/**
 * Paper (`@media print`), shared by every element: black on white whatever
 * the page's tokens or colour scheme, no backgrounds or shadows, each link
 * followed by its address, and no interactive controls.
 *
 * An element marks what it does not print:
 * - `data-no-print` on a control (zoom, filters, "show all", "more",
 *   consent buttons, a popup's close button);
 * - `data-address-shown` on a link whose text is its address already.
 */
export const printStyles = css`
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
      --_ok: #000;
      --_warn: #000;
      --_danger: #000;
      color: #000;
    }
    .frame {
      color: #000;
      background: #fff;
    }
    *,
    *::before,
    *::after {
      box-shadow: none !important;
      text-shadow: none !important;
      animation: none !important;
    }
    a {
      color: #000;
    }
    /* The address reads left to right in a box of its own (wrapped inside it), after the link text in either direction. */
    a[href]:not([data-address-shown])::after {
      content: '(' attr(href) ')';
      display: inline-block;
      max-inline-size: 100%;
      direction: ltr;
      margin-inline: 0.3em 0;
      font-weight: normal;
      overflow-wrap: anywhere;
    }
    a[href]:dir(rtl):not([data-address-shown])::after {
      margin-inline: 0 0.3em;
    }
    [data-no-print] {
      display: none !important;
    }
  }
`;
