import { describe, expect, it } from "vitest";
import {
  canonicalUrl,
  contentHashOf,
  recordIdFor,
  recordIdForCanonical,
  sha256Hex,
  sha256HexPortable,
} from "../ids.ts";
import {
  ArticleRecord,
  FACT_TYPES,
  Fact,
  parseOnce,
  parseOrThrow,
  SourceRegistryFile,
  safeParseAndMark,
  TAXONOMY,
  tagForFact,
} from "./index.ts";

const body = "Chiều 27/1, UBND phường tặng Giấy khen cho 16 tập thể và 5 hộ gia đình.";

function validRecord(): Record<string, unknown> {
  const url = "https://baophutho.vn/phuong-ky-son-phat-dong-phong-trao-thi-dua-245012.htm";
  return {
    id: recordIdFor(url),
    url,
    sourceId: "bao-phu-tho",
    province: "Phú Thọ",
    title: "Phường Kỳ Sơn phát động phong trào thi đua, yêu nước năm 2026",
    lead: null,
    body,
    publicationDate: { value: "2026-01-27", precision: "day", raw: "2026-01-27", origin: "page" },
    section: "Xây dựng Đảng",
    authors: ["Dương Liễu"],
    topics: [{ topic: "emulation", score: 3, evidence: ["thi đua", "Giấy khen"] }],
    contentHash: contentHashOf("t", body),
    fetchedAt: "2026-01-27T10:00:00+07:00",
    extractorVersion: "1",
    facts: [
      {
        type: "award",
        start: 29,
        end: 53,
        text: body.slice(29, 53),
        form: "Giấy khen",
        issuer: "UBND phường Kỳ Sơn",
        recipientKind: "tập thể",
        count: 16,
        status: "conferred",
      },
    ],
  };
}

describe("ArticleRecord", () => {
  it("accepts a well-formed record", () => {
    const record = parseOrThrow(ArticleRecord, validRecord());
    expect(record.facts[0]?.type).toBe("award");
    expect(record.facts[0]?.text).toBe("Giấy khen cho 16 tập thể");
  });

  it("names the field of a bad publication date", () => {
    const bad = {
      ...validRecord(),
      publicationDate: { value: "28/01/2023", precision: "day", raw: "x", origin: "page" },
    };
    expect(() => parseOrThrow(ArticleRecord, bad, "records.jsonl:3")).toThrow(
      /records\.jsonl:3: publicationDate\.value/,
    );
  });

  it("rejects a fact whose quote is not the body slice, naming the fact", () => {
    const bad = validRecord();
    (bad.facts as Array<Record<string, unknown>>)[0]!.text = "Bằng khen cho 16 tập thể";
    expect(() => parseOrThrow(ArticleRecord, bad)).toThrow(/facts\.0\.text/);
  });

  it("parses a record once across boundaries, and everything else every time", () => {
    const marked = safeParseAndMark(ArticleRecord, validRecord());
    if (!marked.success) throw new Error("valid record refused");
    // Produced by the schema: returned as it is, not copied by a second parse.
    expect(parseOnce(ArticleRecord, marked.data)).toBe(marked.data);
    // A plain object, even a valid one, is parsed (zod returns a new object) ...
    const plain = validRecord();
    const parsed = parseOnce(ArticleRecord, plain);
    expect(parsed).not.toBe(plain);
    expect(parsed).toEqual(marked.data);
    // ... and an invalid one is refused with its field named, like parseOrThrow.
    const bad = { ...validRecord(), url: "not a url" };
    expect(() => parseOnce(ArticleRecord, bad, "record x")).toThrow(/record x: url/);
    // The mark is per schema: another schema does not take the record as its own.
    expect(() => parseOnce(Fact, marked.data)).toThrow();
  });

  it("rejects an unknown fact type by its discriminator", () => {
    const r = Fact.safeParse({ type: "weather", start: 0, end: 3, text: "mưa" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["type"]);
  });
});

describe("Source registry", () => {
  it("names entry and field of a bad source", () => {
    const file = {
      sources: [
        {
          id: "bao-phu-tho",
          name: "Báo Phú Thọ",
          province: "Phú Thọ",
          level: "province",
          baseUrl: "not a url",
          discovery: { feeds: ["https://baophutho.vn/rss/home.rss"] },
        },
      ],
    };
    expect(() => parseOrThrow(SourceRegistryFile, file, "sources/phu-tho.json")).toThrow(
      /sources\/phu-tho\.json: sources\.0\.baseUrl/,
    );
  });

  it("requires at least one discovery hint", () => {
    const r = SourceRegistryFile.safeParse({
      sources: [
        {
          id: "x",
          name: "X",
          province: "Ninh Bình",
          level: "ward",
          baseUrl: "https://x.gov.vn",
          discovery: {},
        },
      ],
    });
    expect(r.success).toBe(false);
  });
});

describe("taxonomy", () => {
  it("has one tag per fact type with the same id", () => {
    for (const type of FACT_TYPES) {
      expect(TAXONOMY.find((t) => t.id === type)?.factType).toBe(type);
    }
    expect(new Set(TAXONOMY.map((t) => t.id)).size).toBe(TAXONOMY.length);
  });

  it("maps proposed awards and targets to their finer tags", () => {
    expect(tagForFact({ type: "award", status: "proposed" })).toBe("award_proposed");
    expect(tagForFact({ type: "metric", kind: "target" })).toBe("metric_target");
    expect(tagForFact({ type: "person" })).toBe("person");
  });
});

describe("canonical URLs and ids", () => {
  it("strips tracking parameters and fragments and sorts the rest", () => {
    expect(canonicalUrl("https://Portal.GOV.vn/tin?utm_source=fb&nid=12&a=1#top")).toBe(
      "https://portal.gov.vn/tin?a=1&nid=12",
    );
    expect(recordIdFor("https://x.vn/a?fbclid=1")).toBe(recordIdFor("https://x.vn/a"));
    expect(recordIdFor("https://x.vn/a")).toMatch(/^[0-9a-f]{16}$/);
    const url = "https://Portal.GOV.vn/tin?utm_source=fb&nid=12#top";
    expect(recordIdForCanonical(canonicalUrl(url))).toBe(recordIdFor(url));
  });

  it("hashes the same in Node and in a browser (native and portable SHA-256 agree)", () => {
    // The known digest of the empty string, then Vietnamese text (multi-byte UTF-8) of several blocks.
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256HexPortable("")).toBe(sha256Hex(""));
    const body = "Đại hội đại biểu Đảng bộ xã Kỳ Sơn lần thứ I, nhiệm kỳ 2025–2030. ".repeat(40);
    expect(sha256HexPortable(body)).toBe(sha256Hex(body));
    expect(contentHashOf("Tiêu đề", body)).toBe(sha256HexPortable(`Tiêu đề\n\n${body}`));
  });
});
