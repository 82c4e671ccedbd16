import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { OpinionPagesNav } from '@/components/decisions/round-opinion-links';
import { RegisterTableView } from '@/components/register/register-table-view';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requireRound } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { listRegisterTallies } from '@/lib/db/register';
import type { Locale } from '@/lib/i18n/routing';
import { titleFrom } from '@/lib/i18n/metadata';
import { registerFigures } from '@/lib/opinions/register';
import { REGISTER_FORMATS, registerFile } from '@/lib/opinions/register-file';
import { registerTables } from '@/lib/opinions/register-tables';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Register', 'title');

/** A round's register of opinions: counts per department, team, stance and decision, and who has not answered. */
export default async function RegisterPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, round } = await requireRound('opinions.decide', id);
  const today = todayInWarsaw();
  const figures = registerFigures(await listRegisterTallies(client, round.id), today);
  const t = await getTranslations('Register');
  const tables = registerTables(figures, await getTranslations());
  const format = await getFormatter();
  // The links say each file's size, as the files are made on download from the same figures.
  const files = await Promise.all(REGISTER_FORMATS.map(async (kind) => ({ kind, file: await registerFile(kind, { round, figures, today, locale: locale as Locale }) })));
  const query = locale === 'pl' ? '' : `?locale=${locale}`;

  return (
    <>
      <PageHeading title={t('title')} lead={t('lead', { round: round.title, date: new Date(today) })} />
      <OpinionPagesNav roundId={round.id} current="register" />
      {figures.total.asked === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHelp')}</EmptyState>
      ) : (
        <>
          <p className="mb-6 max-w-3xl text-lg">{t('summary', { ...figures.total })}</p>
          <section aria-labelledby="downloads-heading" className="mb-10">
            <h2 id="downloads-heading" className="mb-3 text-2xl font-semibold">
              {t('downloads')}
            </h2>
            <ul className="space-y-2">
              {files.map(({ kind, file }) => (
                <li key={kind}>
                  {/* A plain link: the browser downloads what the route handler answers. */}
                  <a href={`/api/rounds/${round.id}/register/${kind}${query}`} download={file.fileName} className={textLink}>
                    {t(`download.${kind}`, { size: format.number(file.body.byteLength / 1000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }) })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <div className="space-y-10">
            {tables.map((table) => (
              <RegisterTableView key={table.id} table={table} empty={t('nobodyOwes')} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
