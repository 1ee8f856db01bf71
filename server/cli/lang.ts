import { DEFAULT_LANG, isLang, type Lang } from '../../src/core/i18n/catalog';

/**
 * The one language of a CLI run: `--lang`, else the locale the shell gives (LC_ALL, then LC_MESSAGES, then
 * LANG, as POSIX orders them), else Finnish. A locale names a language by its first two letters (`sv_FI.UTF-8`,
 * `en`, `fi-FI`); `C`/`POSIX` name none, so the next variable is asked.
 */
export function localeLanguage(env: NodeJS.ProcessEnv): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = (env[name] ?? '').trim();
    if (value === '' || /^(C|POSIX)([._@]|$)/i.test(value)) continue;
    const prefix = value.slice(0, 2).toLowerCase();
    return isLang(prefix) && !/^[a-z]/i.test(value.slice(2, 3)) ? prefix : undefined;
  }
  return undefined;
}

/** `--lang X` or `--lang=X` as written, before the options are parsed (usage errors need the language too). */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') return argv[i + 1] ?? '';
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return undefined;
}

export interface RunLanguage {
  readonly lang: Lang;
  /** `--lang` was given but is not fi, sv or en: the run goes on in `lang` to say so. */
  readonly invalid?: string;
}

export function runLanguage(argv: readonly string[], env: NodeJS.ProcessEnv, preset?: Lang): RunLanguage {
  const fallback = preset ?? localeLanguage(env) ?? DEFAULT_LANG;
  const given = langArgument(argv);
  if (given === undefined) return { lang: fallback };
  return isLang(given) ? { lang: given } : { lang: fallback, invalid: given };
}
