import { describe, expect, it } from 'vitest';
import { acceptingForms, formValues } from '@/lib/actions/form-input';
import { invalidInput } from '@/lib/actions/result';
import { demoSignInSchema } from '@/lib/schemas/auth';
import { importScheduleSchema, meetingUpdateSchema, roundDepartmentsSchema } from '@/lib/schemas/planning';

const posted = (entries: [string, string][]) => {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
};

describe('a form posted without JavaScript', () => {
  it('reads as the object its script would send: one ticked box is still a list', () => {
    const roundId = '40000000-0000-4000-8000-000000000002';
    const departmentId = '10000000-0000-4000-8000-000000000001';
    expect(formValues(roundDepartmentsSchema, posted([['roundId', roundId], ['departmentIds', departmentId]]))).toEqual({ roundId, departmentIds: [departmentId] });
    expect(formValues(roundDepartmentsSchema, posted([['roundId', roundId]]))).toEqual({ roundId, departmentIds: [] });
    expect(formValues(importScheduleSchema, posted([['text', 'a'], ['durationMinutes', '90'], ['createVenues', 'MOWIS'], ['createVenues', 'SOK']]))).toEqual({
      roundId: undefined,
      text: 'a',
      durationMinutes: '90',
      createVenues: ['MOWIS', 'SOK'],
    });
  });

  it('reads a checkbox as ticked or not, through schemas joined with .and() and fields with transforms', () => {
    const fields = { id: 'x', roundId: 'r', teamId: 't', scope: '', venueId: 'v', roomId: '', date: '2011-10-24', time: '14:00', durationMinutes: '120', changeReason: '' };
    expect(formValues(meetingUpdateSchema, posted([...Object.entries(fields), ['isPublic', 'on']]))).toEqual({ ...fields, isPublic: true });
    expect(formValues(meetingUpdateSchema, posted(Object.entries(fields)))).toEqual({ ...fields, isPublic: false });
  });

  it('gets back what was typed when refused, except the password; a script gets the answer as it was', async () => {
    const refuse = acceptingForms(demoSignInSchema, async (input) => {
      const parsed = demoSignInSchema.safeParse(input);
      return parsed.success ? { ok: false, formError: 'invalidCredentials' } : invalidInput(parsed.error);
    });
    expect(await refuse(null, posted([['email', 'moderator@tura.example'], ['password', 'zgadywanie']]))).toEqual({
      ok: false,
      formError: 'invalidCredentials',
      values: { email: 'moderator@tura.example' },
    });
    expect(await refuse({ email: 'moderator@tura.example', password: 'zgadywanie' })).toEqual({ ok: false, formError: 'invalidCredentials' });
  });
});
