import { useTranslations } from 'next-intl';
import type { OpinionText } from '@/lib/opinions/draft';

/** An opinion's stance, justification and proposed wording, as saved or as typed. */
export function OpinionContent({ text, compact = false }: { text: OpinionText; compact?: boolean }) {
  const t = useTranslations('Opinions');
  return (
    <dl className={compact ? 'mt-2 space-y-2 text-sm' : 'space-y-3'}>
      <div>
        <dt className="font-medium">{t('stance')}</dt>
        <dd>{text.stance ? t(`stances.${text.stance}`) : t('noStance')}</dd>
      </div>
      <div>
        <dt className="font-medium">{t('justification')}</dt>
        <dd className="whitespace-pre-wrap">{text.justification || t('empty')}</dd>
      </div>
      <div>
        <dt className="font-medium">{t('proposedWording')}</dt>
        <dd className="whitespace-pre-wrap">{text.proposedWording || t('empty')}</dd>
      </div>
    </dl>
  );
}
