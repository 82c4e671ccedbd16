import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PublicSummary } from '@/components/summary/public-summary';
import { publicSummary, versionNumberOf } from '@/lib/db/public-summary';

interface Props {
  params: Promise<{ locale: string; id: string; number: string }>;
}

async function load(params: Props['params']) {
  const { id, number } = await params;
  const version = versionNumberOf(number);
  return version === null ? null : publicSummary(id, version);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params))?.content.title };
}

/** One published version of a public round's summary, at its permanent address. */
export default async function SummaryVersionPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const summary = await load(params);
  if (!summary) notFound();
  return <PublicSummary summary={summary} />;
}
