import { Body, Container, Head, Html, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';

/** The frame every Tura e-mail shares: Polish, plain, readable without images. */
export function EmailLayout({ preview, footer, children }: { preview: string; footer: string; children: ReactNode }) {
  return (
    <Html lang="pl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f8fafc', fontFamily: 'Arial, sans-serif', color: '#0f172a' }}>
        <Container style={{ backgroundColor: '#ffffff', padding: '24px', maxWidth: '560px' }}>
          {children}
          <Text style={{ color: '#475569', fontSize: '13px', marginTop: '32px' }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
