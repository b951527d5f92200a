/** Date facts: every calendar date in the body, with its role (event or reference). */
import type { DateFact } from "../schema/fact.ts";
import { findDateMentions } from "../text/dates.ts";

export function extractDateFacts(body: string, referenceDate: string | undefined): DateFact[] {
  return findDateMentions(body, referenceDate).map((m) => ({
    type: "date",
    start: m.start,
    end: m.end,
    text: m.text,
    date: m.date,
    role: m.role,
    yearInferred: m.yearInferred,
    confidence: m.role === "event" ? 0.8 : 0.6,
  }));
}
