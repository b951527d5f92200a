import { parseJsonlWith } from "../import/jsonl.ts";
import { Annotation } from "../schema/index.ts";

// One vnfacts Annotation per line, exactly the schema's shape: the extension's lossless export.

export function annotationsToJsonl(as: readonly Annotation[]): string {
  let out = "";
  for (const a of as) out += `${JSON.stringify(a)}\n`;
  return out;
}

/**
 * Parses the JSONL export; refused whole: the first bad line throws a `SchemaValidationError` whose message
 * is `line <n>: <field>: <reason>`.
 */
export function parseAnnotationsJsonl(text: string): Annotation[] {
  return parseJsonlWith(Annotation, text);
}
