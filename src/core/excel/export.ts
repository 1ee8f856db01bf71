import { format, type Lang } from '../i18n/catalog';
import { EXCEL } from '../i18n/excel';
import { formatDay } from '../i18n/format';
import { YES_NO } from '../schema/choices';
import type { Person, RoadmapAction } from '../schema/entities';
import { EXCEL_ITEM_COLUMNS } from '../schema/lists';
import { choiceByCode } from '../schema/mapping';
import { parsePeriod } from '../schema/period';
import type { ChoiceDef, FieldDef } from '../schema/types';
import { helsinkiDay } from '../time/helsinki';
import { baseSheetRows, type BaseCell, type ExportScope } from './base';
import { BASE_SHEET_NAME } from './grid';
import { WORKBOOK_COLUMNS, columnHeader, columnWidth, type WorkbookColumn } from './columns';

/**
 * The exported workbook as plain data: sheets, columns, cells, drop-down lists and instructions. The
 * ExcelJS adapter only draws it, so what goes into the file is decided (and tested) here.
 */

export type ExportCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format: NumberFormat }
  | { readonly kind: 'date'; readonly day: string }
  | null;

export type NumberFormat = 'euro' | 'whole' | 'decimal';

export type ColumnValidation = (
  /** A drop-down fed by a column of the hidden choices sheet; `strict` false lets people type their own. */
  | { readonly kind: 'list'; readonly listIndex: number; readonly strict: boolean }
  | { readonly kind: 'whole' | 'decimal'; readonly min: number; readonly max: number }
) & { readonly errorTitle: string; readonly error: string };

export interface ExportColumn {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly hidden: boolean;
  /** Text columns are formatted as text (`@`), so that Excel never turns `=…` typed there into a formula. */
  readonly text: boolean;
  /** Dates show as d.m.yyyy. */
  readonly date: boolean;
  readonly wrap: boolean;
  readonly numberFormat?: NumberFormat;
  readonly validation?: ColumnValidation;
}

export interface ChoiceList {
  readonly header: string;
  readonly values: readonly string[];
}

export interface RoadmapWorkbookModel {
  readonly lang: Lang;
  readonly sheets: { readonly roadmap: string; readonly instructions: string; readonly choices: string; readonly base: string };
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
  readonly choiceLists: readonly ChoiceList[];
  readonly instructions: readonly (readonly string[])[];
  readonly base: readonly (readonly BaseCell[])[];
  /** Excel number formats used (the adapter maps NumberFormat to these). */
  readonly numberFormats: Readonly<Record<NumberFormat | 'date', string>>;
}

export interface ExportOptions {
  readonly lang: Lang;
  /** The roadmap years exported (null = all); recorded so that an import knows what "missing" means. */
  readonly years?: readonly number[] | null;
  readonly now: Date;
}

export const NUMBER_FORMATS: Readonly<Record<NumberFormat | 'date', string>> = {
  euro: '#,##0.00 "€"',
  whole: '0',
  decimal: '0.##',
  date: 'd.m.yyyy'
};

/** Where SharePoint stores the code itself (A, B, K1; S/M/L), the code is what people write and read. */
function choiceText(choice: ChoiceDef, lang: Lang): string {
  return choice.spValue !== undefined ? choice.code : choice.labels[lang];
}

function choiceValues(field: FieldDef, lang: Lang): string[] {
  return (field.choices ?? []).map((c) => choiceText(c, lang));
}

