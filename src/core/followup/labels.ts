import type { Lang } from '../i18n/catalog';
import { ROADMAP_ACTIONS, choiceLabel, fieldByKey } from '../schema';

/**
 * Labels of the codes a summary carries, from the schema's choices (one place for every language).
 * An unknown code (a fill-in director) is shown as typed.
 */
export type LabelledField =
  | 'goal' | 'level' | 'status' | 'trafficLight' | 'longTermBenefit' | 'needSource' | 'responsibleDirector'
  | 'costClass' | 'impactClass' | 'funding';

export function codeLabel(field: LabelledField, code: string, lang: Lang): string {
  return choiceLabel(fieldByKey(ROADMAP_ACTIONS, field), code, lang);
}

/** The level's short name as on the 8.11.2024 slides: the abbreviation in brackets when it has one. */
export function levelShortLabel(code: string, lang: Lang): string {
  const full = codeLabel('level', code, lang);
  const abbreviation = /\(([A-ZÅÄÖ]{3,})\)$/.exec(full);
  if (abbreviation) return abbreviation[1];
  return full.replace(/\s*\(.*\)$/, '');
}
