'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { secondaryButton } from '@/components/ui/styles';
import { useScripted } from '@/components/ui/use-scripted';
import type { DraftFields, DraftState } from '@/lib/drafts/draft';
import { useSavedAt, type DraftMessages } from './draft-status';

function Version({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="min-w-0 flex-1 rounded border border-slate-300 bg-white p-3">
      <h4 className="font-semibold">{heading}</h4>
      {children}
    </div>
  );
}

interface Props<T> {
  /** The namespace with the draft's `conflict.*`, `atTime` and `atDateTime` messages. */
  messages: DraftMessages;
  state: DraftState<T>;
  /** One version's text, as the person reads it. */
  renderText: (text: T) => ReactNode;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: () => void;
  onMergeDone: () => void;
}

/**
 * Someone (or another tab) saved this draft meanwhile: both versions side by side, theirs as saved
 * and this one as typed, and the choice. Nothing is saved over theirs until the person chooses.
 * Without JavaScript, saving the form keeps this text (it then builds on their version).
 */
export function DraftConflict<T extends DraftFields<T>>({ messages, state, renderText, onKeepMine, onTakeTheirs, onMerge, onMergeDone }: Props<T>) {
  const t = useTranslations(messages);
  const savedAt = useSavedAt(messages);
  const scripted = useScripted();
  const theirs = state.theirs!;
  const merging = state.status !== 'conflict';
  return (
    <section aria-labelledby="conflict-heading" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h3 id="conflict-heading" className="text-lg font-semibold text-red-900">
        {merging ? t('conflict.mergingHeading') : t('conflict.heading')}
      </h3>
      <p className="mt-1">{merging ? t('conflict.mergingText') : t('conflict.text')}</p>
      <div className="mt-3 flex flex-col gap-3 md:flex-row">
        <Version heading={t('conflict.theirs', { when: theirs.savedAt ? savedAt(theirs.savedAt) : '' })}>{renderText(theirs)}</Version>
        {merging ? null : <Version heading={t('conflict.mine')}>{renderText(state.fields)}</Version>}
      </div>
      {scripted ? (
        <div className="mt-3 flex flex-wrap gap-3">
          {merging ? (
            <button type="button" onClick={onMergeDone} className={secondaryButton}>
              {t('conflict.mergeDone')}
            </button>
          ) : (
            <>
              <button type="button" onClick={onKeepMine} className={secondaryButton}>
                {t('conflict.keepMine')}
              </button>
              <button type="button" onClick={onTakeTheirs} className={secondaryButton}>
                {t('conflict.takeTheirs')}
              </button>
              <button type="button" onClick={onMerge} className={secondaryButton}>
                {t('conflict.merge')}
              </button>
            </>
          )}
        </div>
      ) : (
        <p className="mt-3">{t('conflict.withoutScript')}</p>
      )}
    </section>
  );
}
