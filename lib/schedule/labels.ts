import type { ScheduleMeeting } from './types';

/** "Zespół ds. rekreacji, sportu i turystyki (w zakresie turystyki)": a meeting as people name it. */
export const meetingLabel = (meeting: Pick<ScheduleMeeting, 'teamName' | 'scope'>) =>
  meeting.scope ? `${meeting.teamName} (${meeting.scope})` : meeting.teamName;

const shortWarsaw = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' });

/** "24.10.2011, 14:00" in Warsaw, for messages that name another meeting. */
export const warsawDateTime = (iso: string) => shortWarsaw.format(new Date(iso));
