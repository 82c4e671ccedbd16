import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { MeetingTime } from './meeting-time';
import { VacantBadge } from './vacant-badge';
import { DataTable } from '@/components/ui/data-table';

interface Props {
  meetings: readonly ScheduleMeeting[];
  caption: string;
  vacantTeamIds?: readonly string[];
  /** Last cells per meeting: a calendar link and a sign-up link for the public, actions for the coordinator. */
  extra?: Extra | readonly Extra[];
}

interface Extra {
  header: string;
  cell: (meeting: ScheduleMeeting) => ReactNode;
}

/** The schedule as the domain document prints it: team, place, date and hour. */
export function ScheduleTable({ meetings, caption, vacantTeamIds = [], extra = [] }: Props) {
  const t = useTranslations('Schedule');
  const extras: readonly Extra[] = Array.isArray(extra) ? extra : [extra];
  return (
    <DataTable caption={caption} columns={[t('team'), t('place'), t('dateTime'), t('kind'), ...extras.map((column) => column.header)]}>
      {meetings.map((meeting) => (
        <tr key={meeting.id} className={`border-b border-slate-200 align-top ${meeting.cancelled ? 'text-slate-600' : ''}`}>
          <th scope="row" className="py-2 pr-4 font-normal">
            <span className={meeting.cancelled ? 'line-through' : 'font-medium'}>{meeting.teamName}</span>
            {vacantTeamIds.includes(meeting.teamId) ? <VacantBadge /> : null}
            {meeting.scope ? <span className="block text-sm text-slate-700">{meeting.scope}</span> : null}
            {meeting.cancelled ? <span className="block text-sm font-semibold text-red-800">{t('cancelled')}</span> : null}
          </th>
          <td className="py-2 pr-4">
            {meeting.venueName}
            {meeting.venueAddress ? <span className="block text-sm text-slate-700">{meeting.venueAddress}</span> : null}
            {meeting.roomName ? <span className="block">{t('room', { room: meeting.roomName })}</span> : null}
          </td>
          <td className="py-2 pr-4">
            <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
          </td>
          <td className="py-2 pr-4">{meeting.isPublic ? t('open') : t('closed')}</td>
          {extras.map((column) => (
            <td key={column.header} className="py-2 pr-4">
              {column.cell(meeting)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
