import { useTranslations } from 'next-intl';

const NOTICES = ['programmeCreated', 'roundCreated', 'userInvited', 'meetingAdded', 'meetingSaved', 'meetingCancelled', 'meetingRestored', 'imported', 'versionIssued'] as const;

/**
 * After a create, the page it leads to says it worked (from `?saved=`): one of the `Saved`
 * messages, or of `notices`, an area's own texts by the same keys.
 */
export function SavedNotice({ saved, notices }: { saved: string | string[] | undefined; notices?: Record<string, string> }) {
  const t = useTranslations('Saved');
  const texts: Record<string, string> = notices ?? Object.fromEntries(NOTICES.map((key) => [key, t(key)]));
  const notice = typeof saved === 'string' && Object.hasOwn(texts, saved) ? texts[saved] : undefined;
  return (
    <p role="status" className={notice ? 'mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
      {notice ?? ''}
    </p>
  );
}
