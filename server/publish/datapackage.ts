import { REPORT_STRINGS } from '../../src/core/i18n/followupReport';
import { CSV_DIALECT } from './csv';
import { ACTION_COLUMNS, HISTORY_COLUMNS, METRIC_COLUMNS, type Column } from './data';
import { FILES } from './names';
import type { PublicationSettings } from './settings';

/**
 * `datapackage.json`: the open data described as a Frictionless (Tabular) Data Package v1, so that a data
 * user, a portal such as avoindata.fi or a validator knows each CSV's columns, types, units, licence and
 * source without reading our code. Built from the same column definitions that write the CSVs.
 */

function schemaOf<R>(columns: readonly Column<R>[], primaryKey: readonly string[]): object {
  return {
    fields: columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      description: c.description,
      // Not a property of Table Schema v1: kept as a custom property, as the specification allows.
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.required || c.enum || c.pattern ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.enum ? { enum: c.enum } : {}), ...(c.pattern ? { pattern: c.pattern } : {}) } } : {})
    })),
    missingValues: [''],
    ...(primaryKey.length > 0 ? { primaryKey } : {})
  };
}

function resource(name: string, path: string, title: string, description: string, schema: object): object {
  return {
    name,
    path,
    profile: 'tabular-data-resource',
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema
  };
}

export function dataPackage(settings: PublicationSettings, updatedAt: string | null): string {
  const fi = REPORT_STRINGS.fi;
  const en = REPORT_STRINGS.en;
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'porvoo-digitiekartta',
    title: `${en.organisation}: ${en.publicTitle}`,
    description: `${en.publicIntro} ${fi.publicIntro}`,
    ...(settings.baseUrl ? { homepage: settings.baseUrl } : {}),
    // The data's own time of its latest change: the same data gives the same descriptor.
    ...(updatedAt ? { created: updatedAt } : {}),
    licenses: [{ name: settings.licence.name, title: settings.licence.title, path: settings.licence.path }],
    sources: [{ title: `${en.organisation}, ${en.programmeName}: the roadmap lists on the programme’s SharePoint site` }],
    keywords: ['digital programme', 'roadmap', 'Porvoo', 'Borgå', 'digitiekartta'],
    resources: [
      resource('actions', FILES.actionsCsv, 'Roadmap actions and their progress', 'One row per action of every roadmap year: goal, level, status, traffic light, progress, period and costs.', schemaOf(ACTION_COLUMNS, ['code'])),
      resource('metric-values', FILES.metricsCsv, 'The programme metrics’ yearly values', 'One row per metric and year, with the metric’s source and unit.', schemaOf(METRIC_COLUMNS, ['metric_code', 'year'])),
      resource('status-history', FILES.historyCsv, 'Public history of the status reports', 'One row per status report: its day, overall traffic light, progress and the summary its author marked public.', schemaOf(HISTORY_COLUMNS, []))
    ]
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
