import type { ReactNode } from 'react';

/**
 * A table of data as WCAG wants it: a caption (visible, or for screen readers only), header cells
 * with their scope, and a scroll of its own on a narrow screen. The rows come as children.
 */
export function DataTable({
  caption,
  columns,
  hiddenCaption = false,
  stackOnPhone = false,
  className = '',
  children,
}: {
  caption: string;
  columns: ReactNode[];
  hiddenCaption?: boolean;
  /** On a phone, each row as a card of its own, its cells labelled by their `data-label` (see globals.css). */
  stackOnPhone?: boolean;
  /** Spacing around the table. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`overflow-x-auto ${stackOnPhone ? 'stack-on-phone' : ''} ${className}`}>
      <table className="w-full border-collapse text-left">
        <caption className={hiddenCaption ? 'sr-only' : 'mb-2 text-left font-semibold'}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {columns.map((column, index) => (
              <th key={index} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
