import type { ReactNode } from 'react';

/** A titled part of a page: an h2 that names the section for screen readers. */
export function Section({ id, title, children, className = 'mt-10' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="mb-3 text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
