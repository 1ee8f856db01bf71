import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import JSZip from 'jszip';

/**
 * Crafted workbooks, built the way an attacker builds them: a valid .xlsx whose worksheet is a DEFLATE
 * stream of hundreds of megabytes of sheet XML, while the ZIP declares it 1 000 bytes. Nothing here is a
 * committed binary; the files are made in memory in a second or two.
 *
 * The DEFLATE stream is one compressed megabyte of rows repeated: compressed with a full flush, a block
 * ends byte-aligned and refers to nothing before it, so N copies of it inflate to N megabytes.
 */

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const ROW = '<row><c t="inlineStr"><is><t>Toimenpide</t></is></c><c t="inlineStr"><is><t>Tila</t></is></c></row>';
const MB = 1024 * 1024;

/** A raw DEFLATE stream that inflates to about `megabytes` MB of worksheet XML. */
export function bombSheetDeflate(megabytes: number): Uint8Array {
  const flushed = (text: string): Buffer => deflateRawSync(Buffer.from(text), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const head = flushed(SHEET_HEAD);
  const body = flushed(ROW.repeat(Math.floor(MB / ROW.length)));
  const tail = deflateRawSync(Buffer.from(SHEET_TAIL), { level: 9 });
  const out = new Uint8Array(head.length + body.length * megabytes + tail.length);
  out.set(head, 0);
  for (let i = 0; i < megabytes; i++) out.set(body, head.length + i * body.length);
  out.set(tail, head.length + body.length * megabytes);
  return out;
}

const WORKBOOK_PARTS: Record<string, string> = {
  '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tiekartta" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
};

/** The declared uncompressed size of the worksheet. */
export const DECLARED_SHEET_BYTES = 1000;

/**
 * The bomb as fflate's streaming ZIP writer makes it: the worksheet's data handed over already
 * compressed, with a data descriptor and a central directory entry that declare 1 000 bytes.
 */
export function bombWithDataDescriptor(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  for (const [name, text] of Object.entries(WORKBOOK_PARTS)) {
    const part = new ZipPassThrough(name);
    zip.add(part);
    part.push(strToU8(text), true);
  }
  const deflated = bombSheetDeflate(megabytes);
  const sheet = { filename: 'xl/worksheets/sheet1.xml', size: DECLARED_SHEET_BYTES, crc: 0, compression: 8 } as Parameters<Zip['add']>[0];
  zip.add(sheet);
  sheet.ondata?.(null, deflated, true);
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/**
 * The bomb with the sizes in the local header, as most ZIP writers make entries: JSZip writes the parts
 * (the worksheet stored as a placeholder of the stream's length), then the worksheet's headers are
 * rewritten to say "deflated, 1 000 bytes" and the placeholder becomes the stream.
 */
export async function bombWithLocalSizes(megabytes: number): Promise<Uint8Array> {
  const deflated = bombSheetDeflate(megabytes);
  const zip = new JSZip();
  for (const [name, text] of Object.entries(WORKBOOK_PARTS)) zip.file(name, text);
  const name = 'xl/worksheets/sheet1.xml';
  zip.file(name, new Uint8Array(deflated.length), { compression: 'STORE' });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameBytes = Buffer.from(name);
  const at = (signature: number, from: number): number => {
    for (let i = from; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) === signature && Buffer.from(bytes.subarray(i + (signature === 0x04034b50 ? 30 : 46), i + (signature === 0x04034b50 ? 30 : 46) + nameBytes.length)).equals(nameBytes)) return i;
    }
    throw new Error(`no ${signature.toString(16)} header for ${name}`);
  };
  const local = at(0x04034b50, 0);
  view.setUint16(local + 8, 8, true); // method: deflate
  view.setUint32(local + 22, DECLARED_SHEET_BYTES, true); // uncompressed size
  const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  bytes.set(deflated, data);
  const central = at(0x02014b50, data + deflated.length);
  view.setUint16(central + 10, 8, true);
  view.setUint32(central + 24, DECLARED_SHEET_BYTES, true);
  return bytes;
}
