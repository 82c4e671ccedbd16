import { Heading, Text } from '@react-email/components';
import type { FollowUpEmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';
import { Destination } from './opinion-emails';

/** To a department's staff: an organisation from a team's meeting was invited to talks with it. */
export function FollowUpCreatedEmail({
  t,
  footer,
  organisation,
  subject,
  team,
  date,
  round,
  homeUrl,
}: {
  t: FollowUpEmailTranslator;
  footer: string;
  organisation: string;
  subject: string;
  team: string;
  date: string;
  round: string;
  homeUrl: string;
}) {
  return (
    <EmailLayout preview={t('preview')} footer={footer}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('heading')}
      </Heading>
      <Text>{t('intro', { organisation, team, date, round })}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{t('subjectLine', { subject })}</Text>
      <Text>{t('next')}</Text>
      <Destination href={homeUrl} button={t('button')} label={t('link')} />
    </EmailLayout>
  );
}
