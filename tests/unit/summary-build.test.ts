import { describe, expect, it } from 'vitest';
import { buildSummary } from '@/lib/summary/build';
import { summaryTranslator } from '@/lib/summary/translator';
import type { SummaryBlock, SummaryData, SummaryDocument } from '@/lib/summary/types';

const MOWIS = { venueName: 'MOWIS', venueAddress: 'os. Centrum C 10, 31-931 Kraków' };
const meeting = (id: string, teamName: string, startsAt: string, roomName: string | null, scope: string | null = null) => ({
  id, teamName, scope, ...MOWIS, roomName, startsAt, cancelled: false,
});

/** The 2011 round as the city's hand-written summary tells it. */
function round2011(): SummaryData {
  const sport = meeting('m1', 'Zespół ds. rekreacji, sportu i turystyki', '2011-10-11T12:00:00.000Z', '103', 'w zakresie rekreacji i sportu');
  const civil = meeting('m8', 'Zespół ds. społeczeństwa obywatelskiego', '2011-11-02T15:00:00.000Z', '103');
  const economy = meeting('m9', 'Zespół ds. rozwoju gospodarczego', '2011-10-26T13:00:00.000Z', '103');
  return {
    programme: { title: 'Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2012–2014', yearFrom: 2012, yearTo: 2014 },
    round: { number: 2, title: 'II tura spotkań branżowych' },
    organiser: 'Wydział Spraw Społecznych',
    coordinationMeetings: [
      {
        title: 'Spotkanie z moderatorami zespołów branżowych',
        heldOn: '2011-09-29',
        venue: 'MOWIS',
        participants: '',
        purpose: 'zmiany w harmonogramie pracy i konsultacji programu',
        decisions: ['Wydział będzie przyjmował opinie na bieżąco.', 'Zaplanowano II turę spotkań branżowych.'],
      },
    ],
    schedule: { number: 1, asOf: '2011-10-31', meetings: [sport, civil] },
    meetings: [
      { ...sport, outcome: { held: true, organisationCount: 12, departments: ['Wydział Sportu'], notHeldReason: null, note: '' }, minutesWaiver: null },
      { ...civil, outcome: { held: true, organisationCount: 7, departments: [], notHeldReason: null, note: '' }, minutesWaiver: 'protokolant zachorował' },
      {
        ...economy,
        outcome: { held: false, organisationCount: null, departments: [], notHeldReason: 'no_moderator', note: 'Poprzedni moderator zrezygnował.' },
        minutesWaiver: null,
      },
    ],
    opinions: [
      { department: 'Wydział Sportu', team: 'Zespół ds. kultury', outcome: 'accepted' },
      { department: 'Wydział Sportu', team: 'Zespół ds. kultury', outcome: 'rejected' },
      { department: 'Zarząd Infrastruktury Komunalnej i Transportu', team: 'Zespół ds. edukacji', outcome: null },
    ],
    followUps: [
      { department: 'Zarząd Infrastruktury Komunalnej i Transportu', organisation: 'Stowarzyszenie Rowerowe', subject: 'Trasy rowerowe', status: 'invited', talksOn: null },
      { department: 'Wydział Sportu', organisation: 'Fundacja Sportowa', subject: 'Wspólne zawody', status: 'scheduled', talksOn: '2011-11-28' },
    ],
  };
}

const texts = (blocks: SummaryBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : block.kind === 'table' ? [block.caption, ...block.head, ...block.rows.flat()] : [block.caption]));
const section = (document: SummaryDocument, id: string) => document.sections.find((candidate) => candidate.id === id)!;