/** A domain value as a workbook cell. */
export function exportCell(field: FieldDef, value: unknown, lang: Lang): ExportCell {
  if (value === null || value === undefined || value === '') return field.kind === 'boolean' ? { kind: 'text', text: YES_NO.no[lang] } : null;
  switch (field.kind) {
    case 'currency':
      return typeof value === 'number' ? { kind: 'number', value, format: 'euro' } : null;
    case 'year':
    case 'integer':
      return typeof value === 'number' ? { kind: 'number', value, format: 'whole' } : null;
    case 'percent':
    case 'number':
      return typeof value === 'number' ? { kind: 'number', value, format: 'decimal' } : null;
    case 'boolean':
      return { kind: 'text', text: value === true ? YES_NO.yes[lang] : YES_NO.no[lang] };
    case 'choice': {
      const choice = choiceByCode(field, String(value));
      return { kind: 'text', text: choice ? choiceText(choice, lang) : String(value) };
    }
    case 'multichoice': {
      const codes = Array.isArray(value) ? value.map(String) : [];
      if (!codes.length) return null;
      return { kind: 'text', text: codes.map((code) => { const c = choiceByCode(field, code); return c ? choiceText(c, lang) : code; }).join(', ') };
    }
    case 'date':
      return { kind: 'date', day: String(value) };
    case 'period': {
      const p = parsePeriod(String(value));
      if (!p) return { kind: 'text', text: String(value) };
      return p.kind === 'day' ? { kind: 'date', day: p.day } : { kind: 'text', text: `${p.year} Q${p.quarter}` };
    }
    case 'user':
      return { kind: 'text', text: (value as Person).email };
    default:
      return { kind: 'text', text: String(value) };
  }
}

function kindText(field: FieldDef, lang: Lang): string {
  const t = EXCEL[lang];
  switch (field.kind) {
    case 'note': return t.kindNote;
    case 'year': return t.kindYear;
    case 'currency': return t.kindEuro;
    case 'percent': return t.kindPercent;
    case 'integer':
    case 'number': return t.kindNumber;
    case 'boolean': return t.kindYesNo;
    case 'choice': return field.fillIn ? t.kindFillIn : t.kindChoice;
    case 'multichoice': return t.kindMultichoice;
    case 'date': return t.kindDate;
    case 'period': return t.kindPeriod;
    case 'user': return t.kindEmail;
    default: return t.kindText;
  }
}

function allowedText(field: FieldDef, lang: Lang): string {
  if (field.kind === 'boolean') return `${YES_NO.yes[lang]} / ${YES_NO.no[lang]}`;
  const choices = field.choices ?? [];
  return choices.map((c) => (c.spValue !== undefined ? `${c.code} = ${c.labels[lang]}` : c.labels[lang])).join('\n');
}

/** Actions in the order people expect: by roadmap year, then by code (DT25-2 before DT25-10). */
export function sortActions(actions: readonly RoadmapAction[]): RoadmapAction[] {
  // One collator for the whole sort: `localeCompare` with options builds a new one per comparison.
  const collator = new Intl.Collator('fi', { numeric: true });
  return [...actions].sort((a, b) =>
    a.roadmapYear - b.roadmapYear ||
    collator.compare(a.code ?? '', b.code ?? '') ||
    collator.compare(a.title, b.title) ||
    a.id - b.id
  );
}

function numberFormatOf(field: FieldDef): NumberFormat | undefined {
  switch (field.kind) {
    case 'currency': return 'euro';
    case 'year':
    case 'integer': return 'whole';
    case 'percent':
    case 'number': return 'decimal';
    default: return undefined;
  }
}

function exportColumn(column: WorkbookColumn, lang: Lang, listIndexOf: (key: string) => number | undefined): ExportColumn {
  const t = EXCEL[lang];
  const header = columnHeader(column, lang);
  const width = columnWidth(column);
  if (column.kind === 'item') {
    return { key: column.key, header, width, hidden: true, text: column.key === 'etag', date: false, wrap: false, numberFormat: column.key === 'id' ? 'whole' : undefined };
  }
  const f = column.field;
  const listIndex = listIndexOf(f.key);
  const range = (kind: 'whole' | 'decimal', min: number, max: number): ColumnValidation =>
    ({ kind, min, max, errorTitle: t.numberErrorTitle, error: format(t.numberError, { min, max }) });
  let validation: ColumnValidation | undefined;
  if (listIndex !== undefined) validation = { kind: 'list', listIndex, strict: !f.fillIn, errorTitle: t.listErrorTitle, error: t.listError };
  else if (f.kind === 'year') validation = range('whole', f.min ?? 2000, f.max ?? 2099);
  else if (f.kind === 'percent') validation = range('decimal', f.min ?? 0, f.max ?? 100);
  else if (f.kind === 'currency') validation = range('decimal', f.min ?? 0, 1000000000);
  return {
    key: f.key, header, width, hidden: false,
    text: f.kind === 'text' || f.kind === 'note' || f.kind === 'user' || f.kind === 'multichoice',
    date: f.kind === 'date' || f.kind === 'period',
    wrap: f.kind === 'note',
    numberFormat: numberFormatOf(f),
    validation
  };
}

