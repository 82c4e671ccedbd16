import type { PostgrestError } from '@supabase/supabase-js';

/** A failed query, carrying the message key (`hint`) the database functions attach to their errors. */
export class DataError extends Error {
  readonly code: string;
  readonly hint: string | null;

  constructor(error: PostgrestError) {
    super(error.message);
    this.name = 'DataError';
    this.code = error.code;
    this.hint = error.hint || null;
  }
}

/** The rows of a supabase-js result, or a DataError. */
export function rowsOf<T>(result: { data: T | null; error: PostgrestError | null }): T {
  if (result.error) throw new DataError(result.error);
  return result.data as T;
}
