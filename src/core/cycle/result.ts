/**
 * What a cycle rule returns: a value, or why not (a code the UI translates through the `cycle`
 * catalog). Throwing is kept for programmer errors.
 */
export type Outcome<T, E extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E; readonly field?: string };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(error: E, field?: string): { readonly ok: false; readonly error: E; readonly field?: string } {
  return field === undefined ? { ok: false, error } : { ok: false, error, field };
}
