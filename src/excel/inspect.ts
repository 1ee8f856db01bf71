/**
 * A look at a file's bytes before ExcelJS unpacks it: is it an .xlsx at all (a ZIP), an old .xls (an OLE
 * compound file), and how much sheet XML would have to be parsed. ExcelJS inflates every part into memory,
 * so a huge or malicious (ZIP bomb) file is refused here, in bounded memory, with a clear reason.
 */

export type FileKind = 'xlsx' | 'xls' | 'other';

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

export type ZipInspection =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly reason: 'notZip' | 'truncated' };

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'other';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/** Reads the ZIP central directory (names and sizes only; nothing is inflated). */
export function inspectZip(bytes: Uint8Array): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 0x100000000;
  if (fileKind(bytes) !== 'xlsx') return { ok: false, reason: 'notZip' };
  // The end-of-central-directory record is in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'truncated' };
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_EOCD_LOCATOR) return { ok: false, reason: 'truncated' };
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) return { ok: false, reason: 'truncated' };
    count = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
  }
  if (offset + size > bytes.length) return { ok: false, reason: 'truncated' };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return { ok: false, reason: 'truncated' };
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64 sizes live in the extra field (id 0x0001): uncompressed first, then compressed.
      let e = at + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = u16(e);
        const len = u16(e + 2);
        if (id === 0x0001) {
          let p = e + 4;
          if (uncompressedSize === 0xffffffff) { uncompressedSize = u64(p); p += 8; }
          if (compressedSize === 0xffffffff) compressedSize = u64(p);
          break;
        }
        e += 4 + len;
      }
    }
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The parts ExcelJS parses as XML text (media and themes are kept as bytes). */
export function parsedXmlBytes(entries: readonly ZipEntry[]): number {
  return entries
    .filter((e) => !/^\/?xl\/media\//.test(e.name) && !e.name.endsWith('/'))
    .reduce((sum, e) => sum + e.uncompressedSize, 0);
}
