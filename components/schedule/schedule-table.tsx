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
  const columns = [t('team'), t('place'), t('dateTime'), t('kind'), ...extras.map((column) => column.header)];
  return (
    <DataTable caption={caption} columns={columns} stackOnPhone>
      {meetings.map((meeting) => (
        <tr key={meeting.id} className={`border-b border-slate-200 align-top ${meeting.cancelled ? 'text-slate-600' : ''}`}>
          <th scope="row" className="min-w-40 py-2 pr-4 font-normal [overflow-wrap:anywhere]">
            <span className={meeting.cancelled ? 'line-through' : 'font-medium'}>{meeting.teamName}</span>
            {vacantTeamIds.includes(meeting.teamId) ? <VacantBadge /> : null}
            {meeting.scope ? <span className="block text-sm text-slate-700">{meeting.scope}</span> : null}
            {meeting.cancelled ? <span className="block text-sm font-semibold text-red-800">{t('cancelled')}</span> : null}
          </th>
          <td data-label={columns[1]} className="min-w-32 py-2 pr-4 [overflow-wrap:anywhere]">
            {meeting.venueName}
            {meeting.venueAddress ? <span className="block text-sm text-slate-700">{meeting.venueAddress}</span> : null}
            {meeting.roomName ? <span className="block">{t('room', { room: meeting.roomName })}</span> : null}
          </td>
          <td data-label={columns[2]} className="py-2 pr-4">
            <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
          </td>
          <td data-label={columns[3]} className="py-2 pr-4">
            {meeting.isPublic ? t('open') : t('closed')}
          </td>
          {extras.map((column) => (
            <td key={column.header} data-label={column.header} className="py-2 pr-4">
              {column.cell(meeting)}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
