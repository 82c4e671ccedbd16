import { registerResponse } from '@/app/api/register-response';

/** The round's register of opinions as CSV (UTF-8 with a byte order mark, semicolons), for Excel. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return registerResponse(request, (await params).id, 'csv');
}
