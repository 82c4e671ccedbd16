import { Heading, Text } from '@react-email/components';
import type { SummaryEmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';
import { Destination } from './opinion-emails';

/** To the departments, moderators and participants of a round: its summary (or a correction) is published. */
export function SummaryPublishedEmail({
  t,
  footer,
  round,
  version,
  corrected,
  changeNote,
  summaryUrl,
}: {
  t: SummaryEmailTranslator;
  footer: string;
  round: string;
  version: number;
  corrected: boolean;
  changeNote: string;
  summaryUrl: string;
}) {
  return (
    <EmailLayout preview={t('preview')} footer={footer}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('heading')}
      </Heading>
      <Text>{t(corrected ? 'introCorrected' : 'intro', { round, version })}</Text>
      {corrected && changeNote ? <Text style={{ whiteSpace: 'pre-wrap' }}>{t('change', { note: changeNote })}</Text> : null}
      <Destination href={summaryUrl} button={t('button')} label={t('link')} />
    </EmailLayout>
  );
}
