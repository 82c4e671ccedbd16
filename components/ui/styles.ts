/** The few looks an action or a link can have, so every page shows them the same way. */
export const primaryButton = 'rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70';
export const secondaryButton = 'rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100';
export const textLink = 'text-brand-800 underline hover:no-underline';
