import { Link } from '@/lib/i18n/navigation';
import { textLink } from '@/components/ui/styles';

/** A page that could not be shown: what happened, and where to go instead. */
export function ErrorNotice({ title, text, href, linkLabel }: { title: string; text: string; href: string; linkLabel: string }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-lg text-slate-700">{text}</p>
      <Link href={href} className={`mt-6 inline-block ${textLink}`}>
        {linkLabel}
      </Link>
    </div>
  );
}
