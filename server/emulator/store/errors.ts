/**
 * The errors the emulator raises, carrying the HTTP status and the SharePoint error code so that the
 * REST layer can answer exactly like SharePoint Online (and the Graph layer can map them to its own shape).
 */
export class SpError extends Error {
  public readonly name = 'SpError';
  constructor(
    public readonly status: number,
    /** SharePoint's `code`, e.g. `-2147024891, System.UnauthorizedAccessException`. */
    public readonly code: string,
    message: string,
    /** Extra response headers (e.g. `Retry-After`). */
    public readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
  }
}

export const accessDenied = (): SpError =>
  new SpError(403, '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.');

export const etagMismatch = (requested: string, actual: string): SpError =>
  new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${requested}' does not match the object's ETag value '${actual}'.`);

export const listNotFound = (what: string, siteUrl: string): SpError =>
  new SpError(404, '-1, System.ArgumentException', `List '${what}' does not exist at site with URL '${siteUrl}'.`);

export const fileNotFound = (): SpError =>
  new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

export const itemNotFound = (): SpError =>
  new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');

export const fieldNotFound = (name: string): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`);

export const propertyNotFound = (name: string, type: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`);

export const invalidQuery = (message: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

export const throttled = (): SpError =>
  new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.');

export const duplicateValues = (): SpError =>
  new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    'The list item could not be added or updated because duplicate values were found in one or more fields in the list.');

export const fieldValidation = (message: string): SpError =>
  new SpError(400, '-2130575163, Microsoft.SharePoint.SPFieldValidationException', message);

export const userNotFound = (): SpError =>
  new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');

export const groupNotFound = (): SpError =>
  new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');

export const notSupported = (what: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The emulator does not support ${what}.`);

export const notFoundResource = (segment: string): SpError =>
  new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);
