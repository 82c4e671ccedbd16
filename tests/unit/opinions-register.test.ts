import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registerFigures, type RegisterRequest, type RegisterTally } from '@/lib/opinions/register';
import { csvCell, registerCsv } from '@/lib/opinions/register-csv';
import { registerTables } from '@/lib/opinions/register-tables';
import { registerXlsx } from '@/lib/opinions/register-xlsx';

const sport = { id: 'd-sport', name: 'Wydział Sportu' };
const zikit = { id: 'd-zikit', name: 'Zarząd Infrastruktury Komunalnej i Transportu' };
const mops = { id: 'd-mops', name: 'Miejski Ośrodek Pomocy Społecznej' };
const sportTeam = { id: 't-sport', name: 'Zespół ds. sportu' };
const socialTeam = { id: 't-social', name: 'Zespół ds. pomocy społecznej' };
const today = '2011-10-20';

const request = (department: RegisterRequest['department'], team: RegisterRequest['team'], deadline: string, opinion: RegisterRequest['opinion'] = null): RegisterRequest => ({
  department,
  team,
  deadline,
  opinion,
});

const requests: RegisterRequest[] = [
  request(sport, sportTeam, '2011-10-10', { stance: 'supports_with_changes', outcome: 'partially_accepted', late: false }),
  request(sport, socialTeam, '2011-10-19'), // overdue since yesterday
  request(sport, sportTeam, '2011-10-20'), // due today: not overdue yet
  request(zikit, sportTeam, '2011-10-10', { stance: 'objects', outcome: null, late: true }),
  request(zikit, socialTeam, '2011-10-10', { stance: 'objects', outcome: 'rejected', late: false }),
  request(mops, socialTeam, '2011-10-30'),
  request(mops, socialTeam, '2011-10-10', { stance: 'supports', outcome: 'accepted', late: false }),
];

/** The requests as the database groups them (public.register_tallies): once per department, once per team. */
const talliesOf = (list: RegisterRequest[]): RegisterTally[] =>
  list.flatMap(({ department, team, deadline, opinion }) => [
    { groupedBy: 'department' as const, ...department, deadline, opinion, requests: 1 },
    { groupedBy: 'team' as const, ...team, deadline, opinion, requests: 1 },
  ]);

describe('the register\'s figures', () => {
  const figures = registerFigures(talliesOf(requests), today);

  it('counts a group as many times as it has requests', () => {
    const tallies = talliesOf([request(sport, sportTeam, '2011-10-10', { stance: 'objects', outcome: null, late: true }), request(sport, sportTeam, '2011-10-19')]).map((tally) => ({ ...tally, requests: 3 }));
    const counted = registerFigures(tallies, today);
    expect(counted.total).toEqual({ asked: 6, answered: 3, late: 3, unanswered: 3, overdue: 3 });
    expect(counted.byTeam).toEqual([{ ...sportTeam, asked: 6, answered: 3, late: 3, unanswered: 3, overdue: 3 }]);
    expect(counted.byStance.find(({ stance }) => stance === 'objects')?.count).toBe(3);
    expect(counted.unanswered).toEqual([{ ...sport, open: 3, overdue: 3, nearestDeadline: '2011-10-19' }]);
  });

  it('counts what was asked and answered in the whole round, late answers and overdue requests within them', () => {
    expect(figures.total).toEqual({ asked: 7, answered: 4, late: 1, unanswered: 3, overdue: 1 });
  });

  it('counts per department and per team, in Polish alphabetical order', () => {
    expect(figures.byDepartment).toEqual([
      { ...mops, asked: 2, answered: 1, late: 0, unanswered: 1, overdue: 0 },
      { ...sport, asked: 3, answered: 1, late: 0, unanswered: 2, overdue: 1 },
      { ...zikit, asked: 2, answered: 2, late: 1, unanswered: 0, overdue: 0 },
    ]);
    expect(figures.byTeam).toEqual([
      { ...socialTeam, asked: 4, answered: 2, late: 0, unanswered: 2, overdue: 1 },
      { ...sportTeam, asked: 3, answered: 2, late: 1, unanswered: 1, overdue: 0 },
    ]);
  });

  it('counts every stance and every decision, zeros included, awaiting a decision first', () => {
    expect(figures.byStance).toEqual([
      { stance: 'supports', count: 1 },
      { stance: 'supports_with_changes', count: 1 },
      { stance: 'objects', count: 2 },
      { stance: 'no_remarks', count: 0 },
    ]);
    expect(figures.byDecision).toEqual([
      { state: 'awaiting', count: 1 },
      { state: 'accepted', count: 1 },
      { state: 'partially_accepted', count: 1 },
      { state: 'rejected', count: 1 },
    ]);
  });

  it('lists who has not answered: overdue departments first, then by the nearest deadline', () => {
    expect(figures.unanswered).toEqual([
      { ...sport, open: 2, overdue: 1, nearestDeadline: '2011-10-19' },
      { ...mops, open: 1, overdue: 0, nearestDeadline: '2011-10-30' },
    ]);
  });

  it('has nothing to count in a round without requests', () => {
    const empty = registerFigures([], today);
    expect(empty.total).toEqual({ asked: 0, answered: 0, late: 0, unanswered: 0, overdue: 0 });
    expect(empty.byDepartment).toEqual([]);
    expect(empty.unanswered).toEqual([]);
    expect(empty.byStance.every(({ count }) => count === 0)).toBe(true);
  });
});

