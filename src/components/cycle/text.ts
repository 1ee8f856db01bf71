import { format, type Lang } from '../../core/i18n/catalog';
import { CYCLE, type CycleKey } from '../../core/i18n/cycle';

/** A `cycle` string with its placeholders filled. */
export function cycleText(lang: Lang, key: CycleKey, values?: Readonly<Record<string, string | number>>): string {
  return format(CYCLE[lang][key], values);
}

/** The sentence for a rule's refusal or error code (`steering-only`, `reason-required`…). */
export function reasonText(lang: Lang, code: string): string {
  const strings = CYCLE[lang] as Readonly<Record<string, string>>;
  return strings[`deny.${code}`] ?? strings[`error.${code}`] ?? code;
}
