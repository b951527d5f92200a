import * as z from "zod";

/** `YYYY-MM-DD`, a calendar date with no time zone. */
export const IsoDate = z.iso.date();
/** An ISO 8601 date-time with an offset (portals publish in Asia/Ho_Chi_Minh, +07:00). */
export const IsoDateTime = z.iso.datetime({ offset: true });
export const HttpUrl = z.url({ protocol: /^https?$/ });

/** Administrative levels, post-July-2025 (tỉnh, thành phố, phường, xã, đặc khu) and pre-2025 (huyện, quận, thị xã, thị trấn). */
export const AdminLevel = z.enum([
  "tỉnh",
  "thành phố",
  "phường",
  "xã",
  "đặc khu",
  "huyện",
  "quận",
  "thị xã",
  "thị trấn",
]);
export type AdminLevel = z.infer<typeof AdminLevel>;

/** The two article topics vnfacts keeps. */
export const Topic = z.enum(["emulation", "party_congress"]);
export type Topic = z.infer<typeof Topic>;

/** Formats a zod error as one line per issue, each naming the field path. */
export function describeZodError(error: z.ZodError, where?: string): string {
  const prefix = where ? `${where}: ` : "";
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? issue.path.map(String).join(".") : "(root)";
      return `${prefix}${path}: ${issue.message}`;
    })
    .join("\n");
}

/** Thrown by `parseOrThrow`: carries the field-naming message. */
export class SchemaValidationError extends Error {
  constructor(
    message: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(message);
    this.name = "SchemaValidationError";
  }
}

/** Parses at a boundary; the error message names where and which field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, where?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new SchemaValidationError(describeZodError(result.error, where), result.error.issues);
  return result.data;
}

/**
 * Values a schema produced in this process. A record crosses two boundaries on its way to the store (built, then
 * written): parsing it again at the second costs as much as the first and can find nothing new, because parsed
 * values are never mutated afterwards (a convention of this code base: they are treated as immutable).
 */
const producedBy = new WeakMap<z.ZodType, WeakSet<object>>();

/** `schema.safeParse`, remembering a successful result so `parseOnce` accepts it as it is. */
export function safeParseAndMark<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.ZodSafeParseResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success && typeof result.data === "object" && result.data !== null) {
    let produced = producedBy.get(schema);
    if (!produced) {
      produced = new WeakSet();
      producedBy.set(schema, produced);
    }
    produced.add(result.data);
  }
  return result;
}

/** `parseOrThrow`, except that a value this schema already produced (`safeParseAndMark`) is returned as it is. */
export function parseOnce<S extends z.ZodType>(schema: S, input: unknown, where?: string): z.infer<S> {
  if (typeof input === "object" && input !== null && producedBy.get(schema)?.has(input))
    return input as z.infer<S>;
  const result = safeParseAndMark(schema, input);
  if (!result.success)
    throw new SchemaValidationError(describeZodError(result.error, where), result.error.issues);
  return result.data;
}
