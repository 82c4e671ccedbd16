'use client';

import { useTranslations } from 'next-intl';
import { secondaryButton } from '@/components/ui/styles';
import type { DraftState, LocalDraft } from '@/lib/opinions/draft';
import { utcToWarsaw } from '@/lib/schedule/warsaw-time';

/** "14:02" today, "20.10.2011 r., 14:02" on another day (Warsaw time). */
export function useSavedAt() {
  const t = useTranslations('Opinions');
  return (iso: string) => {
    const at = utcToWarsaw(iso);
    if (at.date === utcToWarsaw(new Date().toISOString()).date) return t('atTime', { time: at.time });
    const [year, month, day] = at.date.split('-');
    return t('atDateTime', { date: `${day}.${month}.${year}`, time: at.time });
  };
}

/**
 * Where the draft stands, said politely to screen readers (role=status) and never taking the
 * focus: saving, saved at, not saved and why, and that the text is safe in this browser.
 */
export function DraftStatusLine({ state, message }: { state: DraftState; message: (key: string | null) => string }) {
  const t = useTranslations('Opinions');
  const savedAt = useSavedAt();
  const text = (() => {
    switch (state.status) {
      case 'saving':
        return t('status.saving');
      case 'unsaved':
        return t('status.unsaved');
      case 'offline':
        return t('status.offline');
      case 'conflict':
        return t('status.conflict');
      case 'failed':
        return t('status.failed', { reason: message(state.error) });
      case 'saved':
        return state.base.savedAt ? t('status.saved', { when: savedAt(state.base.savedAt) }) : '';
    }
  })();
  const warning = state.status === 'offline' || state.status === 'failed' || state.status === 'conflict';
  return (
    <p role="status" className={warning ? 'font-medium text-red-800' : 'text-slate-700'}>
      {text}
    </p>
  );
}

/** Text this browser kept from an earlier visit, never saved: offered back, or let go. */
export function KeptTextOffer({ kept, onRestore, onDiscard }: { kept: LocalDraft; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations('Opinions');
  const savedAt = useSavedAt();
  return (
    <section aria-labelledby="kept-text-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h3 id="kept-text-heading" className="font-semibold">
        {t('kept.heading')}
      </h3>
      <p className="mt-1">{t('kept.text', { when: savedAt(kept.at) })}</p>
      <p className="mt-2 whitespace-pre-wrap rounded bg-white p-2 text-sm">{kept.fields.justification || kept.fields.proposedWording || t('kept.stanceOnly')}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={onRestore} className={secondaryButton}>
          {t('kept.restore')}
        </button>
        <button type="button" onClick={onDiscard} className={secondaryButton}>
          {t('kept.discard')}
        </button>
      </div>
    </section>
  );
}
