/**
 * Turns what Node, fetch and PnPjs throw into one readable line (no stack traces for user error).
 */
/** An Error from any realm (fetch errors come from Node's own realm, not a test VM's). */
function isErrorLike(value: unknown): value is Error {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string');
}

export function describeError(error: unknown): string {
  if (!isErrorLike(error)) return String(error);
  const code = (error as { code?: string }).code ?? ((error as { cause?: { code?: string } }).cause?.code);
  if (code === 'ECONNREFUSED') return 'the site is unreachable (connection refused). Is the URL right and the server running?';
  if (code === 'ENOTFOUND') return 'the site host name does not resolve. Check the --site URL.';
  if (code === 'ERR_INVALID_ARG_TYPE' || /Invalid URL/i.test(error.message)) return `not a valid URL: ${error.message}`;
  if (error.message.startsWith('Unknown option') || error.message.includes('Unexpected argument')) return error.message.replace(/\. To specify.*$/, '');
  const cause = (error as { cause?: unknown }).cause;
  if (error.message === 'fetch failed' && isErrorLike(cause)) return `the site could not be reached (${cause.message}). Check the --site URL.`;
  const status = (error as { status?: number }).status;
  if (status === 401) return 'not signed in to the site (HTTP 401). Use --auth.';
  if (status === 403) return 'access denied (HTTP 403): your account lacks the right for this.';
  if (status === 404) return 'not found (HTTP 404). Is the --site URL the programme site, and is it provisioned?';
  return error.message.split('\n')[0];
}