const t = (key: string) => key.split('.').at(-1)!;
const formatDate = (date: string) => date.split('-').reverse().join('.');

describe('the register as CSV', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+48 12 616 12 00', `"'+48 12 616 12 00"`],
    ['-1+1', `"'-1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['Wydział Sportu; Turystyki', '"Wydział Sportu; Turystyki"'],
    ['Zarząd „Zieleni”', '"Zarząd „Zieleni”"'],
  ])('neutralises and quotes %j', (text, cell) => {
    expect(csvCell(text, formatDate)).toBe(cell);
  });

  it('writes counts as numbers and days as dates', () => {
    expect(csvCell(12, formatDate)).toBe('12');
    expect(csvCell({ date: '2011-10-24' }, formatDate)).toBe('"24.10.2011"');
  });

  it('starts with the UTF-8 byte order mark, separates with semicolons and keeps Polish letters', () => {
    const csv = registerCsv('Rejestr opinii – II tura', registerTables(registerFigures(talliesOf(requests), today), t), formatDate);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Rejestr opinii – II tura"');
    expect(lines).toContain('"Miejski Ośrodek Pomocy Społecznej";2;1;0;1;0');
    expect(lines).toContain('"Wydział Sportu";2;1;"19.10.2011"');
  });
});

describe('the register as XLSX', () => {
  it('reads back with the same figures, Polish letters intact and text never a formula', async () => {
    const hostile = [...requests, request({ id: 'd-evil', name: '=HYPERLINK("http://evil.example","Łódź")' }, sportTeam, '2011-10-30')];
    const tables = registerTables(registerFigures(talliesOf(hostile), today), t);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerXlsx('Rejestr opinii – II tura', tables)).buffer);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(tables.map((table) => table.title));
    const departments = workbook.getWorksheet('byDepartment')!;
    expect(departments.getCell('A1').value).toBe('Rejestr opinii – II tura');
    expect(departments.getRow(2).values).toEqual([undefined, 'department', 'asked', 'answered', 'late', 'unanswered', 'overdue']);
    expect(departments.getRow(4).values).toEqual([undefined, 'Miejski Ośrodek Pomocy Społecznej', 2, 1, 0, 1, 0]);
    const hostileCell = departments.getCell('A3');
    expect(hostileCell.value).toBe('=HYPERLINK("http://evil.example","Łódź")');
    expect(hostileCell.type).toBe(ExcelJS.ValueType.String);

    const unanswered = workbook.getWorksheet('notAnswered')!;
    const deadline = unanswered.getCell('D3');
    expect(deadline.value).toEqual(new Date('2011-10-19T00:00:00Z'));
    expect(deadline.numFmt).toBe('dd.mm.yyyy');
  });
});
