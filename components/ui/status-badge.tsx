/** A status as a word with its own shape (an SVG path on a 20×20 grid) and colours: never a colour alone. */
export function StatusBadge({ label, icon, className }: { label: string; icon: string; className: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d={icon} />
      </svg>
      {label}
    </span>
  );
}