describe('the round summary builder', () => {
  const document = buildSummary(round2011(), summaryTranslator());

  it('keeps the order of the city\'s summaries', () => {
    expect(document.title).toBe('Podsumowanie: II tura spotkań branżowych');
    expect(document.sections.map((candidate) => candidate.id)).toEqual(['introduction', 'decisions', 'schedule', 'outcomes', 'opinions', 'follow_ups', 'next_step']);
  });

  it('states the coordination meeting and its decisions in order', () => {
    const decisions = section(document, 'decisions');
    expect(texts(decisions.prose)[0]).toBe(
      'Spotkanie z moderatorami zespołów branżowych: 29.09.2011 r., MOWIS, organizator: Wydział Spraw Społecznych. Podczas spotkania podjęto następujące ustalenia:',
    );
    expect(decisions.prose[1]).toEqual({ kind: 'list', ordered: true, items: ['Wydział będzie przyjmował opinie na bieżąco.', 'Zaplanowano II turę spotkań branżowych.'] });
    expect(texts(section(document, 'introduction').prose).join(' ')).toContain('Powód: zmiany w harmonogramie pracy i konsultacji programu.');
  });

  it('tables the schedule as last issued, with scope, room, date and hour', () => {
    const schedule = section(document, 'schedule');
    expect(texts(schedule.prose)).toEqual(['Harmonogram tury (stan na 31.10.2011 r., wersja 1) obejmował 2 spotkania:']);
    expect(schedule.data[0]).toMatchObject({
      kind: 'table',
      head: ['Nazwa zespołu branżowego', 'Miejsce spotkania', 'Data i godzina spotkania'],
      rows: [
        ['Zespół ds. rekreacji, sportu i turystyki / w zakresie rekreacji i sportu /', 'MOWIS, os. Centrum C 10, 31-931 Kraków, sala nr 103', '11.10.2011 r. godz. 14:00'],
        ['Zespół ds. społeczeństwa obywatelskiego', 'MOWIS, os. Centrum C 10, 31-931 Kraków, sala nr 103', '02.11.2011 r. godz. 16:00'],
      ],
    });
  });

  it('says which meetings were not held and why, and which minutes were waived', () => {
    const outcomes = texts(section(document, 'outcomes').prose);
    expect(outcomes[0]).toContain('odbyło się 2 z 3.');
    expect(outcomes[1]).toBe('Nie odbyło się spotkanie:');
    expect(outcomes[2]).toBe('Zespół ds. rozwoju gospodarczego, 26.10.2011 r. godz. 15:00: zespół nie miał moderatora. Poprzedni moderator zrezygnował.');
    expect(outcomes[3]).toBe('Protokół spotkania Zespół ds. społeczeństwa obywatelskiego nie został zatwierdzony: protokolant zachorował');
    expect(section(document, 'outcomes').data[0]).toMatchObject({ rows: [expect.arrayContaining(['odbyło się', '12', 'Wydział Sportu']), expect.anything(), expect.arrayContaining(['nie odbyło się'])] });
  });

  it('counts the opinions and the decisions by department and by team, with a chart', () => {
    const opinions = section(document, 'opinions');
    expect(texts(opinions.prose)[0]).toBe(
      'Wydziały i jednostki (2) złożyły 3 opinie do założeń systemowych i merytorycznych. Przyjęto: 1, przyjęto częściowo: 0, odrzucono: 1, bez decyzji: 1.',
    );
    expect(opinions.data[0]).toMatchObject({ rows: [['Wydział Sportu', '2', '1', '0', '1', '0'], ['Zarząd Infrastruktury Komunalnej i Transportu', '1', '0', '0', '0', '1']] });
    expect(opinions.data[2]).toMatchObject({ kind: 'chart', categories: ['Wydział Sportu', 'Zarząd Infrastruktury Komunalnej i Transportu'], series: expect.arrayContaining([{ name: 'Przyjęte', values: [1, 0] }]) });
  });

  it('names the departments the organisations were invited to talk with', () => {
    const followUps = section(document, 'follow_ups');
    expect(texts(followUps.prose)[0]).toContain('z: Wydział Sportu, Zarząd Infrastruktury Komunalnej i Transportu.');
    expect(followUps.data[0]).toMatchObject({ rows: [['Wydział Sportu', 'Fundacja Sportowa', 'Wspólne zawody', 'umówiono (28.11.2011 r.)'], expect.anything()] });
  });

  it('leaves the next step to the coordinator, and says plainly what a new round lacks', () => {
    expect(section(document, 'next_step').prose).toEqual([]);
    const empty = buildSummary({ ...round2011(), coordinationMeetings: [], schedule: null, meetings: [], opinions: [], followUps: [] }, summaryTranslator());
    expect(empty.sections.flatMap((candidate) => texts(candidate.prose))).toEqual(expect.arrayContaining([
      'W tej turze nie odbyło się spotkanie koordynacyjne.',
      'Harmonogram tury nie został jeszcze wydany.',
      'W tej turze wydziały i jednostki nie złożyły opinii do założeń.',
      'Podczas spotkań nie zaproszono organizacji do dalszych rozmów.',
    ]));
  });
});
