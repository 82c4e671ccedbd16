import { useTranslations } from 'next-intl';
import { diffText, type TextChange } from '@/lib/opinions/diff';

function Changes({ changes }: { changes: TextChange[] }) {
  const t = useTranslations('Assumptions');
  return (
    <>
      {changes.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} className="bg-green-100 text-green-950 underline decoration-green-800">
            <span className="sr-only">{t('diffAdded')} </span>
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index} className="bg-red-100 text-red-950 line-through">
            <span className="sr-only">{t('diffRemoved')} </span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/**
 * What changed between two revisions of an assumption: added words underlined on green, removed
 * ones struck through on red, and said in words to screen readers (never by colour alone).
 */
export function RevisionDiff({ before, after }: { before: { title: string; body: string }; after: { title: string; body: string } }) {
  const t = useTranslations('Assumptions');
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t('diffLegend')}</p>
      <p className="font-semibold">
        <Changes changes={diffText(before.title, after.title)} />
      </p>
      <p className="whitespace-pre-wrap">
        <Changes changes={diffText(before.body, after.body)} />
      </p>
    </div>
  );
}
