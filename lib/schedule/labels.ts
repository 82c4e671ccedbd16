import type { ScheduleMeeting } from './types';

/** "Zespół ds. rekreacji, sportu i turystyki (w zakresie turystyki)": a meeting as people name it. */
export const meetingLabel = (meeting: Pick<ScheduleMeeting, 'teamName' | 'scope'>) =>
  meeting.scope ? `${meeting.teamName} (${meeting.scope})` : meeting.teamName;
