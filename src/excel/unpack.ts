import { Unzip, UnzipInflate, zipSync, type Unzipped } from 'fflate';
import { concatBytes } from './bytes';

/**
 * Unpacks the parts of an .xlsx that the import reads, counting the bytes actually inflated and stopping
 * at a ceiling. A ZIP's declared sizes are whatever its author wrote (a 1.7 MB file can declare 1 000
 * bytes and inflate to 400 MB), so only what inflating really produces is trusted.
 *
 * The file is fed to fflate's streaming unzip in small slices: one slice of DEFLATE data inflates to at
 * most about a thousand times its size, so the ceiling is overshot by a bounded amount and memory stays
 * bounded whatever the file says about itself. Parts the import does not read (pictures, drawings,
 * printer settings, custom XML) are never inflated.
 */

/** Compressed bytes per push: at most ~1 032 × this (4 MB) can appear before the ceiling is checked again. */
const SLICE = 4 * 1024;

/** The parts ExcelJS needs to give us cell values and number formats (names without a leading slash). */
export function isWorkbookPart(name: string): boolean {
  return name === '_rels/.rels' || name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' || name === 'xl/styles.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
}

export type UnpackResult =
  | { readonly ok: true; readonly parts: Unzipped; readonly inflatedBytes: number }
  | { readonly ok: false; readonly problem: 'tooLarge' | 'corrupt'; readonly inflatedBytes: number };

interface PartState {
  readonly chunks: Uint8Array[];
  size: number;
  done: boolean;
}

/**
 * Inflates the parts `keep` selects, stopping as soon as more than `maxBytes` have come out in all.
 * Never throws: a damaged stream is `corrupt`, too much data `tooLarge`.
 */
export function unpackParts(bytes: Uint8Array, maxBytes: number, keep: (name: string) => boolean = isWorkbookPart): UnpackResult {
  const parts = new Map<string, PartState>();
  let inflated = 0;
  let problem: 'tooLarge' | 'corrupt' | undefined;
  const unzip = new Unzip((file) => {
    const name = file.name.replace(/^\/+/, '');
    if (!keep(name) || problem) return; // never started: its data is skipped, not inflated
    const part: PartState = { chunks: [], size: 0, done: false };
    parts.set(name, part); // a repeated name: the last one wins, as in every ZIP reader
    file.ondata = (error, data, final) => {
      if (error) {
        problem ??= 'corrupt';
        return;
      }
      inflated += data.length;
      if (inflated > maxBytes) {
        problem ??= 'tooLarge';
        part.chunks.length = 0; // let the memory go at once
        return;
      }
      if (data.length) {
        part.chunks.push(data);
        part.size += data.length;
      }
      if (final) part.done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
      if (problem) break; // set by a part's callback during the push
    }
  } catch {
    problem ??= 'corrupt';
  }
  if (problem) return { ok: false, problem, inflatedBytes: inflated };
  const out: Unzipped = {};
  for (const [name, part] of parts) {
    if (!part.done) return { ok: false, problem: 'corrupt', inflatedBytes: inflated };
    out[name] = concatBytes(part.chunks, part.size);
  }
  return { ok: true, parts: out, inflatedBytes: inflated };
}

/**
 * The unpacked parts as a new ZIP (stored, not compressed) for ExcelJS: it then reads exactly the bytes
 * that were counted, never the original file's entries, whatever their headers claim.
 */
export function repack(parts: Unzipped): Uint8Array {
  return zipSync(parts, { level: 0 });
}
