import { AccessDeniedError, NotFoundError } from './contracts';

/** The HTTP status of what PnPjs threw (its HttpRequestError), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** SharePoint's list view threshold error: HTTP 500 with `SPQueryThrottledException` in the body. */
export function isThresholdError(error: unknown): boolean {
  if (httpStatusOf(error) !== 500) return false;
  const message = error instanceof Error ? error.message : String(error);
  return /SPQueryThrottledException|list view threshold/i.test(message);
}

/**
 * Turns an HTTP failure into the data contract's typed errors (403, 404); anything else is returned
 * unchanged, so that the caller can still decide (412 is handled where the etag is known).
 */
export function toDataError(error: unknown, operation: string): Error {
  const status = httpStatusOf(error);
  if (status === 403) return new AccessDeniedError(operation);
  if (status === 404) {
    const url = (error as { response?: { url?: unknown } }).response?.url;
    return new NotFoundError(operation, typeof url === 'string' && url !== '' ? url : undefined);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * One line for what PnPjs threw: `HTTP 403: <SharePoint's own message>` instead of its
 * "Error making HttpClient request in queryable [403] ... ::> {json}".
 */
export function describeHttpError(error: unknown): string {
  const status = httpStatusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === undefined) return message.split('\n')[0];
  const body = message.split('::> ')[1] ?? '';
  let detail = '';
  try {
    const json = JSON.parse(body) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } | string } };
    const fromError = json.error?.message;
    detail = json['odata.error']?.message?.value ?? (typeof fromError === 'string' ? fromError : fromError?.value) ?? '';
  } catch {
    detail = body.trim().slice(0, 200);
  }
  return `HTTP ${status}${detail ? `: ${detail.split('\n')[0]}` : ''}`;
}
