import { format, type Lang } from '../../core/i18n/catalog';
import { SHELL } from '../../core/i18n/shell';

/**
 * One localised sentence for what went wrong, for people (not a stack trace). Typed errors of the data
 * contract are recognised by name, so that this module does not pull the data layer into the bundle.
 */
export function describeError(error: unknown, lang: Lang): string {
  const t = SHELL[lang];
  const name = error instanceof Error ? error.name : '';
  const status = (error as { status?: unknown } | null)?.status;
  if (name === 'AccessDeniedError' || status === 403) return t.reasonAccessDenied;
  if (name === 'NotFoundError' || status === 404) return t.reasonNotFound;
  if (name === 'ConflictError' || status === 412) return t.reasonConflict;
  if (status === 429 || status === 503) return t.reasonThrottled;
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) return t.reasonNetwork;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return format(t.reasonUnknown, { message: message.slice(0, 200) });
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
