/**
 * What kind of event the article reports, from the title and the lead: a year-end review conference, the
 * launch of an emulation drive, a commendation ceremony, the signing of an emulation pledge, a congress or
 * its preparatory session, a resolution study session. Several may apply ("tổng kết … và phát động …").
 */
import { foldForSearch } from "../text/normalize.ts";

export type EventType =
  | "review_conference"
  | "emulation_launch"
  | "commendation_ceremony"
  | "emulation_pledge"
  | "congress"
  | "congress_preparatory_session"
  | "resolution_study";

export type EventMatch = { type: EventType; evidence: string };

const EVENT_CUES: readonly [EventType, RegExp][] = [
  ["congress_preparatory_session", /(?:phiên|hội nghị) trù bị(?: đại hội)?/u],
  ["congress", /đại hội(?: đại biểu)?(?: đảng bộ| chi bộ)?[^.;\n]{0,60}?(?:lần thứ|nhiệm kỳ)/u],
  ["resolution_study", /học tập,? quán triệt(?:,? triển khai)? nghị quyết/u],
  ["review_conference", /(?:hội nghị )?tổng kết(?: công tác)?(?: thi đua| phong trào)?/u],
  ["emulation_launch", /phát động(?: đợt| phong trào)?(?: thi đua)?/u],
  ["emulation_pledge", /ký(?: kết)? giao ước thi đua/u],
  [
    "commendation_ceremony",
    /(?:lễ|hội nghị|chương trình)?\s*(?:biểu dương|tuyên dương|tôn vinh|trao tặng|đón nhận|gặp mặt,? tôn vinh)/u,
  ],
];

/** Event types in the title and first paragraph, in the order of the list above. */
export function classifyEvents(title: string, body: string): EventMatch[] {
  const lead = body.split("\n\n", 1)[0] ?? "";
  const text = foldForSearch(`${title}\n${lead}`);
  const out: EventMatch[] = [];
  for (const [type, re] of EVENT_CUES) {
    const m = re.exec(text);
    if (!m) continue;
    // A preparatory session is not the congress itself.
    if (type === "congress" && out.some((e) => e.type === "congress_preparatory_session")) continue;
    out.push({ type, evidence: m[0].trim() });
  }
  // Studying a congress's resolution is not the congress.
  return out.some((e) => e.type === "resolution_study") ? out.filter((e) => e.type !== "congress") : out;
}
