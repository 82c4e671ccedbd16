/** How much of a pasted text a message or a table cell shows at once. */
export const EXCERPT_LENGTH = 200;

/** The beginning of a long text, marked as cut; a short one as it is. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
