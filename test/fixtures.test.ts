// The demo-portal fixtures: manifests valid, bodies present, seeds reproduced unchanged, dates consistent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type FixtureArticle,
  FixtureEncoding,
  FixtureManifest,
  type FixtureManifest as FixtureManifestType,
  parseOrThrow,
} from "@vnfacts/shared";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_FIXTURES_DIR,
  DEMO_FAMILIES,
  type DemoFamily,
  loadFamilyFixtures,
  paragraphsOf,
} from "../crawler/src/demo/fixtures.ts";
import { decodeTcvn3, encodeTcvn3 } from "./fixtures/portals/legacy/tcvn3.ts";
import { GOLD_DIR, SEEDS_DIR } from "./support/shared-dir.ts";

const loaded = DEMO_FAMILIES.map((family) => ({
  family,
  ...loadFamilyFixtures(DEFAULT_FIXTURES_DIR, family),
}));
const all = loaded.flatMap(({ family, manifest, bodies }) =>
  manifest.articles.map((article) => ({
    family,
    article,
    paragraphs: paragraphsOf(bodies.get(article.id)!),
  })),
);

function rawManifest(family: DemoFamily): FixtureManifestType {
  return JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, family, "manifest.json"), "utf8"));
}

describe("fixture manifests", () => {
  it.each(DEMO_FAMILIES)("%s manifest parses with FixtureManifest", (family) => {
    const result = FixtureManifest.safeParse(rawManifest(family));
    expect(result.success, result.success ? "" : JSON.stringify(result.error.issues)).toBe(true);
  });

  it("rejects a malformed date with a message naming the field", () => {
    const manifest = rawManifest("newspaper");
    (manifest.articles[3]!.publicationDate as { value: string }).value = "27/01/2026";
    expect(() => parseOrThrow(FixtureManifest, manifest, "newspaper/manifest.json")).toThrow(
      /newspaper\/manifest\.json: articles\.3\.publicationDate\.value/,
    );
  });

  it("rejects a missing title, an unknown listing and a duplicate path, naming each field", () => {
    const manifest = rawManifest("liferay") as unknown as { articles: Record<string, unknown>[] };
    delete manifest.articles[0]!.title;
    manifest.articles[1]!.listing = "khong-co";
    manifest.articles[2]!.path = manifest.articles[3]!.path;
    const result = FixtureManifest.safeParse(manifest);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("articles.0.title");
    // Refinements run once the shape is valid, so check them on a manifest whose only faults are theirs.
    const second = rawManifest("liferay") as unknown as { articles: Record<string, unknown>[] };
    second.articles[1]!.listing = "khong-co";
    second.articles[3]!.path = second.articles[2]!.path;
    const issues = FixtureManifest.safeParse(second).error!.issues.map(
      (i) => `${i.path.join(".")}: ${i.message}`,
    );
    expect(issues).toEqual([
      "articles.1.listing: unknown listing khong-co",
      `articles.3.path: duplicate path ${second.articles[2]!.path}`,
    ]);
  });

  it("every article file exists and is not empty", () => {
    for (const { family, article } of all) {
      const file = join(DEFAULT_FIXTURES_DIR, family, article.file);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8").trim().length, file).toBeGreaterThan(200);
    }
  });

  it("holds at least 60 articles, 10 per family, 15 off topic, and every encoding case", () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const { family, manifest } of loaded)
      expect(manifest.articles.length, family).toBeGreaterThanOrEqual(10);
    expect(all.filter((a) => a.article.topic === null).length).toBeGreaterThanOrEqual(15);
    const encodings = new Set(all.map((a) => a.article.encoding));
    expect([...encodings].sort()).toEqual([...FixtureEncoding.options].sort());
  });

  it("leads are first paragraphs and captions are paragraphs of their body", () => {
    for (const { article, paragraphs } of all) {
      if (article.lead) expect(paragraphs[0], article.id).toBe(article.lead);
      for (const caption of article.captions) expect(paragraphs, article.id).toContain(caption);
    }
  });

  it("only spa articles need a browser", () => {
    for (const { family, article } of all) expect(article.needsBrowser, article.id).toBe(family === "spa");
  });
});

