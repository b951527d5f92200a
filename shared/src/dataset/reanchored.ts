import { describeTextRange } from "../anchor/index.ts";
import type { Annotation } from "../schema/index.ts";
import { type JoinResult, latestById } from "./join.ts";

/**
 * The anchored annotations with their selectors re-described on the record's body and their source set to
 * the record's URL: a W3C export of the dataset points at the text the spans were exported from.
 */
export function reanchoredAnnotations(result: JoinResult, annotations: readonly Annotation[]): Annotation[] {
  const byId = new Map(latestById(annotations).kept.map((a) => [a.id, a]));
  const out: Annotation[] = [];
  for (const doc of result.documents) {
    for (const s of doc.spans) {
      const a = byId.get(s.annotationId);
      if (!a) continue;
      const { quote, position } = describeTextRange(doc.text, s.start, s.end);
      out.push({ ...a, target: { source: doc.url, selector: [quote, position] } });
    }
  }
  return out;
}
