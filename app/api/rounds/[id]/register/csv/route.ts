import { registerResponse } from '@/app/api/register-response';
import { whenReachable } from '@/app/api/when-reachable';

/** The round's register of opinions as CSV (UTF-8 with a byte order mark, semicolons), for Excel. */
export const GET = whenReachable(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  return registerResponse(request, (await params).id, 'csv');
});
