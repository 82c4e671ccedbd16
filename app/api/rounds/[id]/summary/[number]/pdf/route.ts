import { publicSummaryPdf, versionNumberOf } from '@/lib/db/public-summary';
import { whenReachable } from '@/app/api/when-reachable';

/**
 * A published version of a public round's summary as PDF. Not public, or no such version: 404.
 * Visitors get it from the public page cache (lib/public-cache) once rendered; browsers keep it but
 * ask each time, since a round made private again must stop serving it.
 */
export const GET = whenReachable(async (_request: Request, { params }: { params: Promise<{ id: string; number: string }> }) => {
  const { id, number } = await params;
  const version = versionNumberOf(number);
  const pdf = version === null ? null : await publicSummaryPdf(id, version);
  if (!pdf) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(Buffer.from(pdf, 'base64'), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="podsumowanie-${id.slice(0, 8)}-wersja-${number}.pdf"`,
      'cache-control': 'no-cache',
    },
  });
});
