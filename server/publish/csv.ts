import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV for open data through csv-stringify: comma-separated, CRLF, quoted where needed, UTF-8
 * with a BOM so that Excel opens ä and ö right. A text starting with = + - @ (or a tab or carriage
 * return) gets an apostrophe so that a spreadsheet never runs it as a formula. The dialect is declared
 * in datapackage.json (`CSV_DIALECT`).
 */
export type CsvValue = string | number | boolean | null | undefined;

export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([header, ...rows.map((r) => r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)))], {
    bom: true,
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: 'windows',
    quote: CSV_DIALECT.quoteChar,
    escape_formulas: true,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      // Numbers are data, never formulas: cast here so that a negative value keeps its minus sign.
      number: (v) => String(v)
    }
  });
}
