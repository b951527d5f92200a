/**
 * The only database surface the store uses, so an embedded PGlite and a `pg` client on a PostgreSQL server are
 * interchangeable. Parameters are positional (`$1`, `$2`…); `jsonb` values are passed as JSON text with an
 * explicit `::jsonb` cast and `bytea` values as `Uint8Array`, which both drivers accept.
 */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface SqlClient extends SqlExecutor {
  /** Runs `fn` inside BEGIN … COMMIT (ROLLBACK when it throws); `tx` is the only executor to use inside. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (schema and migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Chains async jobs so only one runs at a time (PGlite has a single connection; interleaving would mix transactions). */
export class Serializer {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(job, job);
    // Keep the chain alive whatever the job's outcome; the caller still sees the rejection.
    this.#tail = next.catch(() => undefined);
    return next;
  }
}
