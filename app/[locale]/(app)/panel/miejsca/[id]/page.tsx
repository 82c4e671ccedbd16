import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EditVenueForm, RoomForm } from '@/components/planning/venue-form';
import { ButtonForm } from '@/components/ui/form/button-form';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { removeRoomAction, removeVenueAction } from '@/lib/actions/planning';
import { requirePermission } from '@/lib/auth/session';
import { getVenue } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Venues', 'editTitle');

/** A venue: its name and address, its rooms (added, renamed, removed when unused), and removing it when unused. */
export default async function VenuePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('venues.manage');
  const venue = isUuid(id) ? await getVenue(createUserClient(user), id) : null;
  if (!venue) notFound();
  const t = await getTranslations('Venues');
  return (
    <>
      <PageHeading title={venue.name} lead={venue.address || undefined} />
      <Section id="edit" title={t('editTitle')} className="mb-10">
        <EditVenueForm venue={{ id: venue.id, name: venue.name, address: venue.address }} />
      </Section>
      <Section id="rooms" title={t('rooms')} className="mb-10">
        <p className="mb-3 max-w-2xl">{venue.rooms.length > 0 ? t('roomsIntro') : t('noRoomsYet')}</p>
        <ul className="mb-6 space-y-6">
          {venue.rooms.map((room) => (
            <li key={room.id} className="rounded border border-slate-200 p-4">
              <RoomForm venueId={venue.id} room={room} />
              <div className="mt-3">
                <ButtonForm
                  action={removeRoomAction}
                  values={{ id: room.id }}
                  label={t('removeRoom', { room: room.name })}
                  confirm={{ title: t('removeRoomTitle', { room: room.name }), description: t('removeDescription'), confirmLabel: t('removeConfirm') }}
                />
              </div>
            </li>
          ))}
        </ul>
        <RoomForm venueId={venue.id} />
      </Section>
      <Section id="remove" title={t('removeHeading')} className="mb-10">
        <p className="mb-3 max-w-2xl">{t('removeHint')}</p>
        <ButtonForm
          action={removeVenueAction}
          values={{ id: venue.id }}
          label={t('remove')}
          confirm={{ title: t('removeTitle', { name: venue.name }), description: t('removeDescription'), confirmLabel: t('removeConfirm') }}
        />
      </Section>
      <Link href="/panel/miejsca" className={textLink}>
        {t('backToVenues')}
      </Link>
    </>
  );
}
