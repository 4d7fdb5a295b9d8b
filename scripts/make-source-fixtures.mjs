// Writes the Excel and PDF source fixtures of test/fixtures/sources/ (committed; re-run after changing this file):
//   node scripts/make-source-fixtures.mjs
// The workbook is written with exceljs, the library Policy Lens reads it with. The PDF is written by hand below
// (a Type0 font with a ToUnicode map, as PDF producers write CJK text) because no PDF writer is a dependency.
// The figures are those of the Changsha 2025 statistical communiqué (test/fixtures/checks/changsha-bulletin-2025.html).
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'sources');

async function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date('2026-04-01T00:00:00Z');
  wb.modified = wb.created;
  const sheet = wb.addWorksheet('财政');
  // A title merged across the table, a table number beside its unit, two header rows (a year over two columns),
  // a code column.
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').value = '2025年长沙市财政收支情况';
  sheet.getCell('A2').value = '表一';
  sheet.getCell('D2').value = '单位：亿元';
  sheet.addRow([]);
  sheet.getRow(3).values = ['科目编码', '项目', '2025年', '2025年'];
  sheet.getRow(4).values = ['科目编码', '项目', '执行数', '比上年增长%'];
  const rows = [
    ['101', '地方一般公共预算收入', 1296.87, 0.0256],
    ['10101', '其中：税收收入', 900.12, 0.031],
    ['201', '一般公共预算支出', 1625.77, -0.012],
  ];
  rows.forEach((r, i) => {
    const row = sheet.getRow(5 + i);
    row.values = r;
    row.getCell(3).numFmt = '0.00';
    row.getCell(4).numFmt = '0.0%';
  });
  // A hidden helper column (row numbers for printing), as real budget workbooks have.
  sheet.getColumn(5).hidden = true;
  ['打印', '打印', 8, 10, 22].forEach((v, i) => {
    sheet.getCell(3 + i, 5).value = v;
  });
  // A total kept as a formula with its cached result, as Excel saves it.
  sheet.getRow(8).values = ['', '收支差额', { formula: 'C5-C7', result: -328.9 }, ''];
  sheet.getCell('C8').numFmt = '0.00';
  // A second sheet with a 单位 column, and a hidden helper sheet that must not be read.
  const people = wb.addWorksheet('人口');
  people.addRow(['指标', '单位', '年末数']);
  people.addRow(['常住人口', '万人', 1061.51]);
  people.addRow(['城镇新增就业', '万人', 16.84]);
  const hidden = wb.addWorksheet('helper', { state: 'hidden' });
  hidden.addRow(['地方一般公共预算收入', 9999]);
  await wb.xlsx.writeFile(join(dir, 'changsha-2025.xlsx'));
}

/** A PDF of the given pages (lines of text); every character is one glyph of an unembedded CID font. */
function pdf(pages) {
  const chars = [...new Set(pages.flat().join(''))];
  const gid = new Map(chars.map((c, i) => [c, i + 1]));
  const hex4 = (n) => n.toString(16).padStart(4, '0');
  const utf16 = (c) =>
    [...Buffer.from(c, 'utf16le')].reduce((acc, b, i, all) => (i % 2 ? acc : acc + hex4(all[i + 1] * 256 + b)), '');
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
  ];
  for (let i = 0; i < chars.length; i += 100) {
    const block = chars.slice(i, i + 100);
    toUnicode.push(`${block.length} beginbfchar`);
    for (const c of block) toUnicode.push(`<${hex4(gid.get(c))}> <${utf16(c)}>`);
    toUnicode.push('endbfchar');
  }
  toUnicode.push('endcmap CMapName currentdict /CMap defineresource pop end end');

  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pagesObj = add(null);
  const cmap = add(
    `<< /Length ${Buffer.byteLength(toUnicode.join('\n'))} >>\nstream\n${toUnicode.join('\n')}\nendstream`,
  );
  const descendant = add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /PolicyLensFixture /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 0 0 R /DW 1000 >>',
  );
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /PolicyLensFixture /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  objects[descendant - 1] = objects[descendant - 1].replace(
    '/FontDescriptor 0 0 R',
    `/FontDescriptor ${descriptor} 0 R`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /PolicyLensFixture /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${cmap} 0 R >>`,
  );
  const kids = pages.map((lines) => {
    const content = ['BT', '/F1 12 Tf', '14 TL', '40 800 Td'];
    for (const line of lines) content.push(`<${[...line].map((c) => hex4(gid.get(c))).join('')}> Tj T*`);
    content.push('ET');
    const stream = content.join('\n');
    const contents = add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function communiquePdf() {
  const pages = [
    [
      '— 1 —',
      '2025年长沙市国民经济和社会发展统计公报',
      '长沙市统计局',
      '一、综合',
      '全年全市地区生产总值15268.8亿元，比上年增长5.5%。',
    ],
    [
      '— 2 —',
      '二、财政',
      '全年地方一般公共预算收入1296.87亿元，增长2.6%。',
      '一般公共预算支出1625.77亿元。',
      '年末全市常住人口1061.51万人。',
    ],
  ];
  writeFileSync(join(dir, 'changsha-2025.pdf'), pdf(pages));
}

await workbook();
communiquePdf();
console.log(`wrote ${dir}/changsha-2025.xlsx and changsha-2025.pdf`);
