import { css } from 'lit';

/**
 * Arabic and Tifinagh text, for the elements that show running text (news
 * card, news list, ISO badge):
 * - Arabic gets more line height than Latin text: its letters reach further
 *   above and below the line (dots, marks, descending tails), and 1.5
 *   makes lines touch;
 * - Arabic links are underlined under the descenders, not through the
 *   dots and tails of the letters where a Latin underline goes;
 * - neither script gets a bold or italic face the browser fakes from the
 *   regular one (smeared strokes, slanted letters that Arabic and Tifinagh
 *   do not have): fonts for them often ship one weight and no italic, and
 *   the text then keeps its regular face.
 * Matches the frame (the element's UI language) and any part that carries a
 * language of its own (a French card's Arabic headline). Elements that set
 * their own line height on a part give its Arabic value beside it.
 */
export const scriptTypographyStyles = css`
  [lang]:lang(ar) {
    line-height: 1.8;
  }
  a:lang(ar) {
    text-underline-position: under;
  }
  [lang]:lang(ar),
  [lang]:lang(zgh),
  [lang]:lang(tzm),
  [lang]:lang(ber) {
    font-synthesis: none;
  }
`;
