import type { Annotation } from "@vnfacts/shared";
import type { VnfactsDb } from "./schema.ts";

/**
 * Every stored annotation, read in primary-key chunks (`where(":id").above(last).limit(n)`): bulk reads
 * without one transaction holding the whole table, so a 100,000-row export stays a few large reads.
 */
export async function readAllAnnotations(db: VnfactsDb, chunk = 10_000): Promise<Annotation[]> {
  const out: Annotation[] = [];
  let last: string | undefined;
  for (;;) {
    const batch =
      last === undefined
        ? await db.annotations.orderBy(":id").limit(chunk).toArray()
        : await db.annotations.where(":id").above(last).limit(chunk).toArray();
    for (const a of batch) out.push(a);
    if (batch.length < chunk) return out;
    last = batch[batch.length - 1]!.id;
  }
}
