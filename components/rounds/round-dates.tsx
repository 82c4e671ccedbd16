import { useTranslations } from 'next-intl';

/** A round's dates as Polish documents write them: "11.10.2011 r. – 30.11.2011 r.". */
export function RoundDates({ startsOn, endsOn }: { startsOn: string | null; endsOn: string | null }) {
  const t = useTranslations();
  if (!startsOn) return <>{t('Home.noDates')}</>;
  const from = new Date(startsOn);
  return <>{endsOn ? t('Dates.range', { from, to: new Date(endsOn) }) : t('Dates.from', { date: from })}</>;
}
