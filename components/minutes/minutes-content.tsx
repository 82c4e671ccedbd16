import { useTranslations } from 'next-intl';
import type { MinutesText } from '@/lib/minutes/draft';
import { MINUTES_PARTS } from '@/lib/workflow/minutes';

/** The five parts of the minutes, as saved or as typed; a part left empty says so. */
export function MinutesContent({ text, compact = false, headingLevel }: { text: MinutesText; compact?: boolean; headingLevel?: 'h2' | 'h3' | 'h4' }) {
  const t = useTranslations('Minutes');
  if (headingLevel) {
    const Heading = headingLevel;
    return (
      <div className="space-y-4">
        {MINUTES_PARTS.map((part) => (
          <div key={part} className="break-inside-avoid">
            <Heading className="text-lg font-semibold">{t(`parts.${part}`)}</Heading>
            <p className="whitespace-pre-wrap">{text[part] || t('emptyPart')}</p>
          </div>
        ))}
      </div>
    );
  }
  return (
    <dl className={compact ? 'mt-2 space-y-2 text-sm' : 'space-y-3'}>
      {MINUTES_PARTS.map((part) => (
        <div key={part}>
          <dt className="font-medium">{t(`parts.${part}`)}</dt>
          <dd className="whitespace-pre-wrap">{text[part] || t('emptyPart')}</dd>
        </div>
      ))}
    </dl>
  );
}
