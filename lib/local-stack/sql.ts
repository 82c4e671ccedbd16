import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Client } from 'pg';

/** The little the local stack needs from a database connection, whichever backend it is. */
export interface SqlExecutor {
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

export function pgliteExecutor(db: PGlite | Transaction): SqlExecutor {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    transaction(work) {
      if (!('transaction' in db)) throw new Error('Nested transactions are not supported');
      return db.transaction((tx) => work(pgliteExecutor(tx)));
    },
  };
}

export function pgExecutor(client: Client): SqlExecutor {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async transaction(work) {
      await client.query('begin');
      try {
        const result = await work(this);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
  };
}
