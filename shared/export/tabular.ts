import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Streaming tables for Excel: CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and XLSX
 * (a minimal SpreadsheetML workbook, zipped as it is written). Rows come from an async iterable
 * (page after page of a Query), so memory stays flat however long the export.
 */
export type Cell = string | number | null | undefined;
export type Column<T> = { header: string; value: (row: T) => Cell };

const encoder = new TextEncoder();

/** Cells that Excel would run as formulas are prefixed (CSV injection). */
const safeText = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const csvCell = (v: Cell): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = safeText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csvStream<T>(columns: Column<T>[], rows: AsyncIterable<T>): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(`${columns.map((c) => csvCell(c.value(next.value))).join(',')}\r\n`));
    },
    async cancel() { await iterator.return?.(); },
  });
}

const xml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
  // Characters XML 1.0 cannot carry.
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const columnName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

const xlsxRow = (cells: Cell[], r: number) => `<row r="${r}">${cells.map((v, i) => {
  const ref = `${columnName(i)}${r}`;
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"><v>${v}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(String(v))}</t></is></c>`;
}).join('')}</row>`;

const staticParts = (sheetName: string): Array<[string, string]> => [
  ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
  ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
  ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
];

export function xlsxStream<T>(sheetName: string, columns: Column<T>[], rows: AsyncIterable<T>): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.asyncIterator]();
  let zip: Zip;
  let sheet: ZipDeflate;
  let r = 1;
  let emitted = 0;
  return new ReadableStream({
    start(controller) {
      zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        emitted++;
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      for (const [name, body] of staticParts(sheetName)) {
        const part = new ZipPassThrough(name);
        zip.add(part);
        part.push(strToU8(body), true);
      }
      sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
      zip.add(sheet);
      sheet.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xlsxRow(columns.map((c) => c.header), r++)}`));
    },
    // The deflater holds small inputs back: keep feeding rows until it lets a chunk out (a pull
    // that enqueues nothing would never be called again).
    async pull() {
      const before = emitted;
      while (emitted === before) {
        const next = await iterator.next();
        if (next.done) {
          sheet.push(strToU8('</sheetData></worksheet>'), true);
          zip.end();
          return;
        }
        sheet.push(strToU8(xlsxRow(columns.map((c) => c.value(next.value)), r++)));
      }
    },
    async cancel() { await iterator.return?.(); },
  });
}

/** Every item of a cursor-paged list, page by page. */
export async function* allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): AsyncIterable<T> {
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    yield* p.items;
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
}
