import { useFormatter, useTranslations } from 'next-intl';

/** "24.10.2011 r., godz. 14:00–16:00", in Europe/Warsaw. */
export function MeetingTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const t = useTranslations('Schedule');
  const format = useFormatter();
  const start = new Date(startsAt);
  return (
    <>
      {t('when', {
        date: format.dateTime(start, 'numeric'),
        from: format.dateTime(start, { hour: '2-digit', minute: '2-digit' }),
        to: format.dateTime(new Date(endsAt), { hour: '2-digit', minute: '2-digit' }),
      })}
    </>
  );
}
