import { Button, Heading, Text } from '@react-email/components';
import type { EmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';

export function MagicLinkEmail({ t, url }: { t: EmailTranslator; url: string }) {
  return (
    <EmailLayout preview={t('magicLink.preview')} footer={t('footer')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('magicLink.heading')}
      </Heading>
      <Text>{t('magicLink.intro')}</Text>
      <Button href={url} style={{ backgroundColor: '#1e40af', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}>
        {t('magicLink.button')}
      </Button>
      <Text>{t('magicLink.fallback')}</Text>
      <Text style={{ wordBreak: 'break-all' }}>{url}</Text>
      <Text>{t('magicLink.expiry')}</Text>
    </EmailLayout>
  );
}
