import { textLink } from '@/components/ui/styles';

/** A link to an .ics file, saying its format (UX: links to files say what they are). Plain <a>: it is a download, not a page. */
export function CalendarLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} className={textLink} type="text/calendar" download>
      {label}
    </a>
  );
}
