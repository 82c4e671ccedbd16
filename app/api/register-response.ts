import 'server-only';
import { hasLocale } from 'next-intl';
import { can } from '@/lib/auth/permissions';
import { currentUser } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { listRegisterTallies } from '@/lib/db/register';
import { getRound } from '@/lib/db/rounds';
import { routing } from '@/lib/i18n/routing';
import { registerFigures } from '@/lib/opinions/register';
import { registerFile, type RegisterFormat } from '@/lib/opinions/register-file';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

/**
 * A round's register as a download, for those who decide on opinions only: no session is 401,
 * another role 403, before anything is read. RLS then decides the rows, as on the page.
 */
export async function registerResponse(request: Request, id: string, format: RegisterFormat): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (!can(user.role, 'opinions.decide')) return Response.json({ error: 'forbidden' }, { status: 403 });
  const client = createUserClient(user);
  const round = isUuid(id) ? await getRound(client, id) : null;
  if (!round) return Response.json({ error: 'not found' }, { status: 404 });
  const asked = new URL(request.url).searchParams.get('locale');
  const today = todayInWarsaw();
  const file = await registerFile(format, {
    round,
    figures: registerFigures(await listRegisterTallies(client, round.id), today),
    today,
    locale: hasLocale(routing.locales, asked) ? asked : routing.defaultLocale,
  });
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'private, no-store',
    },
  });
}
