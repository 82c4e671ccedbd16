import { polishDateTime } from '@/lib/schedule/warsaw-time';
import type { SummaryBlock, SummaryData, SummaryDocument, SummaryMeeting, SummarySection, SummaryTranslator } from './types';
import { comparePolish } from '@/lib/i18n/collation';

/**
 * The round summary from the round's data, in the order of the summaries the city published by
 * hand: the introduction, the coordination meetings' decisions, the schedule as last issued, which
 * meetings were held, the opinions on the assumptions and the decisions on them, the follow-up
 * talks, and the next step. Pure and linear in the size of the data: each list is walked once.
 */
export function buildSummary(data: SummaryData, t: SummaryTranslator): SummaryDocument {
  return {
    title: t('title', { round: data.round.title }),
    subtitle: data.programme.title,
    sections: [introduction(data, t), decisions(data, t), schedule(data, t), outcomes(data, t), opinions(data, t), followUps(data, t), nextStep(t)],
  };
}

const paragraph = (text: string): SummaryBlock => ({ kind: 'paragraph', text });

/** A message that says something only when there is something to say ("; participants: …"). */
const ifAny = (t: SummaryTranslator, key: string, value: string | null | undefined) => (value ? t(key, { value }) : '');

/** "11.10.2011 r." for a date ("2011-10-11"). */
export const polishDay = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} r.`;

/** "11.10.2011 r. godz. 14:00", as the schedule table writes a meeting's start. */
export function polishStart(iso: string): string {
  const { date, time } = polishDateTime(iso);
  return `${date} r. godz. ${time}`;
}

export const teamWithScope = (meeting: Pick<SummaryMeeting, 'teamName' | 'scope'>) =>
  meeting.scope ? `${meeting.teamName} / ${meeting.scope} /` : meeting.teamName;

function introduction(data: SummaryData, t: SummaryTranslator): SummarySection {
  const purposes = data.coordinationMeetings.map((meeting) => meeting.purpose).filter(Boolean);
  return {
    id: 'introduction',
    heading: t('introduction.heading'),
    prose: [
      paragraph(t('introduction.text', { organiser: data.organiser, number: data.round.number, round: data.round.title, programme: data.programme.title })),
      ...(purposes.length > 0 ? [paragraph(t('introduction.why', { purpose: purposes.join('; ') }))] : []),
    ],
    data: [],
  };
}

function decisions(data: SummaryData, t: SummaryTranslator): SummarySection {
  const prose = data.coordinationMeetings.flatMap((meeting): SummaryBlock[] => [
    paragraph(
      t('decisions.meeting', {
        organiser: data.organiser,
        date: polishDay(meeting.heldOn),
        place: ifAny(t, 'decisions.place', meeting.venue),
        title: meeting.title,
        participants: ifAny(t, 'decisions.participants', meeting.participants),
        hasDecisions: meeting.decisions.length > 0 ? 'yes' : 'no',
      }),
    ),
    ...(meeting.decisions.length > 0 ? [{ kind: 'list', ordered: true, items: meeting.decisions } satisfies SummaryBlock] : []),
  ]);
  return { id: 'decisions', heading: t('decisions.heading'), prose: prose.length > 0 ? prose : [paragraph(t('decisions.none'))], data: [] };
}

function schedule(data: SummaryData, t: SummaryTranslator): SummarySection {
  const issued = data.schedule;
  if (!issued) return { id: 'schedule', heading: t('schedule.heading'), prose: [paragraph(t('schedule.none'))], data: [] };
  const meetings = issued.meetings.filter((meeting) => !meeting.cancelled);
  return {
    id: 'schedule',
    heading: t('schedule.heading'),
    prose: [paragraph(t('schedule.text', { asOf: polishDay(issued.asOf), version: issued.number, count: meetings.length }))],
    data: [
      {
        kind: 'table',
        caption: t('schedule.caption', { asOf: polishDay(issued.asOf) }),
        head: [t('schedule.team'), t('schedule.place'), t('schedule.when')],
        rows: meetings.map((meeting) => [
          teamWithScope(meeting),
          [meeting.venueName, meeting.venueAddress, meeting.roomName ? t('schedule.room', { room: meeting.roomName }) : ''].filter(Boolean).join(', '),
          polishStart(meeting.startsAt),
        ]),
      },
    ],
  };
}

function outcomes(data: SummaryData, t: SummaryTranslator): SummarySection {
  const due = data.meetings.filter((meeting) => !meeting.cancelled);
  const notHeld = due.filter((meeting) => meeting.outcome && !meeting.outcome.held);
  const unknown = due.filter((meeting) => !meeting.outcome);
  const waived = due.filter((meeting) => meeting.outcome?.held && meeting.minutesWaiver);
  const prose: SummaryBlock[] = [
    paragraph(notHeld.length === 0 && unknown.length === 0 ? t('outcomes.allHeld') : t('outcomes.heldCount', { held: due.length - notHeld.length - unknown.length, total: due.length })),
  ];
  if (notHeld.length > 0) {
    prose.push(paragraph(t('outcomes.notHeldIntro', { count: notHeld.length })));
    prose.push({
      kind: 'list',
      ordered: false,
      items: notHeld.map((meeting) =>
        t('outcomes.notHeldItem', {
          team: teamWithScope(meeting),
          date: polishStart(meeting.startsAt),
          reason: t(`outcomes.reason.${meeting.outcome!.notHeldReason}`),
          note: ifAny(t, 'outcomes.note', meeting.outcome!.note),
        }),
      ),
    });
  }
  if (unknown.length > 0) prose.push(paragraph(t('outcomes.unknown', { meetings: unknown.map(teamWithScope).join('; ') })));
  for (const meeting of waived) prose.push(paragraph(t('outcomes.waiver', { team: teamWithScope(meeting), reason: meeting.minutesWaiver! })));
  return {
    id: 'outcomes',
    heading: t('outcomes.heading'),
    prose,
    data:
      due.length === 0
        ? []
        : [
            {
              kind: 'table',
              caption: t('outcomes.caption'),
              head: [t('outcomes.meeting'), t('outcomes.result'), t('outcomes.organisations'), t('outcomes.departments')],
              rows: due.map((meeting) => [
                `${teamWithScope(meeting)}, ${polishStart(meeting.startsAt)}`,
                meeting.outcome ? t(meeting.outcome.held ? 'outcomes.held' : 'outcomes.notHeld') : t('outcomes.noOutcome'),
                meeting.outcome?.held ? String(meeting.outcome.organisationCount ?? 0) : '—',
                meeting.outcome?.held && meeting.outcome.departments.length > 0 ? meeting.outcome.departments.join(', ') : '—',
              ]),
            },
          ],
  };
}

type Tally = { total: number; accepted: number; partially_accepted: number; rejected: number; pending: number };

/** Counts per key, in the order keys first appear, sorted by name. */
function tally(rows: SummaryData['opinions'], keyOf: (row: SummaryData['opinions'][number]) => string): [string, Tally][] {
  const counts = new Map<string, Tally>();
  for (const row of rows) {
    const key = keyOf(row);
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { total: 0, accepted: 0, partially_accepted: 0, rejected: 0, pending: 0 }));
    entry.total += 1;
    entry[row.outcome ?? 'pending'] += 1;
  }
  return [...counts.entries()].sort(([a], [b]) => comparePolish(a, b));
}

function opinions(data: SummaryData, t: SummaryTranslator): SummarySection {
  const heading = t('opinions.heading');
  if (data.opinions.length === 0) return { id: 'opinions', heading, prose: [paragraph(t('opinions.none'))], data: [] };
  const [all] = tally(data.opinions, () => '');
  const totals = all![1];
  const head = (first: string) => [first, t('opinions.total'), t('opinions.accepted'), t('opinions.partiallyAccepted'), t('opinions.rejected'), t('opinions.pending')];
  const row = ([name, counts]: [string, Tally]) => [name, ...[counts.total, counts.accepted, counts.partially_accepted, counts.rejected, counts.pending].map(String)];
  const byDepartment = tally(data.opinions, (opinion) => opinion.department);
  return {
    id: 'opinions',
    heading,
    prose: [
      paragraph(
        t('opinions.text', {
          total: totals.total,
          departments: byDepartment.length,
          accepted: totals.accepted,
          partially: totals.partially_accepted,
          rejected: totals.rejected,
          pending: totals.pending,
        }),
      ),
    ],
    data: [
      { kind: 'table', caption: t('opinions.byDepartment'), head: head(t('opinions.department')), rows: byDepartment.map(row) },
      { kind: 'table', caption: t('opinions.byTeam'), head: head(t('opinions.team')), rows: tally(data.opinions, (opinion) => opinion.team).map(row) },
      {
        kind: 'chart',
        caption: t('opinions.chart'),
        categories: byDepartment.map(([name]) => name),
        series: (['accepted', 'partially_accepted', 'rejected', 'pending'] as const).map((outcome) => ({
          name: t(`opinions.${outcome === 'partially_accepted' ? 'partiallyAccepted' : outcome}`),
          values: byDepartment.map(([, counts]) => counts[outcome]),
        })),
      },
    ],
  };
}

function followUps(data: SummaryData, t: SummaryTranslator): SummarySection {
  const heading = t('followUps.heading');
  if (data.followUps.length === 0) return { id: 'follow_ups', heading, prose: [paragraph(t('followUps.none'))], data: [] };
  const departments = [...new Set(data.followUps.map((followUp) => followUp.department))].sort(comparePolish);
  return {
    id: 'follow_ups',
    heading,
    prose: [paragraph(t('followUps.text', { departments: departments.join(', ') }))],
    data: [
      {
        kind: 'table',
        caption: t('followUps.caption'),
        head: [t('followUps.department'), t('followUps.organisation'), t('followUps.subject'), t('followUps.status')],
        rows: [...data.followUps]
          .sort((a, b) => comparePolish(a.department, b.department) || comparePolish(a.organisation, b.organisation))
          .map((followUp) => [
            followUp.department,
            followUp.organisation,
            followUp.subject,
            followUp.talksOn ? t('followUps.statusOn', { status: t(`followUps.state.${followUp.status}`), date: polishDay(followUp.talksOn) }) : t(`followUps.state.${followUp.status}`),
          ]),
      },
    ],
  };
}

/** The next step is the coordinator's to write: the data cannot know it. */
function nextStep(t: SummaryTranslator): SummarySection {
  return { id: 'next_step', heading: t('nextStep.heading'), prose: [], data: [] };
}
