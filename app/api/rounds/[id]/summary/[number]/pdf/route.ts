import { publicSummaryPdf, versionNumberOf } from '@/lib/db/public-summary';

/**
 * A published version of a public round's summary as PDF: frozen at publishing, so browsers and
 * proxies may keep it for good. Not public, or no such version: 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const version = versionNumberOf(number);
  const pdf = version === null ? null : await publicSummaryPdf(id, version);
  if (!pdf) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(Buffer.from(pdf, 'base64'), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="podsumowanie-${id.slice(0, 8)}-wersja-${number}.pdf"`,
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}
