/**
 * Plain text from the HTML that foreign formats put in text fields
 * (WordPress `title.rendered`, TimelineJS `text.text`). Its own module, so
 * that only the parsers of those formats carry it.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', shy: '\u00ad',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î',
  iuml: 'ï', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
};

/** Decodes HTML character references without handing the string to a parser. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/**
 * Drops `<script>…</script>` (and style, template, noscript) with their
 * content. One pass: a backtracking pattern such as
 * `<script\b[\s\S]*?<\/script>` rescans the rest of the text from every
 * unclosed opener, so hostile text (`<script` 100,000 times) took minutes.
 * An element never closed stays, for the tag pass to drop its tags.
 */
function dropCode(html: string): string {
  const opener = /<(script|style|template|noscript)\b/gi;
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  for (let open = opener.exec(html); open; open = opener.exec(html)) {
    const name = open[1].toLowerCase();
    if (unclosed.has(name)) continue;
    const closer = new RegExp(`<\\/${name}\\s*>`, 'gi');
    closer.lastIndex = opener.lastIndex;
    const close = closer.exec(html);
    if (!close) {
      unclosed.add(name); // and so is every later one
      continue;
    }
    out += `${html.slice(from, open.index)} `;
    from = close.index + close[0].length;
    opener.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Drops `<!-- … -->` comments, in one pass (an unclosed one stays, as above). */
function dropComments(html: string): string {
  let out = '';
  let from = 0;
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', from)) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    out += `${html.slice(from, open)} `;
    from = close + 3;
  }
  return out + html.slice(from);
}

/**
 * Turns a field that holds HTML in a foreign format (WordPress
 * `title.rendered`, TimelineJS `text.text`) into plain text: scripts and
 * styles dropped with their content, tags dropped, entities decoded, white
 * space folded. No parser and no DOM: the result is only ever set as text,
 * and a string parser would be a Trusted Types sink. Linear in the length
 * of the text: every pattern below matches or fails without rescanning.
 */
export function htmlToText(html: string): string {
  const withoutCode = dropComments(dropCode(html));
  // `>?`: a block tag never closed runs to the end, as the last pattern would take it.
  const withoutTags = withoutCode.replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th)\b[^>]*>?/gi, ' ').replace(/<[^>]*>?/g, '');
  // Fold markup white space only: a decoded no-break space (French « : ») is text.
  return decodeEntities(withoutTags.replace(/[ \t\n\r\f]+/g, ' ')).trim();
}
