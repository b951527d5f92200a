import { fromW3C } from "../export/w3c.ts";
import { Annotation, SchemaValidationError } from "../schema/index.ts";
import { parseJsonlWith } from "./jsonl.ts";

// Reads an annotation file whatever vnfacts or another tool wrote: W3C JSON-LD (one annotation, an array, a
// page or a collection), W3C annotations one per line, or the extension's JSONL (one vnfacts Annotation per
// line). Refused whole; the message starts with the file name.

export type AnnotationFileFormat = "w3c" | "w3c-jsonl" | "vnfacts-jsonl";

function looksW3C(json: unknown): boolean {
  if (Array.isArray(json)) return json.length === 0 || looksW3C(json[0]);
  if (typeof json !== "object" || json === null) return false;
  const o = json as Record<string, unknown>;
  // vnfacts' own Annotation has `tag` and a `target.source` but no `type`/`@context`.
  return "@context" in o || "type" in o || "body" in o;
}

export function detectAnnotationFormat(text: string): AnnotationFileFormat {
  const trimmed = text.trim();
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (looksW3C(whole)) return "w3c";
  } catch {
    // Not one JSON value: JSON Lines.
  }
  const first = trimmed.split("\n", 1)[0] ?? "";
  try {
    return looksW3C(JSON.parse(first)) ? "w3c-jsonl" : "vnfacts-jsonl";
  } catch {
    return "vnfacts-jsonl";
  }
}

export function parseAnnotationFile(
  text: string,
  name: string,
): { format: AnnotationFileFormat; annotations: Annotation[] } {
  const format = detectAnnotationFormat(text);
  try {
    if (format === "w3c") return { format, annotations: fromW3C(JSON.parse(text.trim())) };
    if (format === "w3c-jsonl") {
      const lines = text.split("\n");
      const json = lines
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l, i) => {
          try {
            return JSON.parse(l) as unknown;
          } catch (error) {
            throw new SchemaValidationError(
              `line ${i + 1}: (root): not JSON (${(error as Error).message})`,
              [],
            );
          }
        });
      return { format, annotations: fromW3C(json) };
    }
    return { format, annotations: parseJsonlWith(Annotation, text) };
  } catch (error) {
    if (error instanceof SchemaValidationError)
      throw new SchemaValidationError(`${name}: ${error.message}`, error.issues);
    throw error;
  }
}
