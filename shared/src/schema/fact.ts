import * as z from "zod";
import { AdminLevel, IsoDate } from "./common.ts";

/** Every fact quotes its evidence: `text === body.slice(start, end)` (UTF-16 offsets into the NFC body). */
const FactSpan = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
  /** Extractor confidence in [0, 1]; absent for facts a person wrote. */
  confidence: z.number().min(0).max(1).optional(),
});

export const AwardStatus = z.enum(["conferred", "proposed"]);
export type AwardStatus = z.infer<typeof AwardStatus>;

export const AwardFact = FactSpan.extend({
  type: z.literal("award"),
  /** Canonical form from the award vocabulary (e.g. "Bằng khen", "Chiến sĩ thi đua cơ sở"). */
  form: z.string().min(1),
  issuer: z.string().nullable(),
  /** "cá nhân", "tập thể", "hộ gia đình", "đơn vị", "tập thể, cá nhân", … */
  recipientKind: z.string().nullable(),
  count: z.number().int().nonnegative().nullable(),
  status: AwardStatus,
});

export const PersonFact = FactSpan.extend({
  type: z.literal("person"),
  name: z.string().min(1),
  position: z.string().nullable(),
});

export const GazetteerVersion = z.enum(["pre-2025", "2025"]);
export type GazetteerVersion = z.infer<typeof GazetteerVersion>;

export const LocalityFact = FactSpan.extend({
  type: z.literal("locality"),
  name: z.string().min(1),
  level: AdminLevel,
  /** Official code, keyed by gazetteer version (new units reuse old codes). */
  code: z.string().nullable().default(null),
  gazetteerVersion: GazetteerVersion.nullable().default(null),
  /** Province the unit belongs to, when resolved. */
  province: z.string().nullable().default(null),
  /** Set on a former unit named in a merger sentence: the unit it became part of. */
  mergedInto: z.string().nullable().default(null),
});

export const MetricUnitClass = z.enum(["money", "percent", "area", "count", "other"]);
export type MetricUnitClass = z.infer<typeof MetricUnitClass>;

export const MetricFact = FactSpan.extend({
  type: z.literal("metric"),
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  unitClass: MetricUnitClass,
  kind: z.enum(["achieved", "target"]),
  /** "trên", "hơn", "gần", "khoảng", "ước đạt", … */
  qualifier: z.string().nullable().default(null),
  /** Denominator of a fraction of targets ("17/17 chỉ tiêu"). */
  of: z.number().nullable().default(null),
});

export const DateFact = FactSpan.extend({
  type: z.literal("date"),
  date: IsoDate,
  role: z.enum(["event", "reference"]).default("event"),
  /** The year was not written and was inferred from the publication date or context. */
  yearInferred: z.boolean().default(false),
});

export const CongressFact = FactSpan.extend({
  type: z.literal("congress"),
  body: z.string().min(1),
  ordinal: z.number().int().positive().nullable(),
  term: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .nullable(),
  delegates: z.number().int().nonnegative().nullable(),
  partyMembers: z.number().int().nonnegative().nullable(),
  baseOrganizations: z.number().int().nonnegative().nullable(),
  executiveCommittee: z.number().int().nonnegative().nullable(),
  standingCommittee: z.number().int().nonnegative().nullable(),
  secretary: z.string().nullable(),
});

export const LegalRefFact = FactSpan.extend({
  type: z.literal("legal_ref"),
  /** "Luật", "Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định", "Thông tư", "Kết luận", … */
  kind: z.string().min(1),
  number: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  date: IsoDate.nullable().default(null),
  issuer: z.string().nullable().default(null),
});

export const MovementFact = FactSpan.extend({
  type: z.literal("movement"),
  name: z.string().min(1),
});

export const Fact = z
  .discriminatedUnion("type", [
    AwardFact,
    PersonFact,
    LocalityFact,
    MetricFact,
    DateFact,
    CongressFact,
    LegalRefFact,
    MovementFact,
  ])
  .refine((f) => f.end > f.start, { message: "end must be greater than start", path: ["end"] });
export type Fact = z.infer<typeof Fact>;
export type FactType = Fact["type"];
export const FACT_TYPES = [
  "award",
  "person",
  "locality",
  "metric",
  "date",
  "congress",
  "legal_ref",
  "movement",
] as const satisfies readonly FactType[];
export type AwardFact = z.infer<typeof AwardFact>;
export type PersonFact = z.infer<typeof PersonFact>;
export type LocalityFact = z.infer<typeof LocalityFact>;
export type MetricFact = z.infer<typeof MetricFact>;
export type DateFact = z.infer<typeof DateFact>;
export type CongressFact = z.infer<typeof CongressFact>;
export type LegalRefFact = z.infer<typeof LegalRefFact>;
export type MovementFact = z.infer<typeof MovementFact>;

/** Checks the quoting invariant of a list of facts against the body they point into. */
export function factSpanErrors(body: string, facts: readonly Fact[]): string[] {
  const errors: string[] = [];
  facts.forEach((f, i) => {
    if (f.end > body.length)
      errors.push(`facts.${i}.end: ${f.end} is past the end of the body (${body.length})`);
    else if (body.slice(f.start, f.end) !== f.text)
      errors.push(`facts.${i}.text: does not equal body.slice(${f.start}, ${f.end})`);
  });
  return errors;
}
