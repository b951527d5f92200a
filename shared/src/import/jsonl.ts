import type * as z from "zod";
import { describeZodError, SchemaValidationError } from "../schema/index.ts";

/**
 * Parses JSON Lines with a schema; refused whole: the first bad line throws a `SchemaValidationError` whose
 * message is `line <n>: <field>: <reason>` (lines counted from 1 in the file, blank lines skipped).
 */
export function parseJsonlWith<S extends z.ZodType>(schema: S, text: string): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new SchemaValidationError(`line ${i + 1}: (root): not JSON (${(error as Error).message})`, []);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new SchemaValidationError(describeZodError(parsed.error, `line ${i + 1}`), parsed.error.issues);
    out.push(parsed.data);
  }
  return out;
}
