import { Button, Heading, Text } from '@react-email/components';
import type { EmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';

export interface InvitationProps {
  t: EmailTranslator;
  fullName: string;
  roleLabel: string;
  invitedBy: string;
  signInUrl: string;
}

export function InvitationEmail({ t, fullName, roleLabel, invitedBy, signInUrl }: InvitationProps) {
  return (
    <EmailLayout preview={t('invitation.preview')} footer={t('footer')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('invitation.heading')}
      </Heading>
      <Text>{t('invitation.greeting', { name: fullName })}</Text>
      <Text>{t('invitation.intro', { invitedBy, role: roleLabel })}</Text>
      <Button href={signInUrl} style={{ backgroundColor: '#1e40af', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}>
        {t('invitation.button')}
      </Button>
      <Text>{t('invitation.howTo')}</Text>
      <Text style={{ wordBreak: 'break-all' }}>{signInUrl}</Text>
    </EmailLayout>
  );
}
