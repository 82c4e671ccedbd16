import type { ReactNode } from 'react';
import type { SummaryBlock, SummaryDocument, SummarySectionId } from '@/lib/summary/types';

const CHART_COLOURS = ['#166534', '#1e40af', '#991b1b', '#475569'];

/** Counts per category as horizontal stacked bars: a picture of numbers that a table beside it also gives. */
function Chart({ block }: { block: Extract<SummaryBlock, { kind: 'chart' }> }) {
  const totals = block.categories.map((_, index) => block.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const row = 28;
  const label = 330;
  const width = 720;
  const description = block.categories
    .map((category, index) => `${category}: ${block.series.map((series) => `${series.name} ${series.values[index] ?? 0}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="my-6 break-inside-avoid">
      <figcaption className="mb-2 font-semibold">{block.caption}</figcaption>
      <svg role="img" aria-label={`${block.caption}. ${description}`} viewBox={`0 0 ${width} ${block.categories.length * row + 30}`} className="w-full max-w-3xl">
        {block.categories.map((category, index) => {
          let x = label;
          return (
            <g key={category} transform={`translate(0 ${index * row})`}>
              <text x={label - 8} y={18} textAnchor="end" fontSize="12" fill="#0f172a">
                {category.length > 48 ? `${category.slice(0, 47)}…` : category}
              </text>
              {block.series.map((series, seriesIndex) => {
                const value = series.values[index] ?? 0;
                const bar = ((width - label - 10) * value) / max;
                const rect = <rect key={series.name} x={x} y={4} width={bar} height={18} fill={CHART_COLOURS[seriesIndex % CHART_COLOURS.length]} />;
                x += bar;
                return rect;
              })}
            </g>
          );
        })}
        {block.series.map((series, index) => {
          // Each key starts after the names before it (about 6.5 units a letter at this size).
          const x = label + block.series.slice(0, index).reduce((sum, previous) => sum + 28 + previous.name.length * 6.5, 0);
          return (
            <g key={series.name} transform={`translate(${x} ${block.categories.length * row + 8})`}>
              <rect width={12} height={12} fill={CHART_COLOURS[index % CHART_COLOURS.length]} />
              <text x={16} y={11} fontSize="11" fill="#0f172a">
                {series.name}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function Block({ block }: { block: SummaryBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="my-3 max-w-3xl whitespace-pre-line break-words">{block.text}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`my-3 max-w-3xl space-y-2 pl-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
          {block.items.map((item, index) => (
            <li key={index} className="break-words">
              {item}
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <div className="my-4 overflow-x-auto" tabIndex={0} role="region" aria-label={block.caption}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{block.caption}</caption>
            <thead>
              <tr>
                {block.head.map((cell) => (
                  <th key={cell} scope="col" className="border border-slate-400 bg-slate-100 px-2 py-1 align-bottom">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((cells, index) => (
                <tr key={index} className="break-inside-avoid">
                  {cells.map((cell, cellIndex) => (
                    <td key={cellIndex} className="border border-slate-400 px-2 py-1 align-top break-words">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart':
      return <Chart block={block} />;
  }
}

/** Paragraphs, lists, tables and charts of a summary, in order. */
export function SummaryBlocks({ blocks }: { blocks: SummaryBlock[] }) {
  return blocks.map((block, index) => <Block key={index} block={block} />);
}

/**
 * A summary as semantic HTML, read in order: its title (the page's h1), then each section under
 * its h2. `aside` adds something after a section's heading (the editor's notes and forms).
 */
export function SummaryView({ document, aside, before }: { document: SummaryDocument; aside?: (id: SummarySectionId) => ReactNode; before?: ReactNode }) {
  return (
    <article lang="pl" className="summary">
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{document.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{document.subtitle}</p>
        {before}
      </header>
      {document.sections.map((section) => (
        <section key={section.id} aria-labelledby={`summary-${section.id}`} className="mt-8">
          <h2 id={`summary-${section.id}`} className="mb-3 text-2xl font-semibold">
            {section.heading}
          </h2>
          {aside?.(section.id)}
          <SummaryBlocks blocks={[...section.prose, ...section.data]} />
        </section>
      ))}
    </article>
  );
}
