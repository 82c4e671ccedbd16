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

/** The digest Next.js keeps for a BackendUnavailable thrown while rendering, so that the error page can tell it from a bug. */
export const BACKEND_UNAVAILABLE_DIGEST = 'tura-backend-unavailable';

/**
 * The API or the database behind it did not answer: PostgREST stopped or restarting (the gateway
 * answers 502), the database restarting under it (503: its connection was ended, PGRST000–PGRST002
 * while it reconnects), a timeout (504), or no answer at all. Whatever the request was, the
 * database did not commit it; the same request may work a moment later.
 */
export class BackendUnavailable extends Error {
  /** Next.js passes an error's own digest to the error page (instead of a hash of its message) in production too. */
  readonly digest = BACKEND_UNAVAILABLE_DIGEST;

  constructor(status: number, error: PostgrestError) {
    super(`The database cannot be reached (HTTP ${status || 'none'}${error.code ? `, ${error.code}` : ''}): ${error.message}`);
    this.name = 'BackendUnavailable';
  }
}

/** No answer (status 0: supabase-js could not connect), a gateway that cannot reach PostgREST, a database that cannot be reached, a timeout. */
const UNAVAILABLE_STATUSES = new Set([0, 502, 503, 504]);

/** What a failed supabase-js result means for the app: the backend is away, or the database refused. */
export function dataError(result: { error: PostgrestError; status: number }): DataError | BackendUnavailable {
  return UNAVAILABLE_STATUSES.has(result.status) ? new BackendUnavailable(result.status, result.error) : new DataError(result.error);
}

/** The rows of a supabase-js result, or a DataError (BackendUnavailable when the database could not be reached). */
export function rowsOf<T>(result: { data: T | null; error: PostgrestError | null; status: number }): T {
  if (result.error) throw dataError({ error: result.error, status: result.status });
  return result.data as T;
}
