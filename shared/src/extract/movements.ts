/**
 * Named emulation movements and campaigns, quoted after "phong trào (thi đua)", "cuộc vận động",
 * "công tác": “Toàn dân đoàn kết xây dựng đời sống văn hóa”, "người tốt, việc tốt", “dân vận khéo”.
 */
import type { MovementFact } from "../schema/fact.ts";
import { squashSpaces } from "../text/normalize.ts";
import type { Prepared } from "./scan.ts";

const MOVEMENT_RE =
  /(?:phong trào(?: thi đua)?|cuộc vận động|công tác|thi đua)\s*[“"«]([^”"»\n]{3,140})[”"»]/gu;
// "phong trào thi đua "A", "B" và "C"": the names that follow the first one.
const NEXT_QUOTED = /^(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)[“"«]([^”"»\n]{3,140})[”"»]/u;

export function extractMovements(p: Prepared): MovementFact[] {
  const facts: MovementFact[] = [];
  const push = (nameStart: number, length: number) => {
    const name = squashSpaces(p.text.slice(nameStart, nameStart + length)).replace(/[.,;:]+$/u, "");
    if (!name) return;
    facts.push({
      type: "movement",
      start: nameStart,
      end: nameStart + length,
      text: p.text.slice(nameStart, nameStart + length),
      name,
      confidence: 0.8,
    });
  };
  for (const m of p.fold.matchAll(MOVEMENT_RE)) {
    push(m.index + m[0].length - 1 - m[1]!.length, m[1]!.length);
    let at = m.index + m[0].length;
    for (let n = 0; n < 10; n++) {
      const next = NEXT_QUOTED.exec(p.fold.slice(at, at + 160));
      if (!next) break;
      push(at + next[0].length - 1 - next[1]!.length, next[1]!.length);
      at += next[0].length;
    }
  }
  return facts;
}
