import { beforeAll, describe, expect, it } from 'vitest';
import { renderSummaryPdf } from '@/lib/summary/pdf';
import type { SummaryDocument } from '@/lib/summary/types';
import { readPdf } from '../fixtures/pdf';

const summary: SummaryDocument = {
  title: 'Podsumowanie II tury spotkań zespołów branżowych',
  subtitle: 'Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2012–2014',
  sections: [
    {
      id: 'decisions',
      heading: 'Ustalenia spotkania z moderatorami',
      prose: [
        { kind: 'paragraph', text: 'Spotkanie odbyło się 29 września 2011 r. w MOWIS.' },
        { kind: 'list', ordered: true, items: ['Wydział będzie przyjmował opinie na bieżąco.', 'Zaplanowano II turę spotkań branżowych.'] },
      ],
      data: [],
    },
    {
      id: 'schedule',
      heading: 'Harmonogram spotkań',
      prose: [],
      data: [
        {
          kind: 'table',
          caption: 'Harmonogram według stanu na 31.10.2011',
          head: ['Zespół', 'Miejsce', 'Termin'],
          rows: [
            ['Zespół ds. rozwoju gospodarczego', 'MOWIS, sala 103', '26.10.2011, 15:00'],
            ['Zespół ds. rekreacji, sportu i turystyki', 'MOWIS, sala 103', '11.10.2011, 14:00'],
          ],
        },
      ],
    },
    {
      id: 'follow_ups',
      heading: 'Rozmowy z wydziałami',
      prose: [{ kind: 'paragraph', text: 'Rozmowy z ZIKiT i Wydziałem Sportu: żółć, źdźbło, gęś.' }],
      data: [{ kind: 'chart', caption: 'Opinie według wydziałów', categories: ['Wydział Sportu', 'ZIKiT'], series: [{ name: 'przyjęte', values: [2, 1] }] }],
    },
  ],
};

const labels = { page: (current: number, total: number) => `Strona ${current} z ${total}` };

describe('the summary PDF', () => {
  let bytes: Buffer;
  let read: Awaited<ReturnType<typeof readPdf>>;
  let pdf: Awaited<ReturnType<typeof readPdf>>['pdf'];
  let text: string;

  beforeAll(async () => {
    bytes = await renderSummaryPdf(summary, labels);
    read = await readPdf(bytes);
    ({ pdf, text } = read);
  });

  it('is an A4 PDF whose text, Polish letters included, reads as written', async () => {
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const page = await pdf.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    for (const phrase of [
      'Podsumowanie II tury spotkań zespołów branżowych',
      'Zespół ds. rozwoju gospodarczego',
      'Wydział będzie przyjmował opinie na bieżąco.',
      'ZIKiT',
      'żółć, źdźbło, gęś',
      'Harmonogram według stanu na 31.10.2011',
      'Strona 1 z 1',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('is tagged, in Polish, with the title shown as its title', async () => {
    expect(read).toMatchObject({ marked: true, lang: 'pl-PL' });
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
    expect(info.Title).toBe(summary.title);
  });

  it('has headings, paragraphs, a list and a table with header cells in its structure', async () => {
    const tree = await (await pdf.getPage(1)).getStructTree();
    const roles = new Set<string>();
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    walk(tree as unknown as { role?: string; children?: unknown[] });
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']) expect(roles).toContain(role);
  });

  it('has an outline with a bookmark per section', async () => {
    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual(summary.sections.map((section) => section.heading));
  });
});

describe('text from users in the summary PDF', () => {
  /** Markup, a script, a link and PDF syntax, as a coordinator or the minutes could write them. */
  const hostile = `<script>app.alert(1)</script> javascript:app.alert(2) https://evil.example ) /S /JavaScript /JS (app.alert(3) =cmd|' /C calc'!A0`;
  const document: SummaryDocument = {
    title: hostile,
    subtitle: hostile,
    sections: [
      {
        id: 'decisions',
        heading: hostile,
        prose: [
          { kind: 'paragraph', text: hostile },
          { kind: 'list', ordered: false, items: [hostile] },
        ],
        data: [{ kind: 'table', caption: hostile, head: ['Zespół', 'Uwagi'], rows: [[hostile, hostile]] }],
      },
    ],
  };

  it('is drawn as the text it is: no link, no action, no script, and the title reads as written', async () => {
    const { pdf, text } = await readPdf(await renderSummaryPdf(document, labels));
    // As written, wherever the lines wrap it.
    const unwrapped = (words: string) => words.replace(/\s+/g, '');
    expect(unwrapped(text)).toContain(unwrapped(hostile));
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      expect(await page.getAnnotations()).toEqual([]);
      expect(await page.getJSActions()).toBeNull();
    }
    expect(await pdf.getJSActions()).toBeNull();
    expect(await pdf.getOpenAction()).toBeNull();
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Subject?: string } };
    expect(info).toMatchObject({ Title: hostile, Subject: hostile });
  });
});
