import { Button, Heading, Text } from '@react-email/components';
import type { DecisionOutcome } from '@/lib/workflow/opinions';
import type { OpinionEmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';

interface Common {
  t: OpinionEmailTranslator;
  footer: string;
}

/** Where the e-mail leads: a button, and the address written out for clients that show no buttons. */
export function Destination({ href, button, label }: { href: string; button: string; label: string }) {
  return (
    <>
      <Button href={href} style={{ backgroundColor: '#1e40af', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}>
        {button}
      </Button>
      <Text>{label}</Text>
      <Text style={{ wordBreak: 'break-all' }}>{href}</Text>
    </>
  );
}

/** To a department's staff: opinions are asked for (or asked again about a new revision), by a date. */
export function OpinionsRequestedEmail({ t, footer, round, deadline, askedAgain, count, listUrl }: Common & { round: string; deadline: string; askedAgain: boolean; count: number; listUrl: string }) {
  return (
    <EmailLayout preview={t('requested.preview')} footer={footer}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('requested.heading')}
      </Heading>
      <Text>{t(askedAgain ? 'requested.introAgain' : 'requested.intro', { round, count })}</Text>
      <Text>{t('requested.deadline', { date: deadline })}</Text>
      <Destination href={listUrl} button={t('button')} label={t('listLink')} />
    </EmailLayout>
  );
}

/** To a department that has not answered, once, some days before the deadline. */
export function OpinionsReminderEmail({ t, footer, round, deadline, count, listUrl }: Common & { round: string; deadline: string; count: number; listUrl: string }) {
  return (
    <EmailLayout preview={t('reminder.preview')} footer={footer}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('reminder.heading')}
      </Heading>
      <Text>{t('reminder.intro', { round, date: deadline, count })}</Text>
      <Text>{t('reminder.drafts')}</Text>
      <Destination href={listUrl} button={t('button')} label={t('listLink')} />
    </EmailLayout>
  );
}

/** To a department: the coordinator decided on its opinion, or corrected the decision. */
export function OpinionDecidedEmail({
  t,
  footer,
  assumption,
  outcome,
  justification,
  corrected,
  opinionUrl,
}: Common & { assumption: string; outcome: DecisionOutcome; justification: string; corrected: boolean; opinionUrl: string }) {
  return (
    <EmailLayout preview={t('decided.preview')} footer={footer}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('decided.heading')}
      </Heading>
      <Text>{t(corrected ? 'decided.introCorrected' : 'decided.intro', { assumption, outcome: t(`decided.outcome.${outcome}`) })}</Text>
      {justification ? <Text style={{ whiteSpace: 'pre-wrap' }}>{t('decided.justification', { text: justification })}</Text> : null}
      <Destination href={opinionUrl} button={t('opinionButton')} label={t('opinionLink')} />
    </EmailLayout>
  );
}
