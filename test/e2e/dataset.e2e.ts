import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Annotation } from "@vnfacts/shared";
import { annotationsToJsonl, IOB2_LABELS, parseCsv, toW3CAnnotations } from "@vnfacts/shared/export";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../crawler/src/store/index.ts";
import { vnfacts } from "../support/cli.ts";
import { validateW3C } from "../support/w3c.ts";
import { annotationOn, loadSeeds, type Seed } from "./dataset-fixtures.ts";

// `vnfacts dataset build|agreement` through the real CLI: records from the store and from records.jsonl,
// annotations from the extension's JSONL, a W3C collection and another tool's quote-only W3C annotation.

let dir: string;
let seeds: Seed[];
/** Every annotation expected to anchor, with the text it must land on. */
const expected = new Map<string, { url: string; text: string }>();
let lan: Annotation[];
let minh: Annotation[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vnfacts-dataset-"));
  seeds = loadSeeds();
  await writeFile(join(dir, "records.jsonl"), seeds.map((s) => JSON.stringify(s.record)).join("\n"));
  const store = await openStore(join(dir, "data"));
  try {
    for (const s of seeds) await store.upsertRecord(s.record);
  } finally {
    await store.close();
  }

  // Lan tagged in the extension: selectors over the record body itself.
  lan = seeds
    .flatMap((s) => [
      ...s.gold.people.map((p) => annotationOn(s.record.body, s.record.url, p.name, "person", "Lan")),
      ...s.gold.localities
        .slice(0, 2)
        .map((l) => annotationOn(s.record.body, s.record.url, l.name, "locality", "Lan")),
    ])
    .filter((a): a is Annotation => a !== null);
  // Minh tagged the pages, whose rendered text has a header before the body: positions are off, quotes hold.
  minh = seeds
    .flatMap((s) => {
      const page = `Trang chủ | Tin tức\n${s.record.title}\n${s.record.body}`;
      return s.gold.people.slice(0, 1).map((p) =>
        annotationOn(page, `${s.record.url}?utm_source=zalo`, p.name, "person", "Minh", {
          status: "accepted",
          provenance: "machine",
        }),
      );
    })
    .filter((a): a is Annotation => a !== null);
  for (const a of [...lan, ...minh]) {
    const quote = a.target.selector.find((x) => x.type === "TextQuoteSelector")!;
    expected.set(a.id, {
      url: a.target.source.split("?")[0]!,
      text: quote.type === "TextQuoteSelector" ? quote.exact : "",
    });
  }
  const first = seeds[0]!.record;
  const orphanNoRecord = annotationOn(
    first.body,
    "https://elsewhere.gov.vn/bai-1.htm",
    "Kỳ Sơn",
    "locality",
    "Lan",
  )!;
  const orphanGone = { ...annotationOn(first.body, first.url, first.body.slice(0, 40), "movement", "Lan")! };
  orphanGone.target = {
    source: first.url,
    selector: [
      { type: "TextQuoteSelector", exact: "Hội nghị biểu dương điển hình tiên tiến toàn quốc lần thứ XI" },
    ],
  };
  await writeFile(join(dir, "lan.jsonl"), annotationsToJsonl([...lan, orphanNoRecord, orphanGone]));
  await writeFile(join(dir, "minh.jsonld"), JSON.stringify(toW3CAnnotations(minh)));
  // Another W3C tool: quote only, tag by label. One quote is unique; "Bằng khen" alone occurs many times.
  const foreign = (id: string, exact: string) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `https://annotations.example.org/a/${id}`,
    type: "Annotation",
    motivation: "tagging",
    creator: { type: "Person", name: "Hà" },
    created: "2026-02-03T10:00:00Z",
    body: [{ type: "TextualBody", purpose: "tagging", value: "Khen thưởng" }],
    target: { source: first.url, selector: { type: "TextQuoteSelector", exact } },
  });
  await writeFile(
    join(dir, "other-tool.json"),
    JSON.stringify([foreign("42", "Bằng khen cho 5 cá nhân"), foreign("43", "Bằng khen")]),
  );
  expect(lan.length).toBeGreaterThan(8);
  expect(minh.length).toBeGreaterThan(2);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const annotationFiles = () => [
  join(dir, "lan.jsonl"),
  join(dir, "minh.jsonld"),
  join(dir, "other-tool.json"),
];

const buildFromRecordsJsonl = (format: string, out: string) =>
  vnfacts(
    "dataset",
    "build",
    "--records",
    join(dir, "records.jsonl"),
    "--annotations",
    ...annotationFiles(),
    "--format",
    format,
    "--out",
    out,
  );

