/**
 * Text read from a list, made fit for outputs that have rules of their own. Pure.
 *
 * - XML (the deck's and the workbook's parts): XML 1.0 has no place for most C0 control characters, and
 *   a vertical tab pasted from Word (its line break) is stored by SharePoint as it is. pptxgenjs and
 *   ExcelJS escape `<`, `&` and quotes but pass these through, and the file then does not open.
 * - Plain-text e-mail: a line break inside a title or a name would start a line that reads as the
 *   message's own (a heading, a link); single-line values become one line, and the continuation lines of
 *   multi-line notes are indented under their item.
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

/** A single-line value for plain text: its line breaks become spaces. */
export function plainTextLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** A multi-line value for plain text: every line after the first starts with `indent`, so it stays under its item. */
export function plainTextBlock(text: string, indent: string): string {
  return text.split(LINE_BREAKS).join(`\n${indent}`);
}
