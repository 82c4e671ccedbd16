import { useTranslations } from 'next-intl';
import { ButtonForm } from '@/components/ui/form/button-form';
import { restoreSummarySectionAction, saveSummarySectionAction } from '@/lib/actions/summary';
import { proseToText, textToProse, type SectionEdit } from '@/lib/summary/edits';
import type { SummaryBlock, SummarySection } from '@/lib/summary/types';
import { SectionEditor } from './section-editor';
import { SummaryBlocks } from './summary-view';

interface Props {
  roundId: string;
  version: number;
  /** The section as the data gives it now. */
  generated: SummarySection;
  /** The coordinator's text of it, if any… */
  edit?: SectionEdit;
  /** …and whether the data changed since that text was written. */
  stale: boolean;
}

function Version({ heading, blocks }: { heading: string; blocks: SummaryBlock[] }) {
  return (
    <div className="min-w-0 flex-1 rounded border border-slate-300 bg-white p-3">
      <h4 className="font-semibold">{heading}</h4>
      <div lang="pl">
        <SummaryBlocks blocks={blocks} />
      </div>
    </div>
  );
}

/** What the coordinator sees of a section beside the preview: the data's changes since the edit, the editor, an empty section's hint. */
export function SectionAside({ roundId, version, generated, edit, stale }: Props) {
  const t = useTranslations('SummaryEditor');
  const id = generated.id;
  const heading = generated.heading;
  const text = edit?.text ?? proseToText(generated.prose);
  const hint = id === 'next_step' ? t('nextStepHint') : generated.data.length > 0 ? t('textHintData') : t('textHint');
  return (
    <div className="print:hidden">
      {edit && stale ? (
        <section aria-labelledby={`stale-${id}`} className="mb-4 rounded border-2 border-amber-700 bg-amber-50 p-4">
          <h3 id={`stale-${id}`} className="text-lg font-semibold text-amber-950">
            {t('stale.heading')}
          </h3>
          <p className="mt-1">{t('stale.text')}</p>
          <div className="mt-3 flex flex-col gap-3 md:flex-row">
            <Version heading={t('stale.edited')} blocks={textToProse(edit.text)} />
            <Version heading={t('stale.generated')} blocks={generated.prose} />
          </div>
          <div className="mt-3 flex flex-wrap gap-3">
            <ButtonForm action={saveSummarySectionAction} values={{ roundId, expectedVersion: version, section: id, text: edit.text }} label={t('stale.keep')} />
            <ButtonForm
              action={restoreSummarySectionAction}
              values={{ roundId, expectedVersion: version, section: id }}
              label={t('stale.take')}
              confirm={{ title: t('restoreTitle'), description: t('restoreText', { heading }), confirmLabel: t('restoreConfirm') }}
            />
          </div>
        </section>
      ) : null}
      {edit && !stale ? <p className="mb-2 text-sm text-slate-700">{t('editedNote')}</p> : null}
      <SectionEditor roundId={roundId} version={version} section={id} heading={heading} text={text} edited={edit !== undefined} hint={hint} />
      {!edit && generated.prose.length === 0 ? (
        <p className="mb-4 rounded border border-dashed border-slate-400 bg-slate-50 p-3 text-slate-800">{id === 'next_step' ? t('nextStepEmpty') : t('sectionEmpty')}</p>
      ) : null}
    </div>
  );
}
