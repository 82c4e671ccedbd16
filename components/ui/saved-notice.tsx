import { useTranslations } from 'next-intl';

const NOTICES = ['programmeCreated', 'roundCreated', 'userInvited', 'meetingAdded', 'meetingSaved', 'meetingCancelled', 'imported', 'versionIssued'] as const;

/** After a create, the page it leads to says it worked (from `?saved=`). */
export function SavedNotice({ saved }: { saved: string | string[] | undefined }) {
  const t = useTranslations('Saved');
  const notice = NOTICES.find((key) => key === saved);
  return (
    <p role="status" className={notice ? 'mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
      {notice ? t(notice) : ''}
    </p>
  );
}
