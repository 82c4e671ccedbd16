import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { getOutcomeForMinutes, latestMinutes } from '@/lib/db/minutes';
import { Link } from '@/lib/i18n/navigation';
import type { SupabaseClient } from '@supabase/supabase-js';
import { MinutesStateBadge } from './minutes-state';

/** The meeting record's "Minutes": where they stand and the way to them, for a held meeting only. */
export async function MinutesSection({ client, meetingId }: { client: SupabaseClient; meetingId: string }) {
  const [outcome, latest] = await Promise.all([getOutcomeForMinutes(client, meetingId), latestMinutes(client, meetingId)]);
  const t = await getTranslations('Minutes');
  return (
    <Section id="minutes" title={t('sectionTitle')}>
      {outcome?.held ? (
        <div className="space-y-2">
          <p className="flex flex-wrap items-center gap-2">
            <MinutesStateBadge progress={latest?.state ?? 'none'} />
            {latest ? <span className="text-slate-700">{t('revisionLabel', { revision: latest.revision })}</span> : null}
          </p>
          <Link href={`/panel/spotkania/${meetingId}/protokol`} className={textLink}>
            {latest ? t('sectionOpen') : t('sectionWrite')}
          </Link>
        </div>
      ) : (
        <EmptyState title={outcome ? t('notHeldTitle') : t('noOutcomeTitle')}>
          <p>{outcome ? t('notHeldText') : t('noOutcomeText')}</p>
        </EmptyState>
      )}
    </Section>
  );
}
