/**
 * Named emulation movements and campaigns, quoted after "phong trào (thi đua)", "cuộc vận động",
 * "công tác": “Toàn dân đoàn kết xây dựng đời sống văn hóa”, "người tốt, việc tốt", “dân vận khéo”.
 */
import type { MovementFact } from "../schema/fact.ts";
import { squashSpaces } from "../text/normalize.ts";
import type { Prepared } from "./scan.ts";

const MOVEMENT_RE =
  /(?:phong trào(?: thi đua)?|cuộc vận động|công tác|thi đua)\s*[“"«]([^”"»\n]{3,140})[”"»]/gu;

export function extractMovements(p: Prepared): MovementFact[] {
  const facts: MovementFact[] = [];
  for (const m of p.fold.matchAll(MOVEMENT_RE)) {
    const nameStart = m.index + m[0].length - 1 - m[1]!.length;
    const name = squashSpaces(p.text.slice(nameStart, nameStart + m[1]!.length)).replace(/[.,;:]+$/u, "");
    if (!name) continue;
    facts.push({
      type: "movement",
      start: nameStart,
      end: nameStart + m[1]!.length,
      text: p.text.slice(nameStart, nameStart + m[1]!.length),
      name,
      confidence: 0.8,
    });
  }
  return facts;
}
