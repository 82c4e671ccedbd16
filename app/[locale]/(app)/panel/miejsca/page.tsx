import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewVenueForm } from '@/components/planning/venue-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { listVenues } from '@/lib/db/schedule';
import { titleFrom } from '@/lib/i18n/metadata';
import { createUserClient } from '@/lib/supabase/server';
import { DataTable } from '@/components/ui/data-table';
import { textLink } from '@/components/ui/styles';
import { Link } from '@/lib/i18n/navigation';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Venues', 'title');

export default async function VenuesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('venues.manage');
  const venues = await listVenues(createUserClient(user));
  const t = await getTranslations('Venues');
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      {venues.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <DataTable className="mb-10" caption={t('count', { count: venues.length })} columns={[t('name'), t('address'), t('rooms')]}>
          {venues.map((venue) => (
            <tr key={venue.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/panel/miejsca/${venue.id}`} className={textLink}>
                  {venue.name}
                </Link>
              </th>
              <td className="py-2 pr-4">{venue.address || '–'}</td>
              <td className="py-2 pr-4">{venue.rooms.length > 0 ? venue.rooms.map((room) => room.name).join(', ') : t('noRooms')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="new-venue-heading">
        <h2 id="new-venue-heading" className="mb-3 text-2xl font-semibold">
          {t('add')}
        </h2>
        <NewVenueForm />
      </section>
    </>
  );
}
