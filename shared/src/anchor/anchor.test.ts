import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../../test/support/shared-dir.ts";
import { anchorSelectors } from "./anchor.ts";
import { describeTextRange } from "./describe.ts";

const seeds = Object.fromEntries(
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f.slice(0, 3), readFileSync(join(SEEDS_DIR, f), "utf8")]),
);
const kySon = seeds["000"]!;
const congress = seeds["004"]!;

function describeQuote(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return describeTextRange(text, start, start + quote.length);
}
const asList = (d: ReturnType<typeof describeTextRange>) => [d.quote, d.position];

describe("anchorSelectors on an unchanged page", () => {
  it("anchors every quote of every seed by position", () => {
    for (const text of Object.values(seeds)) {
      for (const quote of ["thi đua", "năm 2025", "Đảng"]) {
        const start = text.indexOf(quote);
        if (start < 0) continue;
        const d = describeTextRange(text, start, start + quote.length);
        expect(anchorSelectors(text, asList(d))).toEqual({
          start,
          end: start + quote.length,
          method: "position",
          score: 1,
        });
      }
    }
  });
});

describe("anchorSelectors on a changed page", () => {
  const award = "Bằng khen cho 5 cá nhân";

  it("falls back to the exact quote when words were inserted before it", () => {
    const d = describeQuote(kySon, award);
    const changed = kySon.replace("Chiều 27/1,", "Chiều thứ Ba, ngày 27/1/2026,");
    const a = anchorSelectors(changed, asList(d));
    expect(a?.method).toBe("quote");
    expect(changed.slice(a!.start, a!.end)).toBe(award);
    expect(a!.start).toBe(d.position.start + "thứ Ba, ngày /2026".length);
  });

  it("falls back to the exact quote when words were removed before it", () => {
    const d = describeQuote(kySon, award);
    const changed = kySon.replace(" date 2026-01-27 Xây dựng Đảng\n", "");
    const a = anchorSelectors(changed, asList(d));
    expect(a).toMatchObject({ method: "quote", start: d.position.start - 31 });
  });

  it("picks the occurrence whose context matches when the quote repeats", () => {
    // "phường Kỳ Sơn" occurs many times; the third occurrence is the one after the award.
    const d = describeQuote(kySon, "phường Kỳ Sơn", 2);
    const changed = `Tin mới.\n${kySon}`;
    const a = anchorSelectors(changed, [d.quote, { ...d.position }]);
    expect(a).toMatchObject({ method: "quote", start: d.position.start + "Tin mới.\n".length });
    // Without a position hint, the context alone still finds it.
    const b = anchorSelectors(changed, { quote: d.quote });
    expect(b?.start).toBe(d.position.start + "Tin mới.\n".length);
  });

  it("anchors fuzzily when a word was inserted inside the quote", () => {
    const quote = "Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường trao tặng Bằng khen";
    const d = describeQuote(kySon, quote);
    const changed = kySon.replace("Nguyễn Hữu Cường trao tặng", "Nguyễn Hữu Cường đã trao tặng");
    const a = anchorSelectors(changed, asList(d));
    expect(a?.method).toBe("fuzzy");
    expect(a!.score).toBeGreaterThan(0.9);
    expect(changed.slice(a!.start, a!.end)).toBe(
      "Chủ tịch UBND phường Kỳ Sơn Nguyễn Hữu Cường đã trao tặng Bằng khen",
    );
  });

  it("anchors fuzzily when a word was removed inside the quote and the text before it changed", () => {
    const quote = "220 đảng viên đại diện cho 1.789 đảng viên trên địa bàn phường";
    const d = describeQuote(congress, quote);
    const changed = congress
      .replace("Đồng chí Bùi Thị Minh", "Đồng chí Bùi Thị Minh, Ủy viên Ban Chấp hành Trung ương,")
      .replace("đại diện cho 1.789 đảng viên", "cho 1.789 đảng viên");
    const a = anchorSelectors(changed, asList(d));
    expect(a?.method).toBe("fuzzy");
    expect(changed.slice(a!.start, a!.end)).toBe("220 đảng viên cho 1.789 đảng viên trên địa bàn phường");
  });

  it("anchors fuzzily when the diacritics were re-typed (Kỳ spelled Kì)", () => {
    const quote = "Đảng bộ phường Kỳ Sơn đã tổ chức Đại hội đại biểu lần thứ I";
    const d = describeQuote(congress, quote);
    const replaced = congress.replace("Đảng bộ phường Kỳ Sơn đã tổ chức", "Đảng bộ phường Kì Sơn đã tổ chức");
    const a = anchorSelectors(replaced, asList(d));
    expect(a?.method).toBe("fuzzy");
    expect(replaced.slice(a!.start, a!.end)).toBe(
      "Đảng bộ phường Kì Sơn đã tổ chức Đại hội đại biểu lần thứ I",
    );
  });
});

