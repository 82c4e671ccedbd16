'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  /** Opens it (a form inside was refused, or says it saved); it never closes it: the person does. */
  open: boolean;
  className?: string;
  children: ReactNode;
}

/** A details/summary pair that opens itself when what it holds needs attention, in the server's HTML too. */
export function Disclosure({ summary, open, className, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  // React would take the attribute away (and close it) when `open` turns false again, say as the person corrects a field.
  const [openAtFirst] = useState(open);
  useEffect(() => {
    if (open && details.current) details.current.open = true;
  }, [open]);
  return (
    <details ref={details} open={openAtFirst || undefined} className={className}>
      <summary className="cursor-pointer font-medium text-brand-800">{summary}</summary>
      {children}
    </details>
  );
}
