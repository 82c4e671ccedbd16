'use client';

import { useTranslations } from 'next-intl';
import { secondaryButton } from '@/components/ui/styles';
import type { DraftState, LocalDraft } from '@/lib/drafts/draft';
import { utcToWarsaw } from '@/lib/schedule/warsaw-time';

/** The namespaces holding a draft's messages: `status.*`, `conflict.*`, `kept.*`, `atTime`, `atDateTime`. */
export type DraftMessages = 'Opinions' | 'Minutes';

/** "14:02" today, "20.10.2011 r., 14:02" on another day (Warsaw time). */
export function useSavedAt(messages: DraftMessages) {
  const t = useTranslations(messages);
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
export function DraftStatusLine<T>({ messages, state, message }: { messages: DraftMessages; state: DraftState<T>; message: (key: string | null) => string }) {
  const t = useTranslations(messages);
  const savedAt = useSavedAt(messages);
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

interface KeptTextProps<T> {
  messages: DraftMessages;
  kept: LocalDraft<T>;
  /** What of the kept text to show, so the person knows which text it is. */
  preview: string;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Text this browser kept from an earlier visit, never saved: offered back, or let go. */
export function KeptTextOffer<T>({ messages, kept, preview, onRestore, onDiscard }: KeptTextProps<T>) {
  const t = useTranslations(messages);
  const savedAt = useSavedAt(messages);
  return (
    <section aria-labelledby="kept-text-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-4">
      <h3 id="kept-text-heading" className="font-semibold">
        {t('kept.heading')}
      </h3>
      <p className="mt-1">{t('kept.text', { when: savedAt(kept.at) })}</p>
      <p className="mt-2 whitespace-pre-wrap rounded bg-white p-2 text-sm">{preview}</p>
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
