/**
 * The comments of a source file, by its language, for checks that read what
 * the code says rather than what it does (scripts/check-references.mjs).
 * Each comment comes with its offset in the file. TypeScript and JavaScript
 * go through TypeScript's own scanner, so that `//` in a string, a template
 * or a regular expression is not taken for a comment; PHP, CSS, HTML and
 * shell through small lexers that know their strings.
 */
import ts from 'typescript';

const SCRIPT = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** `[{text, offset}]` for each comment of `file`; undefined for a language it does not know. */
export function commentsOf(file, text) {
  if (SCRIPT.test(file)) return scriptComments(text);
  if (file.endsWith('.php')) return phpComments(text);
  if (file.endsWith('.css')) return matches(text, /\/\*[\s\S]*?\*\//g);
  if (file.endsWith('.html')) return matches(text, /<!--[\s\S]*?-->/g);
  if (file.endsWith('.sh') || /^#!.*\b(?:ba)?sh\b/.test(text)) return shellComments(text);
  return undefined;
}

function matches(text, pattern) {
  return [...text.matchAll(pattern)].map((match) => ({ text: match[0], offset: match.index }));
}

/** Tokens after which `/` divides; after anything else it starts a regular expression. */
const ENDS_OPERAND = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
]);

function scriptComments(text) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const comments = [];
  // Open braces inside each `${…}` of the templates being read, innermost last.
  const templates = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      comments.push({ text: scanner.getTokenText(), offset: scanner.getTokenStart() });
      continue;
    }
    if (
      kind === ts.SyntaxKind.WhitespaceTrivia ||
      kind === ts.SyntaxKind.NewLineTrivia ||
      kind === ts.SyntaxKind.ShebangTrivia
    )
      continue;
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !ENDS_OPERAND.has(previous))
      kind = scanner.reScanSlashToken();
    else if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length > 0) templates[templates.length - 1] += 1;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length > 0) {
      if (templates[templates.length - 1] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1] -= 1;
    }
    previous = kind;
  }
  return comments;
}

/** PHP: `//`, `#` and `/* … *\/` comments, outside single- and double-quoted strings. */
function phpComments(text) {
  const comments = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "'" || char === '"') {
      for (i += 1; i < text.length && text[i] !== char; i += 1) if (text[i] === '\\') i += 1;
    } else if (char === '#' || (char === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      comments.push({ text: text.slice(i, stop), offset: i });
      i = stop;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      comments.push({ text: text.slice(i, stop), offset: i });
      i = stop - 1;
    }
  }
  return comments;
}

/** Shell: from a `#` that starts a word to the end of its line, outside quotes. */
function shellComments(text) {
  const comments = [];
  let quote = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === '\\' && quote === '"') i += 1;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '\\') i += 1;
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1])) && text[i + 1] !== '!') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      comments.push({ text: text.slice(i, stop), offset: i });
      i = stop;
    }
  }
  return comments;
}