describe("vnfacts dataset build", () => {
  it("reports anchored and orphaned annotations with reasons and writes span JSONL from the store", async () => {
    const out = join(dir, "out-jsonl");
    const stdout = await vnfacts(
      "dataset",
      "build",
      "--data",
      join(dir, "data"),
      "--annotations",
      ...annotationFiles(),
      "--format",
      "jsonl",
      "--out",
      out,
    );
    const total = lan.length + minh.length + 1;
    expect(stdout).toContain(`${seeds.length} record(s)`);
    expect(stdout).toMatch(
      new RegExp(
        `anchored ${total} of ${total + 3} \\(position ${lan.length}, quote ${minh.length + 1}, fuzzy 0\\)`,
      ),
    );
    expect(stdout).toContain("orphaned 3: no-record 1, quote-not-found 1, ambiguous-quote 1");
    expect(stdout).toContain("(w3c)");
    expect(stdout).toContain("(vnfacts-jsonl)");

    const docs = (await readFile(join(out, "dataset.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const record = new Map(seeds.map((s) => [s.record.url, s.record]));
    let spans = 0;
    for (const d of docs) {
      expect(d.text).toBe(record.get(d.url)!.body);
      for (const s of d.spans) {
        spans++;
        expect(d.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(spans).toBe(total);
    const orphans = (await readFile(join(out, "orphans.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(orphans.map((o) => o.reason).sort()).toEqual(["ambiguous-quote", "no-record", "quote-not-found"]);
    const sheet = await readFile(join(out, "datasheet.md"), "utf8");
    expect(sheet).toContain("| records available | 5 |");
    expect(sheet).toContain("| Minh |");
    expect(sheet).toMatch(/\| person \| Nhân vật \| \d+ \| \d+ \| \d+ \| 0 \| 0 \| 100\.0 % \|/);
  });

  it("lands every exported span on the text it was tagged on (round trip), from records.jsonl", async () => {
    const out = join(dir, "out-w3c");
    await buildFromRecordsJsonl("w3c", out);
    const collection = JSON.parse(await readFile(join(out, "annotations.jsonld"), "utf8"));
    const bodies = new Map(seeds.map((s) => [s.record.url, s.record.body]));
    let checked = 0;
    for (const item of collection.first.items) {
      expect(validateW3C({ "@context": collection["@context"], ...item }).failed).toEqual([]);
      const [quote, position] = item.target.selector;
      const body = bodies.get(item.target.source)!;
      expect(body.slice(position.start, position.end)).toBe(quote.exact);
      const want = expected.get(item.id);
      if (want) {
        expect(item.target.source).toBe(want.url);
        expect(quote.exact).toBe(want.text);
        checked++;
      }
    }
    expect(checked).toBe(expected.size);
  });

  it("writes IOB2 rows with a label file, Label Studio tasks with a config, and a CSV of facts", async () => {
    for (const format of ["iob2", "labelstudio", "csv"]) {
      await buildFromRecordsJsonl(format, join(dir, `out-${format}`));
    }
    const info = JSON.parse(await readFile(join(dir, "out-iob2", "dataset_info.json"), "utf8"));
    expect(info.features.ner_tags.feature.names).toEqual(IOB2_LABELS);
    const rows = (await readFile(join(dir, "out-iob2", "dataset.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const tagged = rows.flatMap((r) => r.tokens.filter((_: string, i: number) => r.ner_tags[i] !== 0));
    expect(tagged).toContain("Cường");

    const tasks = JSON.parse(await readFile(join(dir, "out-labelstudio", "tasks.json"), "utf8"));
    for (const t of tasks)
      for (const r of t.predictions[0].result)
        expect(t.data.text.slice(r.value.start, r.value.end)).toBe(r.value.text);
    expect(await readFile(join(dir, "out-labelstudio", "label_config.xml"), "utf8")).toContain(
      '<Labels name="label" toName="text">',
    );

    const csv = parseCsv(await readFile(join(dir, "out-csv", "facts.csv"), "utf8"));
    expect(csv[0]!.slice(0, 5)).toEqual(["article_url", "record_id", "publication_date", "province", "tag"]);
    expect(csv.length - 1).toBe(lan.length + minh.length + 1);
  });

  it("refuses a malformed annotation file whole, naming file, line and field", async () => {
    const bad = annotationsToJsonl(lan.slice(0, 3)).split("\n");
    bad[1] = bad[1]!.replace(/"tag":"[a-z_]+"/, '"tag":"weather"');
    await writeFile(join(dir, "bad.jsonl"), bad.join("\n"));
    const failure = await vnfacts(
      "dataset",
      "build",
      "--records",
      join(dir, "records.jsonl"),
      "--annotations",
      join(dir, "bad.jsonl"),
      "--out",
      join(dir, "out-bad"),
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/bad\.jsonl: line 2: tag: /);
  });
});

describe("vnfacts dataset agreement", () => {
  it("prints exact and overlap F1 per tag for the two reviewers", async () => {
    const stdout = await vnfacts(
      "dataset",
      "agreement",
      "--records",
      join(dir, "records.jsonl"),
      "--annotations",
      join(dir, "lan.jsonl"),
      join(dir, "minh.jsonld"),
    );
    expect(stdout).toMatch(new RegExp(`Agreement between Lan and Minh on ${minh.length} article\\(s\\)`));
    // Minh's person spans are Lan's first person per article: all of Minh's match exactly.
    const lanPeople = lan.filter(
      (a) => a.tag === "person" && minh.some((m) => m.target.source.startsWith(a.target.source)),
    ).length;
    const f1 = (2 * minh.length) / (lanPeople + minh.length);
    expect(stdout).toMatch(
      new RegExp(`person\\s+${lanPeople}\\s+${minh.length}\\s+${minh.length}\\s+${f1.toFixed(3)}`),
    );
    expect(stdout).toMatch(/locality\s+\d+\s+0\s+0\s+0\.000\s+0\.000/);
  });
});
