'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, ListCheckbox, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { secondaryButton } from '@/components/ui/styles';
import { useScripted } from '@/components/ui/use-scripted';
import { importScheduleAction, previewImportAction } from '@/lib/actions/planning';
import { useRouter } from '@/lib/i18n/navigation';
import type { ImportPreviewRow } from '@/lib/schedule/resolve';
import { importScheduleSchema } from '@/lib/schemas/planning';
import { DataTable } from '@/components/ui/data-table';
import { excerpt } from '@/lib/schedule/excerpt';

/** Pasted text as long as a whole document shows its beginning, and the rest on request. */
function LongText({ text }: { text: string }) {
  const t = useTranslations('Import');
  const short = excerpt(text);
  if (short === text) return <>{text}</>;
  return (
    <>
      {short}
      <details className="mt-1">
        <summary className="cursor-pointer text-sm underline">{t('showAll', { count: text.length })}</summary>
        <p className="mt-1 text-sm">{text}</p>
      </details>
    </>
  );
}

function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const t = useTranslations('Import');
  const withProblems = rows.filter((row) => row.problems.length > 0).length;
  const columns = [t('row'), t('team'), t('place'), t('when'), t('result')];
  return (
    <DataTable caption={t('previewCaption', { count: rows.length, problems: withProblems })} columns={columns} stackOnPhone>
      {rows.map((row) => (
        // Unbroken text (a pasted URL, a row without spaces) wraps anywhere rather than widening the page.
        <tr key={row.row} className="border-b border-slate-200 align-top [overflow-wrap:anywhere]">
          <th scope="row" className="py-2 pr-3">{row.row}</th>
          <td data-label={columns[1]} className="min-w-36 py-2 pr-3">
            <LongText text={row.team ?? row.teamName ?? '–'} />
            {row.scope ? (
              <span className="block text-sm text-slate-700">
                <LongText text={row.scope} />
              </span>
            ) : null}
          </td>
          <td data-label={columns[2]} className="min-w-36 py-2 pr-3">
            <LongText text={row.venue ?? (row.newVenue ? t('newVenue', { venue: row.newVenue }) : '–')} />
            {row.room ? (
              <span className="block">
                <LongText text={row.newRoom ? t('newRoom', { room: row.room }) : t('room', { room: row.room })} />
              </span>
            ) : null}
          </td>
          <td data-label={columns[3]} className="min-w-28 py-2 pr-3">{row.localDate && row.localTime ? t('localWhen', { date: row.localDate, time: row.localTime }) : '–'}</td>
          <td data-label={columns[4]} className="min-w-64 py-2 pr-3 sm:w-1/2">
            {row.problems.length === 0 ? (
              <span className="text-green-900">
                <span aria-hidden="true">✓ </span>
                {t('ok')}
              </span>
            ) : (
              <ul className="list-disc space-y-1 pl-4 text-red-800">
                {row.problems.map((problem) => (
                  <li key={`${problem.code}-${problem.message}`}>{problem.message}</li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * Paste a table from Word, a web page or a spreadsheet; see every row's result; confirm; then all
 * rows are created in one transaction, or none. Unknown places are created only when ticked.
 */
export function ImportScheduleForm({ roundId, reasonRequired }: { roundId: string; reasonRequired: boolean }) {
  const t = useTranslations('Import');
  const router = useRouter();
  const scripted = useScripted();
  const [previewing, startPreview] = useTransition();
  const { form, onSubmit, action, formError, saved, postedData } = useActionForm({
    schema: importScheduleSchema,
    action: importScheduleAction,
    defaultValues: { roundId, text: '', durationMinutes: 120, createVenues: [], changeReason: '' },
    onSuccess: (result) => {
      if (result.imported > 0) router.push(`/panel/tury/${roundId}/harmonogram?saved=imported`);
      else {
        setRows(result.rows);
        setRefused(true);
      }
    },
  });
  // Without a script there is no preview: the rows come back with the answer to the import itself.
  const [rows, setRows] = useState<ImportPreviewRow[] | null>(postedData?.rows ?? null);
  // Saving was asked for and nothing was saved (rows with problems): said, not left to be guessed.
  const [refused, setRefused] = useState(postedData !== undefined && postedData.imported === 0);
  const newVenues = [...new Set((rows ?? []).flatMap((row) => (row.newVenue ? [row.newVenue] : [])))];
  // A ticked new place is no longer a problem: the import will create it.
  const accepted = form.watch('createVenues') ?? [];
  const shown = rows?.map((row) => ({
    ...row,
    problems: row.problems.filter((problem) => !(problem.code === 'venue_unknown' && row.newVenue && accepted.includes(row.newVenue))),
  }));
  const problems = shown?.filter((row) => row.problems.length > 0).length ?? 0;
  const ready = shown !== undefined && shown.length > 0 && problems === 0;
  // With a script the preview is always at hand, so saving waits for a clean one; without, saving is the way to check again.
  const blocked = scripted && shown !== undefined && !ready ? (shown.length === 0 ? t('blockedNoRows') : t('blockedProblems', { count: problems })) : undefined;

  // Through handleSubmit: invalid input shows in the error summary, like any submit.
  const preview = form.handleSubmit(() =>
    startPreview(async () => {
      const result = await previewImportAction(form.getValues());
      setRows(result.ok ? result.data : null);
      setRefused(false);
    }),
  );

  return (
    <ActionForm
      name="import-schedule"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved && ready}
      wide
      submitBlocked={blocked}
      submitLabel={t('submit', { count: rows?.length ?? 0 })}
      confirm={{ title: t('confirmTitle', { count: rows?.length ?? 0 }), description: t('confirmDescription'), confirmLabel: t('confirm') }}
    >
      <HiddenField name="roundId" />
      <div className="max-w-2xl space-y-5">
        <TextAreaField name="text" label={t('text')} hint={t('textHint')} rows={12} required />
        <TextField name="durationMinutes" type="number" label={t('duration')} hint={t('durationHint')} required />
        {/* Posted either way: without a script the server reads every field from the form. */}
        {reasonRequired ? <TextField name="changeReason" label={t('changeReason')} hint={t('changeReasonHint')} required /> : <HiddenField name="changeReason" />}
      </div>
      <button type="button" onClick={() => void preview()} disabled={previewing} className={secondaryButton}>
        {previewing ? t('previewing') : t('preview')}
      </button>
      {/* Only a short summary is announced; the table is there to be read at the reader's pace. */}
      <p role="status" className="font-medium">
        {shown && shown.length > 0 ? t('previewStatus', { count: shown.length, problems: shown.filter((row) => row.problems.length > 0).length }) : ''}
      </p>
      <div>
        {shown ? (
          shown.length === 0 ? (
            <p className="font-medium text-red-800">{t('noRows')}</p>
          ) : (
            <>
              {refused && problems > 0 ? (
                <p role="alert" className="mb-4 rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800">
                  {t('notSaved', { count: problems })}
                </p>
              ) : null}
              <PreviewTable rows={shown} />
              {newVenues.length > 0 ? (
                <fieldset className="mt-4 rounded border border-amber-300 bg-amber-50 p-4">
                  <legend className="px-1 font-medium">{t('newVenuesLegend')}</legend>
                  <p className="mb-2 text-sm text-slate-800">{t('newVenuesHint')}</p>
                  {newVenues.map((venue) => (
                    <label key={venue} className="flex items-start gap-2 [overflow-wrap:anywhere]">
                      <ListCheckbox name="createVenues" value={venue} />
                      {t('createVenue', { venue: excerpt(venue) })}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <p className="mt-3">{ready ? t('ready') : t('fixFirst')}</p>
            </>
          )
        ) : null}
      </div>
    </ActionForm>
  );
}
