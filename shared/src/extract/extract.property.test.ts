import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Fact, factSpanErrors } from "../schema/fact.ts";
import { CleanArticle } from "../schema/record.ts";
import { parseTextDocument } from "./document.ts";
import { extractFacts } from "./index.ts";

// Fragments of real sentences, so that random strings reach deep into the rules, not only the fast exits.
const FRAGMENTS = [
  "Chiều 27/1, ",
  "Trong 2 ngày 22-23/7, ",
  "mùng 11 và 12/8/2025 ",
  "ngày 15 tháng 6 năm 2022 ",
  "UBND phường Kỳ Sơn ",
  "tặng Giấy khen cho 16 tập thể và 5 hộ gia đình",
  "; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 đơn vị",
  "đồng chí ",
  "Nguyễn Hương giang, ",
  "Phó Bí thư Tỉnh ủy Bùi Thị Minh ",
  "đạt trên 16,9 tỷ đồng",
  "17/17 chỉ tiêu",
  "115,689 km2",
  "Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030",
  "220 đảng viên đại diện cho 1.789 đảng viên",
  "Chỉ thị số 41-CT/TW ",
  "phong trào “Toàn dân đoàn kết”",
  " và xã Mông Hóa",
  "được thành lập trên cơ sở hợp nhất ",
  "\n\n",
  ". ",
  ", ",
  "“",
  "%",
];
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((xs) => xs.join("")),
);

describe("extractFacts on any input", () => {
  it("never throws, returns schema-valid facts that quote the body exactly", () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.constantFrom("2026-01-27", "2025-07-23", "2020-02-23"), { nil: undefined }),
        (body, date) => {
          const facts = extractFacts(body, { publicationDate: date });
          expect(z.array(Fact).safeParse(facts).success).toBe(true);
          expect(factSpanErrors(body, facts)).toEqual([]);
          for (const f of facts) expect(f.text).toBe(body.slice(f.start, f.end));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("parseTextDocument never throws and yields a schema-valid CleanArticle", () => {
    fc.assert(
      fc.property(text, (dump) => {
        const doc = parseTextDocument(dump, { fetchedAt: new Date("2026-01-27T05:00:00Z") });
        expect(CleanArticle.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
