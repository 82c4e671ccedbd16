/**
 * Polish alphabetical order (ą after a, ł after l…), as names are listed everywhere. One collator,
 * made once: `localeCompare(b, 'pl')` builds one per comparison, which dominated sorting long lists.
 */
export const comparePolish = new Intl.Collator('pl').compare;
