import '@pnp/sp/webs';
import { MessageError } from '../../src/core/i18n/cli';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { SPFI } from '@pnp/sp';
import { httpStatusOf, toDataError } from '../../src/data/errors';
import { webPathOf } from '../../src/data/sp';
import { serverRelativeFilePath } from '../../src/excel/library';
import type { Publication } from './index';
import { FILES } from './names';
import { parseState, serialiseState, StateError, type PublicationState } from './state';

/**
 * The publication in a SharePoint document library folder (`--target library:'Shared Documents/julkaisu'`),
 * through PnPjs: the city's web team takes it from there (SharePoint itself serves .html files as
 * downloads, so the library is the hand-off, not the website). The previous publication's state is read
 * from the folder; a file is uploaded only when it is new or its content changed since the previous
 * publication (each upload is a new version in the library), the files the previous publication wrote
 * and this one no longer has go to the recycle bin, and the state file is written last.
 */

export interface LibraryTarget {
  /** Server-relative path of the folder. */
  readonly folder: string;
}

/** `library:PATH` (site-relative, server-relative or a URL) → the folder's server-relative path. */
export function libraryTarget(sp: SPFI, target: string): LibraryTarget {
  const path = target.replace(/^library:/, '').trim().replace(/\/+$/, '');
  return { folder: serverRelativeFilePath(webPathOf(sp), path) };
}

export class LibraryTargetError extends MessageError {
  public readonly name = 'LibraryTargetError';
}

async function fileText(sp: SPFI, path: string): Promise<string | null> {
  try {
    return await sp.web.getFileByServerRelativePath(path).getText();
  } catch (error) {
    if (httpStatusOf(error) === 404) return null;
    throw toDataError(error, `read ${path}`);
  }
}

/** The previous publication's state in the library folder, or null if it has none. */
export async function readLibraryState(sp: SPFI, target: LibraryTarget): Promise<PublicationState | null> {
  const text = await fileText(sp, `${target.folder}/${FILES.state}`);
  if (text === null) return null;
  try {
    return parseState(text);
  } catch (error) {
    if (error instanceof StateError) throw error.in(`${target.folder}/${FILES.state}`);
    throw error;
  }
}

async function ensureFolder(sp: SPFI, folder: string): Promise<void> {
  try {
    const info = (await sp.web.getFolderByServerRelativePath(folder).select('Exists')()) as { Exists?: boolean };
    if (info.Exists !== false) return;
  } catch (error) {
    if (httpStatusOf(error) !== 404) throw toDataError(error, `read the folder ${folder}`);
  }
  try {
    await sp.web.folders.addUsingPath(folder, true);
  } catch (error) {
    throw new LibraryTargetError({ key: 'publishLibraryFolder', values: { folder, detail: toDataError(error, 'create it').message } });
  }
}

async function libraryFileNames(sp: SPFI, folder: string): Promise<Set<string>> {
  try {
    const files = (await sp.web.getFolderByServerRelativePath(folder).files.select('Name')()) as { Name: string }[];
    return new Set(files.map((f) => f.Name.toLowerCase()));
  } catch (error) {
    throw toDataError(error, `list ${folder}`);
  }
}

export interface LibraryUpload {
  readonly uploaded: readonly string[];
  readonly unchanged: number;
  readonly recycled: readonly string[];
}

/** Uploads what changed since `previous` (the state read from the same folder), state file last. */
export async function uploadPublication(sp: SPFI, target: LibraryTarget, publication: Publication, previous: PublicationState | null): Promise<LibraryUpload> {
  await ensureFolder(sp, target.folder);
  const present = await libraryFileNames(sp, target.folder);
  const folder = sp.web.getFolderByServerRelativePath(target.folder);
  const names = Object.keys(publication.files).filter((n) => n !== FILES.state).sort();
  const uploaded: string[] = [];
  let unchanged = 0;
  const upload = async (name: string): Promise<void> => {
    const body = new TextEncoder().encode(publication.files[name]);
    try {
      await folder.files.addUsingPath(name, body.buffer as ArrayBuffer, { Overwrite: true });
    } catch (error) {
      throw toDataError(error, `upload ${target.folder}/${name}`);
    }
    uploaded.push(name);
  };
  for (const name of names) {
    const same = present.has(name.toLowerCase()) && previous?.files[name] === publication.state.files[name];
    if (same) unchanged++;
    else await upload(name);
  }
  const recycled: string[] = [];
  for (const name of publication.removed) {
    if (!present.has(name.toLowerCase())) continue;
    try {
      await sp.web.getFileByServerRelativePath(`${target.folder}/${name}`).recycle();
    } catch (error) {
      if (httpStatusOf(error) !== 404) throw toDataError(error, `recycle ${target.folder}/${name}`);
    }
    recycled.push(name);
  }
  if (previous === null || serialisedChanged(previous, publication) || !present.has(FILES.state.toLowerCase())) await upload(FILES.state);
  else unchanged++;
  return { uploaded, unchanged, recycled };
}

function serialisedChanged(previous: PublicationState, publication: Publication): boolean {
  return serialiseState(previous) !== publication.files[FILES.state];
}
