import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PublicSummary } from '@/components/summary/public-summary';
import { publicSummary } from '@/lib/db/public-summary';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await publicSummary(id, null))?.content.title };
}

/** The latest published version of a public round's summary (the cache makes a new one show at once). */
export default async function LatestSummaryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const summary = await publicSummary(id, null);
  if (!summary) notFound();
  return <PublicSummary summary={summary} />;
}
