import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Checks of the publication's machine-readable files, written once for the unit and integration tests:
 * a Frictionless Tabular Data Package read the way a data user's tool reads it (the CSV through a real
 * CSV parser with the declared dialect), and an Atom feed read through a real XML parser.
 */

interface Field {
  readonly name: string;
  readonly type: string;
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[]; readonly pattern?: string };
}

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly profile?: string;
  readonly format?: string;
  readonly mediatype?: string;
  readonly encoding?: string;
  readonly dialect?: { readonly delimiter?: string; readonly lineTerminator?: string; readonly quoteChar?: string; readonly doubleQuote?: boolean; readonly header?: boolean };
  readonly schema: { readonly fields: readonly Field[]; readonly missingValues?: readonly string[]; readonly primaryKey?: readonly string[] };
}

const NAME = /^[a-z0-9._-]+$/;

function typeProblem(field: Field, value: string): string | null {
  switch (field.type) {
    case 'string': return null;
    case 'integer': return /^-?\d+$/.test(value) ? null : 'not an integer';
    case 'number': return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value) ? null : 'not a number';
    case 'year': return /^\d{4}$/.test(value) ? null : 'not a year';
    case 'boolean': return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value) ? null : 'not a declared boolean';
    case 'date': return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : 'not a date';
    case 'datetime': return Number.isNaN(Date.parse(value)) ? 'not a datetime' : null;
    default: return `unknown type ${field.type}`;
  }
}

/**
 * Every problem of a data package (empty = valid): descriptor shape (profile, name, licences, sources,
 * resources with path, format, encoding, dialect, schema), each resource file present, the CSV header
 * exactly the declared fields, each value of the declared type and constraints, primary keys unique.
 */
export function dataPackageProblems(files: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const descriptor = JSON.parse(files['datapackage.json']) as { profile?: string; name?: string; licenses?: { name?: string; path?: string }[]; sources?: { title?: string }[]; resources?: Resource[] };
  if (descriptor.profile !== 'tabular-data-package') problems.push('profile is not tabular-data-package');
  if (!descriptor.name || !NAME.test(descriptor.name)) problems.push('package name missing or invalid');
  if (!descriptor.licenses?.length || descriptor.licenses.some((l) => !l.name && !l.path)) problems.push('no licence');
  if (!descriptor.sources?.length || descriptor.sources.some((s) => !s.title)) problems.push('no source');
  for (const r of descriptor.resources ?? []) {
    const where = `resource ${r.name}`;
    if (!NAME.test(r.name)) problems.push(`${where}: invalid name`);
    if (r.profile !== 'tabular-data-resource' || r.format !== 'csv' || r.mediatype !== 'text/csv' || r.encoding !== 'utf-8') problems.push(`${where}: not a UTF-8 CSV tabular resource`);
    const content = files[r.path];
    if (content === undefined) {
      problems.push(`${where}: ${r.path} does not exist`);
      continue;
    }
    const dialect = r.dialect;
    if (!dialect || dialect.header !== true || !dialect.delimiter || !dialect.lineTerminator) {
      problems.push(`${where}: dialect not declared`);
      continue;
    }
    const rows = parse(content, { bom: true, delimiter: dialect.delimiter, quote: dialect.quoteChar ?? '"', record_delimiter: dialect.lineTerminator, relax_column_count: false }) as string[][];
    const [header, ...data] = rows;
    const fields = r.schema.fields;
    if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) problems.push(`${where}: header ${JSON.stringify(header)} is not the declared fields`);
    const missing = new Set(r.schema.missingValues ?? ['']);
    const keys = new Set<string>();
    data.forEach((row, i) => {
      fields.forEach((f, c) => {
        const value = row[c] ?? '';
        const at = `${where} row ${i + 2} ${f.name}=${JSON.stringify(value)}`;
        if (missing.has(value)) {
          if (f.constraints?.required) problems.push(`${at}: required`);
          return;
        }
        const typeError = typeProblem(f, value);
        if (typeError) problems.push(`${at}: ${typeError}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(value)) problems.push(`${at}: not one of the declared values`);
        if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(value)) problems.push(`${at}: does not match the pattern`);
      });
      if (r.schema.primaryKey?.length) {
        const key = r.schema.primaryKey.map((k) => row[fields.findIndex((f) => f.name === k)]).join('\u0000');
        if (keys.has(key)) problems.push(`${where} row ${i + 2}: primary key repeated`);
        keys.add(key);
      }
    });
  }
  return problems;
}

export interface AtomEntry {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly href: string;
}

export interface AtomFeed {
  readonly lang: string;
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly entries: readonly AtomEntry[];
}

const text = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v ?? ''));

/** Parses an Atom feed with a real XML parser; throws when it is not well-formed XML or not Atom. */
export function readAtom(xml: string): AtomFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as Record<string, Record<string, unknown>>;
  const feed = doc.feed;
  if (!feed || feed['@_xmlns'] !== 'http://www.w3.org/2005/Atom') throw new Error('not an Atom feed');
  const rfc3339 = (s: string): boolean => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s);
  const links = (v: unknown): Record<string, string>[] => (v as Record<string, string>[] | undefined) ?? [];
  const entries = ((feed.entry as Record<string, unknown>[] | undefined) ?? []).map((e) => {
    const alternate = links(e.link).find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
    const entry = { id: text(e.id), title: text(e.title), updated: text(e.updated), href: alternate?.['@_href'] ?? '' };
    if (!entry.id || !/^[a-z][a-z0-9+.-]*:/i.test(entry.id) || !entry.title || !rfc3339(entry.updated) || !entry.href) throw new Error(`entry without id, title, updated or link: ${JSON.stringify(entry)}`);
    return entry;
  });
  const author = feed.author as Record<string, unknown> | undefined;
  if (!text(feed.id) || !text(feed.title) || !rfc3339(text(feed.updated))) throw new Error('feed without id, title or updated');
  if (!author?.name && entries.length > 0) throw new Error('no author for the entries');
  return { lang: String(feed['@_xml:lang'] ?? ''), id: text(feed.id), title: text(feed.title), updated: text(feed.updated), entries };
}
