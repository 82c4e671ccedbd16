import type { ReactNode } from 'react';

/** What an empty list says: why it is empty and what would fill it. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-6">
      <p className="font-semibold text-slate-900">{title}</p>
      <div className="mt-2 text-slate-700">{children}</div>
    </div>
  );
}
