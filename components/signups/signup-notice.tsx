'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** What a sign-up or its confirmation came to: a titled box that takes the focus when it replaces a form. */
export function SignupNotice({ title, tone = 'good', focus = false, children }: { title: string; tone?: 'good' | 'bad'; focus?: boolean; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  const colours = tone === 'good' ? 'border-green-700 bg-green-50' : 'border-amber-700 bg-amber-50';
  return (
    <div ref={box} tabIndex={-1} role="status" aria-labelledby="signup-notice-title" className={`max-w-2xl rounded border-2 p-4 ${colours}`}>
      <h2 id="signup-notice-title" className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </div>
  );
}
