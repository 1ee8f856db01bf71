/**
 * Text read from a list, made fit for outputs that have rules of their own. Pure.
 *
 * - XML (the deck's and the workbook's parts): XML 1.0 has no place for most C0 control characters, and
 *   a vertical tab pasted from Word (its line break) is stored by SharePoint as it is. pptxgenjs and
 *   ExcelJS escape `<`, `&` and quotes but pass these through, and the file then does not open.
 * - Plain-text e-mail: a line break inside a note would start a line that reads as the message's own
 *   (a heading, a link); the continuation lines of multi-line notes are indented under their item
 *   (single-line values go through `singleLine` of the reminders' addresses).
 * - Every output: a right-to-left override left open in a value runs on over the text after it in the
 *   same paragraph (a table cell, a line of an e-mail), so our own words around it read backwards. Values
 *   are read with their overrides closed at their end (`containBidi`).
 */

/** Characters allowed in XML 1.0 documents (`Char`), as a negated class: what must go. */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML 1.0 does not allow (C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; lone surrogates). */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * Every string in a plain data structure (objects, arrays) made XML-safe; other values as they are.
 * For handing a whole summary to a file writer.
 */
export function xmlSafeStrings<T>(value: T): T {
  return mapStrings(value, xmlSafeText) as T;
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}

/** Line breaks of every kind: CR, LF, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** A multi-line value for plain text: every line after the first starts with `indent`, so it stays under its item. */
export function plainTextBlock(text: string, indent: string): string {
  return text.split(LINE_BREAKS).join(`\n${indent}`);
}

/** Embedding and override openers (closed by PDF), isolate openers (closed by PDI). */
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const PDF = '\u202c';
const PDI = '\u2069';
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The text with every directional embedding, override and isolate it opens closed at its end, as the
 * Unicode bidirectional algorithm (UAX #9) pairs them, so that it cannot change the direction of what
 * follows it. Text without such controls, or with them balanced, is returned as it is.
 */
export function containBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  for (const ch of text) {
    if (EMBEDDINGS.has(ch)) open.push('embedding');
    else if (ISOLATES.has(ch)) open.push('isolate');
    // A PDF closes the last embedding, never an isolate; a PDI closes the last isolate and all opened within it.
    else if (ch === PDF && open[open.length - 1] === 'embedding') open.pop();
    else if (ch === PDI && open.includes('isolate')) open.splice(open.lastIndexOf('isolate'));
  }
  return text + open.reverse().map((o) => (o === 'embedding' ? PDF : PDI)).join('');
}

/**
 * At most `max` characters of a text, cut at a character (never inside a surrogate pair) and ended
 * with `…` when cut: for outputs with a size limit of their own (an e-mail goes through Graph's 4 MB
 * request limit), which link to the full text instead.
 */
export function clipText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
