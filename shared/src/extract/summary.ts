/**
 * One article's extraction as the flat summary the CLI prints and the evaluation scores (the shape of
 * the gold files): distinct people, localities and movements; event dates; the congress, if any.
 */
import type {
  AwardFact,
  CongressFact,
  Fact,
  LegalRefFact,
  LocalityFact,
  MetricFact,
  MovementFact,
  PersonFact,
} from "../schema/fact.ts";
import type { CleanArticle, PublicationDate, TopicScore } from "../schema/record.ts";
import { matchKey } from "../text/normalize.ts";
import { classifyEvents, type EventMatch } from "./event.ts";

type Quoted = { start: number; end: number; text: string };
const quote = (f: Fact): Quoted => ({ start: f.start, end: f.end, text: f.text });

export type ExtractionSummary = {
  title: string;
  section: string | null;
  publishedAt: string | null;
  publicationDate: PublicationDate;
  authors: string[];
  topics: string[];
  topicScores: TopicScore[];
  /** The kind(s) of event reported (review conference, emulation launch, congress, …), with evidence. */
  eventTypes: EventMatch[];
  eventDates: string[];
  localities: (Pick<
    LocalityFact,
    "name" | "level" | "code" | "gazetteerVersion" | "province" | "mergedInto"
  > &
    Quoted)[];
  people: (Pick<PersonFact, "name" | "position"> & Quoted)[];
  awards: (Pick<AwardFact, "form" | "issuer" | "recipientKind" | "count" | "status"> & Quoted)[];
  metrics: (Pick<MetricFact, "label" | "value" | "unit" | "unitClass" | "kind" | "qualifier" | "of"> &
    Quoted)[];
  congress: Omit<CongressFact, "type" | "confidence"> | null;
  legalRefs: (Pick<LegalRefFact, "kind" | "number" | "title" | "date" | "issuer"> & Quoted)[];
  movements: (Pick<MovementFact, "name"> & Quoted)[];
  body: string;
  boilerplate: string[];
};

function distinctBy<T>(items: readonly T[], key: (t: T) => string, better?: (a: T, b: T) => boolean): T[] {
  const out = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const have = out.get(k);
    if (!have) out.set(k, item);
    else if (better?.(item, have)) out.set(k, item);
  }
  return [...out.values()];
}

export function summarizeExtraction(
  doc: CleanArticle,
  result: { topics: TopicScore[]; facts: Fact[] },
): ExtractionSummary {
  const of = <T extends Fact["type"]>(type: T) =>
    result.facts.filter((f): f is Extract<Fact, { type: T }> => f.type === type);
  const pd = doc.publicationDate;
  const congress = of("congress")[0];
  return {
    title: doc.title,
    section: doc.section,
    // A relative "1 giờ trước" is not a publication date the page states.
    publishedAt: pd.origin === "relative" || pd.origin === "none" ? null : pd.value,
    publicationDate: pd,
    authors: doc.authors,
    topics: result.topics.map((t) => t.topic),
    topicScores: result.topics,
    eventTypes: classifyEvents(doc.title, doc.body),
    eventDates: [
      ...new Set(
        of("date")
          .filter((d) => d.role === "event")
          .map((d) => d.date),
      ),
    ].sort(),
    localities: distinctBy(of("locality"), (l) => `${matchKey(l.name)}|${l.level}`).map((l) => ({
      name: l.name,
      level: l.level,
      code: l.code,
      gazetteerVersion: l.gazetteerVersion,
      province: l.province,
      mergedInto: l.mergedInto,
      ...quote(l),
    })),
    people: distinctBy(
      of("person"),
      (p) => matchKey(p.name),
      (a, b) => (a.position?.length ?? 0) > (b.position?.length ?? 0),
    ).map((p) => ({ name: p.name, position: p.position, ...quote(p) })),
    awards: of("award").map((a) => ({
      form: a.form,
      issuer: a.issuer,
      recipientKind: a.recipientKind,
      count: a.count,
      status: a.status,
      ...quote(a),
    })),
    metrics: of("metric").map((m) => ({
      label: m.label,
      value: m.value,
      unit: m.unit,
      unitClass: m.unitClass,
      kind: m.kind,
      qualifier: m.qualifier,
      of: m.of,
      ...quote(m),
    })),
    congress: congress ? (({ type: _t, confidence: _c, ...rest }) => rest)(congress) : null,
    legalRefs: of("legal_ref").map((l) => ({
      kind: l.kind,
      number: l.number,
      title: l.title,
      date: l.date,
      issuer: l.issuer,
      ...quote(l),
    })),
    movements: distinctBy(of("movement"), (m) => matchKey(m.name)).map((m) => ({
      name: m.name,
      ...quote(m),
    })),
    body: doc.body,
    boilerplate: doc.boilerplate,
  };
}
