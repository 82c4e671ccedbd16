import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { SummaryBlock, SummaryDocument } from './types';

/*
 * The PDF of a published summary, made once at publishing and stored with the version.
 *
 * Why pdfkit and not a browser's print (Chromium's `page.pdf({ tagged: true })`): a hosted Next.js
 * server (a serverless function, a small container) usually has no browser, and starting one per
 * publication is slow and heavy. pdfkit is plain JavaScript and writes a tagged PDF itself: the
 * document's language and title, a structure tree (H1, H2, P, L/LI, Table/TR/TH/TD) that a screen
 * reader follows, and an outline. Polish letters need a font that has them: DejaVu Sans, shipped
 * as an npm package (dejavu-fonts-ttf) so that it is installed with the app, not looked for on
 * the server's system.
 */

/** The font files, from node_modules at run time (next.config.ts keeps pdfkit unbundled and traces the fonts). */
const fontFile = (name: string) => path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', name);
const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';

const REGULAR_FONT = 'regular';
const BOLD_FONT = 'bold';
const MARGIN = 56; // 2 cm
const FOOTER = 28;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export interface PdfLabels {
  /** "Strona 2 z 5" */
  page: (current: number, total: number) => string;
}

function paragraph(doc: Doc, parent: Struct, text: string, options: { font?: string; size?: number; type?: 'P' | 'H1' | 'H2' } = {}) {
  parent.add(
    doc.struct(options.type ?? 'P', {}, () => {
      doc
        .font(options.font ?? REGULAR_FONT)
        .fontSize(options.size ?? 11)
        .text(text, { paragraphGap: 6 });
    }),
  );
}

function table(doc: Doc, parent: Struct, caption: string, head: string[], rows: string[][]) {
  paragraph(doc, parent, caption, { font: BOLD_FONT, size: 10 });
  doc.font(REGULAR_FONT).fontSize(9);
  // pdfkit tags the table (Table, TR, TH with its scope, TD) under `structParent`, which its typings do not list yet.
  const options: PDFKit.Mixins.TableOptionsWithData & { structParent: Struct } = {
    structParent: parent,
    defaultStyle: { padding: 4, border: 0.5, borderColor: '#64748b' },
    data: [
      head.map((text) => ({ text, type: 'TH' as const, scope: 'Column' as const, font: { src: BOLD_FONT }, backgroundColor: '#f1f5f9' })),
      ...rows.map((cells) => cells.map((text) => ({ text }))),
    ],
  };
  doc.table(options);
  doc.moveDown(0.8);
}

function block(doc: Doc, parent: Struct, item: SummaryBlock) {
  switch (item.kind) {
    case 'paragraph':
      return paragraph(doc, parent, item.text);
    case 'list': {
      const list = doc.struct('L');
      parent.add(list);
      doc.font(REGULAR_FONT).fontSize(11);
      doc.list(item.items, { structParent: list, listType: item.ordered ? 'numbered' : 'bullet', paragraphGap: 4, bulletRadius: 2 });
      list.end();
      doc.moveDown(0.5);
      return;
    }
    case 'table':
      return table(doc, parent, item.caption, item.head, item.rows);
    case 'chart':
      // The chart's numbers, as the table beside the picture on the page gives them.
      return table(
        doc,
        parent,
        item.caption,
        ['', ...item.series.map((series) => series.name)],
        item.categories.map((category, index) => [category, ...item.series.map((series) => String(series.values[index] ?? 0))]),
      );
  }
}

/** The summary as a tagged A4 PDF in Polish, with an outline of its sections and page numbers. */
export function renderSummaryPdf(summary: SummaryDocument, labels: PdfLabels): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'pl-PL',
    displayTitle: true,
    bufferPages: true,
    // Start with DejaVu, never loading the standard Helvetica (which has no Polish letters).
    font: fontFile(REGULAR),
    info: { Title: summary.title, Subject: summary.subtitle, Creator: 'Tura' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont(REGULAR_FONT, fontFile(REGULAR));
  doc.registerFont(BOLD_FONT, fontFile(BOLD));

  const root = doc.struct('Document');
  doc.addStructure(root);
  paragraph(doc, root, summary.title, { type: 'H1', font: BOLD_FONT, size: 18 });
  paragraph(doc, root, summary.subtitle, { size: 12 });
  doc.moveDown();

  for (const section of summary.sections) {
    const sect = doc.struct('Sect');
    root.add(sect);
    // A heading never ends a page on its own.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.outline.addItem(section.heading);
    paragraph(doc, sect, section.heading, { type: 'H2', font: BOLD_FONT, size: 14 });
    for (const item of [...section.prose, ...section.data]) block(doc, sect, item);
    sect.end();
    doc.moveDown(0.5);
  }
  root.end();

  // Page numbers: page furniture, not content (an artifact a screen reader skips).
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(REGULAR_FONT)
      .fontSize(9)
      .fillColor('#334155')
      .text(labels.page(index + 1, count), MARGIN, doc.page.height - MARGIN, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
