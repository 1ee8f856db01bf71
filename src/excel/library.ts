import '@pnp/sp/webs';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import type { IFile } from '@pnp/sp/files';
import { httpStatusOf, toDataError } from '../data/errors';
import { webPathOf } from '../data/sp';
import { MAX_WORKBOOK_FILE_BYTES } from '../core/excel/read';
import { concatBytes } from './bytes';

/**
 * The roadmap workbook in a document library of the programme site (e.g. `Shared Documents/tiekartta_v2.xlsx`).
 * Reading remembers the file's etag; writing back sends it as IF-Match, so SharePoint saves a new version
 * only if nobody saved one after the version that was read (HTTP 412 otherwise). Earlier versions stay in
 * the library's version history.
 */

export interface LibraryWorkbook {
  /** The path as given (site-relative). */
  readonly path: string;
  readonly serverRelativePath: string;
  /** The version that was read, for IF-Match when writing back. */
  readonly etag: string;
  readonly version?: string;
  readonly content: Uint8Array;
}

/** Someone saved a newer version after the one that was read; nothing was written. */
export class LibraryConflictError extends Error {
  public readonly name = 'LibraryConflictError';
  public constructor(public readonly path: string) {
    super(`${path} was changed after it was read`);
  }
}

/** The file is larger than a workbook may be to be read; nothing (or not more than the limit) was downloaded. */
export class LibraryFileTooLargeError extends Error {
  public readonly name = 'LibraryFileTooLargeError';
  public constructor(public readonly path: string, public readonly bytes: number, public readonly maxBytes: number) {
    super(`${path} is ${bytes} bytes; at most ${maxBytes} are read`);
  }
}

export class LibraryFileNotFoundError extends Error {
  public readonly name = 'LibraryFileNotFoundError';
  public constructor(public readonly path: string) {
    super(`${path} was not found`);
  }
}

/**
 * The server-relative path of a file given site-relative (`Shared Documents/x.xlsx`), server-relative
 * (`/sites/digiohjelma/Shared Documents/x.xlsx`) or as an absolute URL.
 */
export function serverRelativeFilePath(webPath: string, path: string): string {
  let p = path.trim();
  if (/^https?:\/\//i.test(p)) p = decodeURIComponent(new URL(p).pathname);
  p = p.replace(/\\/g, '/');
  if (p.startsWith('/')) return p;
  return `${webPath}/${p.replace(/^\.?\/+/, '')}`;
}

interface FileInfo {
  readonly ETag?: string;
  readonly UIVersionLabel?: string;
  /** Edm.Int64: SharePoint's JSON gives it as a string. */
  readonly Length?: string | number;
}

export interface LibraryReadOptions {
  /** Files larger than this are refused before their content is downloaded (default MAX_WORKBOOK_FILE_BYTES). */
  readonly maxBytes?: number;
}

/**
 * Downloads a file's content, counting the bytes as they arrive: a version saved between the size check
 * and the download can be no larger than the limit either.
 */
async function boundedContent(file: IFile, path: string, maxBytes: number): Promise<Uint8Array> {
  const { body } = await file.getStream();
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new LibraryFileTooLargeError(path, size, maxBytes);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

function notFoundOr(error: unknown, path: string): Error {
  return httpStatusOf(error) === 404 ? new LibraryFileNotFoundError(path) : toDataError(error, `read ${path}`);
}

/**
 * Reads a workbook and the etag of exactly the version read: the etag is read before and after the
 * content, and a save in between makes it read again (so a write-back can never skip a version). The
 * file's size (SharePoint's `Length`) is checked before its content is downloaded.
 */
export async function readLibraryWorkbook(sp: SPFI, path: string, options: LibraryReadOptions = {}): Promise<LibraryWorkbook> {
  const maxBytes = options.maxBytes ?? MAX_WORKBOOK_FILE_BYTES;
  const serverRelativePath = serverRelativeFilePath(webPathOf(sp), path);
  const file = sp.web.getFileByServerRelativePath(serverRelativePath);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const before = (await file.select('ETag', 'UIVersionLabel', 'Length')()) as FileInfo;
      const length = Number(before.Length);
      if (Number.isFinite(length) && length > maxBytes) throw new LibraryFileTooLargeError(path, length, maxBytes);
      const content = await boundedContent(file, path, maxBytes);
      const after = (await file.select('ETag', 'UIVersionLabel')()) as FileInfo;
      if (before.ETag && before.ETag === after.ETag) {
        return { path, serverRelativePath, etag: before.ETag, version: before.UIVersionLabel, content };
      }
    } catch (error) {
      if (error instanceof LibraryFileTooLargeError) throw error;
      throw notFoundOr(error, path);
    }
  }
  throw new LibraryConflictError(path);
}

/** The current etag of a file, or undefined when it does not exist. */
export async function libraryFileEtag(sp: SPFI, path: string): Promise<string | undefined> {
  const serverRelativePath = serverRelativeFilePath(webPathOf(sp), path);
  try {
    const info = (await sp.web.getFileByServerRelativePath(serverRelativePath).select('ETag')()) as FileInfo;
    return info.ETag;
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw toDataError(error, `read ${path}`);
  }
}

/**
 * Saves a workbook as a new version of the file, only if its current version is `etag` (IF-Match);
 * with `etag` null the file must not exist yet (it is created). Returns the new version's etag.
 */
export async function writeLibraryWorkbook(sp: SPFI, path: string, content: Uint8Array, etag: string | null): Promise<{ readonly etag: string; readonly version?: string }> {
  const serverRelativePath = serverRelativeFilePath(webPathOf(sp), path);
  // ExcelJS's bytes may be a view on a larger buffer: send exactly the file.
  const body = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength ? (content.buffer as ArrayBuffer) : content.slice().buffer;
  try {
    if (etag === null) {
      const slash = serverRelativePath.lastIndexOf('/');
      const folder = sp.web.getFolderByServerRelativePath(serverRelativePath.slice(0, slash));
      await folder.files.addUsingPath(serverRelativePath.slice(slash + 1), body, { Overwrite: false });
    } else {
      await sp.web.getFileByServerRelativePath(serverRelativePath).using(InjectHeaders({ 'IF-Match': etag })).setContent(body);
    }
  } catch (error) {
    const status = httpStatusOf(error);
    // 412: a newer version exists; on create, a file that exists by now is the same situation. SharePoint
    // answers both that and an invalid name with 400, so look rather than guess from the status.
    if (status === 412) throw new LibraryConflictError(path);
    if (etag === null && (status === 409 || status === 400) && (await libraryFileEtag(sp, path)) !== undefined) throw new LibraryConflictError(path);
    if (status === 404) throw new LibraryFileNotFoundError(path);
    throw toDataError(error, `write ${path}`);
  }
  const info = (await sp.web.getFileByServerRelativePath(serverRelativePath).select('ETag', 'UIVersionLabel')()) as FileInfo;
  return { etag: info.ETag ?? '', version: info.UIVersionLabel };
}