/** Builds the whole workbook for a set of actions. */
export function roadmapWorkbookModel(actions: readonly RoadmapAction[], options: ExportOptions): RoadmapWorkbookModel {
  const { lang, now } = options;
  const t = EXCEL[lang];
  const sorted = sortActions(actions);

  // The hidden choices sheet: one column per single-choice field, plus yes/no.
  const choiceLists: ChoiceList[] = [];
  const listIndex = new Map<string, number>();
  for (const column of WORKBOOK_COLUMNS) {
    if (column.kind !== 'field') continue;
    const f = column.field;
    if (f.kind === 'choice') {
      listIndex.set(f.key, choiceLists.length);
      choiceLists.push({ header: f.labels[lang], values: choiceValues(f, lang) });
    } else if (f.kind === 'boolean') {
      listIndex.set(f.key, choiceLists.length);
      choiceLists.push({ header: f.labels[lang], values: [YES_NO.yes[lang], YES_NO.no[lang]] });
    }
  }

  const columns = WORKBOOK_COLUMNS.map((c) => exportColumn(c, lang, (key) => listIndex.get(key)));
  const record = sorted as unknown as readonly Readonly<Record<string, unknown>>[];
  const rows = sorted.map((action, i) =>
    WORKBOOK_COLUMNS.map((column): ExportCell => {
      if (column.kind === 'item') {
        return column.key === 'id' ? { kind: 'number', value: action.id, format: 'whole' } : { kind: 'text', text: action.etag };
      }
      return exportCell(column.field, record[i][column.key], lang);
    })
  );

  const sheets = { roadmap: t.sheetRoadmap, instructions: t.sheetInstructions, choices: t.sheetChoices, base: BASE_SHEET_NAME };
  const years = options.years ?? null;
  const scope: ExportScope = { years: years ? [...years].sort((a, b) => a - b) : null };
  const instructions: string[][] = [
    [t.instrTitle],
    [format(t.instrExported, { date: formatDay(helsinkiDay(now), lang), scope: scope.years ? format(t.instrYears, { years: scope.years.join(', ') }) : t.instrAllYears })],
    [],
    [format(t.instrEdit, { sheet: sheets.roadmap })],
    [t.instrRows],
    [t.instrLists],
    [format(t.instrHidden, { id: EXCEL_ITEM_COLUMNS.id.labels[lang], version: EXCEL_ITEM_COLUMNS.etag.labels[lang] })],
    [t.instrConflicts],
    [t.instrDelete],
    [],
    [t.instrColumns],
    [t.instrColumn, t.instrContent, t.instrRequired, t.instrAllowed],
    ...WORKBOOK_COLUMNS.filter((c) => c.kind === 'field').map((c) => {
      const f = (c as Extract<WorkbookColumn, { kind: 'field' }>).field;
      const description = f.description ? `${kindText(f, lang)}. ${f.description[lang]}` : kindText(f, lang);
      return [f.labels[lang], description, f.required ? t.instrRequired : '', allowedText(f, lang)];
    })
  ];

  return {
    lang,
    sheets,
    columns,
    rows,
    choiceLists,
    instructions,
    base: baseSheetRows(sorted, scope, now),
    numberFormats: NUMBER_FORMATS
  };
}
