import type { SummaryBlock, SummaryDocument, SummarySection, SummarySectionId } from './types';

/** The coordinator's rewrite of a section's prose, and the fingerprint of the generated section it replaced. */
export interface SectionEdit {
  text: string;
  basedOn: string;
}
export type SummaryEdits = Partial<Record<SummarySectionId, SectionEdit>>;

/** A short fingerprint of a generated section (FNV-1a over its content): equal while its data is. */
export function fingerprint(section: Pick<SummarySection, 'prose' | 'data'>): string {
  const text = JSON.stringify([section.prose, section.data]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const ORDERED = /^\d+\)\s+/;
const UNORDERED = /^[-•]\s+/;

/** A section's prose as the editor shows it: paragraphs apart by an empty line, lists as "1) …" or "- …" lines. */
export function proseToText(blocks: SummaryBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return block.text;
      if (block.kind === 'list') return block.items.map((item, index) => (block.ordered ? `${index + 1}) ${item}` : `- ${item}`)).join('\n');
      return '';
    })
    .filter(Boolean)
    .join('\n\n');
}

/** The other way: paragraphs, and lists where every line of a paragraph starts as a list item. */
export function textToProse(text: string): SummaryBlock[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph): SummaryBlock => {
      const lines = paragraph.split(/\r?\n/).map((line) => line.trim());
      for (const [pattern, ordered] of [[ORDERED, true], [UNORDERED, false]] as const) {
        if (lines.every((line) => pattern.test(line))) return { kind: 'list', ordered, items: lines.map((line) => line.replace(pattern, '')) };
      }
      return { kind: 'paragraph', text: lines.join('\n') };
    });
}

/**
 * The generated document with the coordinator's edits in place of the generated prose, and the
 * sections whose data changed since they were edited (their generated text differs from the one
 * the edit replaced): the editor shows those side by side.
 */
export function applyEdits(generated: SummaryDocument, edits: SummaryEdits): { document: SummaryDocument; stale: SummarySectionId[] } {
  const stale: SummarySectionId[] = [];
  const sections = generated.sections.map((section) => {
    const edit = edits[section.id];
    if (!edit) return section;
    if (edit.basedOn !== fingerprint(section)) stale.push(section.id);
    return { ...section, prose: textToProse(edit.text) };
  });
  return { document: { ...generated, sections }, stale };
}