describe("anchorSelectors on long pages", () => {
  const longPage = Object.values(seeds).join("\n\n").repeat(4);

  it("picks the right one of hundreds of occurrences of a short quote by its intact context", () => {
    const occurrences = longPage.split("thi đua").length - 1;
    expect(occurrences).toBeGreaterThan(100);
    const d = describeQuote(longPage, "thi đua", 77);
    const changed = `Cập nhật: bài viết được chỉnh sửa.\n${longPage}`;
    const a = anchorSelectors(changed, asList(d));
    expect(a).toMatchObject({
      method: "quote",
      start: d.position.start + "Cập nhật: bài viết được chỉnh sửa.\n".length,
    });
  });

  it("finds a fuzzy match far from its old position (the whole text is searched when the neighbourhood fails)", () => {
    const quote = "220 đảng viên đại diện cho 1.789 đảng viên trên địa bàn phường";
    const d = describeQuote(congress, quote);
    const filler = "Tin liên quan: các phường tổ chức hội nghị.\n".repeat(120); // ~5,000 characters before it
    const changed = filler + congress.replace("đại diện cho 1.789", "đại diện cho hơn 1.789");
    const a = anchorSelectors(changed, asList(d));
    expect(a?.method).toBe("fuzzy");
    expect(changed.slice(a!.start, a!.end)).toBe(
      "220 đảng viên đại diện cho hơn 1.789 đảng viên trên địa bàn phường",
    );
  });
});

describe("anchorSelectors orphans", () => {
  it("returns null when the quoted paragraph was removed", () => {
    const quote = "thu ngân sách Nhà nước đạt trên 16,9 tỷ đồng";
    const d = describeQuote(kySon, quote);
    const paragraph = kySon.slice(
      kySon.lastIndexOf("\n\n", d.position.start),
      kySon.indexOf("\n\n", d.position.end),
    );
    const changed = kySon.replace(paragraph, "");
    expect(anchorSelectors(changed, asList(d))).toBeNull();
  });

  it("returns null when the quote was rewritten beyond the threshold", () => {
    const d = describeQuote(kySon, "giải quyết việc làm cho 680 lao động");
    const changed = kySon.replace("giải quyết việc làm cho 680 lao động", "tạo thêm 1.200 chỗ làm mới");
    expect(anchorSelectors(changed, asList(d))).toBeNull();
  });

  it("returns null on another article entirely", () => {
    const d = describeQuote(kySon, "Bằng khen cho 5 cá nhân phường Kỳ Sơn");
    expect(anchorSelectors(seeds["002"]!, asList(d))).toBeNull();
  });

  it("returns null without a quote selector", () => {
    expect(anchorSelectors(kySon, [{ type: "TextPositionSelector", start: 0, end: 5 }])).toBeNull();
  });

  it("does not trust a position whose text no longer equals the quote", () => {
    const d = describeQuote(kySon, "1,54%");
    const changed = kySon.replace("tỷ lệ hộ nghèo giảm còn 1,54%", "tỷ lệ hộ nghèo còn 1,54%");
    const a = anchorSelectors(changed, asList(d));
    expect(a).toMatchObject({ method: "quote", start: d.position.start - "giảm ".length });
  });
});