/** Reads the value a correct crawler gets from a family's printed date line. */
function valueFromRaw(family: DemoFamily, raw: string): string | null {
  const text = raw.replace(/\u00a0/g, " ");
  if (family === "newspaper") return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  const m = text.match(/(\d{2})\/(\d{2})\/(\d{4})\D+(\d{2}):(\d{2})(?::(\d{2}))?/);
  if (!m) return null;
  const [, d, mo, y, h, mi, s] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}+07:00`;
}

const WEEKDAYS = ["Chủ nhật", "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7"];

describe("publication dates", () => {
  it("every printed date line yields the manifest's value; relative ones have none", () => {
    for (const { family, article } of all) {
      const { value, raw, relative } = article.publicationDate;
      if (relative) {
        expect(value, article.id).toBeNull();
        expect(raw, article.id).toBe(relative);
        continue;
      }
      expect(raw, article.id).not.toBeNull();
      expect(valueFromRaw(family, raw!), article.id).toBe(value);
    }
  });

  it("Liferay date lines carry the right weekday", () => {
    for (const { family, article } of all) {
      if (family !== "liferay") continue;
      const value = article.publicationDate.value!;
      const weekday = new Date(`${value.slice(0, 10)}T12:00:00Z`).getUTCDay();
      expect(article.publicationDate.raw!.startsWith(`${WEEKDAYS[weekday]}, `), article.id).toBe(true);
    }
  });

  it("seed 002's date is the article line, not the portal clock", () => {
    const seed = all.find((a) => a.article.seed === "002_6fddf448753fa784.txt")!;
    expect(seed.article.publicationDate.value).toBe("2023-01-05T16:31:04+07:00");
  });
});

describe("text forms", () => {
  it("bodies are NFC (decomposition is applied when serving)", () => {
    for (const { article, paragraphs } of all)
      for (const p of paragraphs) expect(p.normalize("NFC"), article.id).toBe(p);
  });

  it("the old-tone-marks article really uses old placement", () => {
    const article = all.find((a) => a.article.encoding === "old-tone-marks")!;
    const text = article.paragraphs.join("\n");
    expect(text).toMatch(/Uỷ/);
    expect(text).toMatch(/hoà/);
    expect(text).toMatch(/thuở/);
  });

  it("the TCVN3 article round-trips through the TCVN3 table", () => {
    const article = all.find((a) => a.article.encoding === "tcvn3")!;
    const text = [article.article.title, ...article.paragraphs].join("\n");
    const bytes = encodeTcvn3(text);
    expect(bytes.every((b) => b < 0x80 || b >= 0xa1)).toBe(true);
    expect(decodeTcvn3(bytes)).toBe(text);
    // "Nguyễn" is the classic TCVN3 mojibake "NguyÔn".
    expect(encodeTcvn3("Nguyễn").toString("latin1")).toBe("NguyÔn");
  });
});

interface Gold {
  title: string;
  boilerplate: string[];
}

/** A seed's body: its lines minus title, date line, byline, portal clock and the gold clutter. */
function seedBody(seedText: string, article: FixtureArticle, gold: Gold): string[] {
  const norm = (s: string) => s.replace(/\u00a0/g, " ").trim();
  const drop = new Set(
    [
      article.title,
      article.byline ?? "",
      article.publicationDate.raw ?? "",
      ...gold.boilerplate,
      ...article.related,
    ].map(norm),
  );
  return seedText
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .filter((line) => !drop.has(norm(line)))
    .filter((line) => !/^date \d{4}-\d{2}-\d{2} /.test(line)) // the newspaper's section/date strip
    .filter((line) => !/^Thứ \d, Ngày \d{2}\/\d{2}\/\d{4} -$/.test(line)); // the city portal's clock
}

describe.skipIf(!existsSync(SEEDS_DIR))("seed articles", () => {
  const seeds = all.filter((a) => a.article.seed);

  it("all five seeds are reproduced", () => {
    expect(seeds.map((s) => s.article.seed).sort()).toEqual([
      "000_cafc750f5b66a2a3.txt",
      "001_d481c4831115f2b3.txt",
      "002_6fddf448753fa784.txt",
      "003_e0d689f9959444f4.txt",
      "004_cf5145809ceb1a09.txt",
    ]);
  });

  it.each(seeds.map((s) => [s.article.seed!, s] as const))(
    "%s: text equals the seed body",
    (seedFile, seed) => {
      const gold = JSON.parse(
        readFileSync(join(GOLD_DIR, seedFile.replace(/\.txt$/, ".json")), "utf8"),
      ) as Gold;
      expect(seed.article.title).toBe(gold.title);
      const text = readFileSync(join(SEEDS_DIR, seedFile), "utf8");
      expect(seed.paragraphs).toEqual(seedBody(text, seed.article, gold));
      expect(text).toContain(seed.article.title);
      if (seed.article.byline) expect(text).toContain(seed.article.byline);
      if (seed.article.publicationDate.raw) expect(text).toContain(seed.article.publicationDate.raw);
    },
  );
});
