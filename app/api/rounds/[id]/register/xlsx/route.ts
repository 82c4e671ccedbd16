import { registerResponse } from '@/app/api/register-response';

/** The round's register of opinions as an Excel workbook, a sheet per table. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return registerResponse(request, (await params).id, 'xlsx');
}
