'use server';

import { createTranslator } from 'next-intl';
import { defineAction } from '@/lib/actions/define';
import { ActionRefusal } from '@/lib/actions/result';
import { getRound } from '@/lib/db/rounds';
import { composeSummary } from '@/lib/db/summary';
import { publishSummary } from '@/lib/db/summary-versions';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import pl from '@/messages/pl.json';
import { publishSummarySchema } from '@/lib/schemas/summary-publish';
import { fingerprintOf } from '@/lib/summary/edits';
import { renderSummaryPdf } from '@/lib/summary/pdf';

const publishErrors = {
  'summary.conflict': { message: 'SummaryPublish.errors.changed' },
  'summary.outcomes_missing': { message: 'SummaryPublish.errors.outcomesMissing' },
  'summary.minutes_missing': { message: 'SummaryPublish.errors.minutesMissing' },
  'summary.round_not_ready': { message: 'SummaryPublish.errors.roundNotReady' },
  'summary.change_note_required': { field: 'changeNote', message: 'SummaryPublish.errors.changeNoteRequired' },
  'round.not_found': { message: 'SummaryPublish.errors.roundNotFound' },
};

/**
 * Publishes the round's summary (or a correction): the document is composed here again from the
 * data and the draft, never taken from the browser, and must be the one the preview showed. Its
 * PDF is made once, here, and frozen with it. The public pages show it at once; e-mails follow.
 */
export const publishSummaryAction = defineAction(
  { permission: 'summary.publish', schema: publishSummarySchema, databaseErrors: publishErrors },
  async ({ client, input }) => {
    const round = await getRound(client, input.roundId);
    if (!round) throw new ActionRefusal('SummaryPublish.errors.roundNotFound');
    const { document, draft } = await composeSummary(client, round);
    if (draft.version !== input.draftVersion || fingerprintOf(document) !== input.previewed) throw new ActionRefusal('SummaryPublish.errors.changed');
    const t = createTranslator({ locale: 'pl', messages: pl, namespace: 'SummaryPublish' });
    const pdf = await renderSummaryPdf(document, { page: (current, total) => t('pdfPage', { current, total }) });
    const version = await publishSummary(client, { roundId: round.id, draftVersion: input.draftVersion, content: document, pdf, changeNote: input.changeNote });
    dispatchAfterResponse();
    return version.number;
  },
);
