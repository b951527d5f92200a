import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Annotation, ArticleRecord, contentHashOf, recordIdFor, type TagId } from "@vnfacts/shared";
import { describeTextRange } from "@vnfacts/shared/anchor";
import { GOLD_DIR, SEEDS_DIR } from "../support/shared-dir.ts";

// Demo-like input for the dataset end-to-end test: records made from the five seed articles (boilerplate
// lines from the gold files removed) and annotations on quotes the gold files name.

export interface Seed {
  name: string;
  record: ArticleRecord;
  gold: { people: Array<{ name: string }>; localities: Array<{ name: string }>; boilerplate: string[] };
}

export function loadSeeds(): Seed[] {
  const names = [
    "000_cafc750f5b66a2a3",
    "001_d481c4831115f2b3",
    "002_6fddf448753fa784",
    "003_e0d689f9959444f4",
    "004_cf5145809ceb1a09",
  ];
  return names.map((name, i) => {
    const text = readFileSync(join(SEEDS_DIR, `${name}.txt`), "utf8").normalize("NFC");
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${name}.json`), "utf8")) as Seed["gold"] & {
      title: string;
      publishedAt: string | null;
    };
    const skip = new Set([...gold.boilerplate, gold.title].map((l) => l.trim()));
    const body = text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !skip.has(l) && !l.startsWith("date "))
      .join("\n\n");
    const url = `http://127.0.0.1:8710/demo/tin-tuc/bai-${i}.htm`;
    const record = ArticleRecord.parse({
      id: recordIdFor(url),
      url,
      sourceId: i % 2 ? "demo-newspaper" : "demo-liferay",
      province: i % 2 ? "Ninh Bình" : "Phú Thọ",
      title: gold.title,
      lead: null,
      body,
      publicationDate: {
        value: gold.publishedAt?.slice(0, 10) ?? null,
        precision: gold.publishedAt ? "day" : "unknown",
        raw: null,
        origin: gold.publishedAt ? "page" : "none",
      },
      section: null,
      authors: [],
      topics: [],
      contentHash: contentHashOf(gold.title, body),
      fetchedAt: "2026-02-01T08:00:00+07:00",
      extractorVersion: "e2e",
      facts: [],
    });
    return { name, record, gold };
  });
}

let n = 0;

/** An annotation on the first occurrence of `exact` in `text` (selectors over `text`, source `url`). */
export function annotationOn(
  text: string,
  url: string,
  exact: string,
  tag: TagId,
  author: string,
  extra: Partial<Annotation> = {},
): Annotation | null {
  const start = text.indexOf(exact);
  if (start < 0) return null;
  const { quote, position } = describeTextRange(text, start, start + exact.length);
  n++;
  return {
    id: `urn:uuid:e2e00000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
    target: { source: url, selector: [quote, position] },
    tag,
    value: null,
    note: null,
    author,
    created: "2026-02-02T09:00:00+07:00",
    modified: "2026-02-02T09:00:00+07:00",
    status: "tagged",
    provenance: "human",
    ...extra,
  };
}
