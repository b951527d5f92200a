import { describe, expect, it } from "vitest";
import { textMixes } from "../../../test/support/text-mixes.ts";
import { collapseSpaces, foldDiacritics, foldForSearch, matchKey, nfc } from "./normalize.ts";

describe("nfc", () => {
  it("composes combining marks", () => {
    expect(nfc("Ho\u0300a")).toBe("Hòa");
    expect(nfc("Ho\u0300a").length).toBe(3);
  });
});

describe("matchKey", () => {
  it("folds old and new tone placement, case and spacing", () => {
    expect(matchKey("Hoà Bình")).toBe(matchKey("hòa  bình"));
    expect(matchKey("Uỷ ban")).toBe(matchKey("Ủy Ban"));
    expect(matchKey("thuở")).toBe(matchKey("thủơ"));
    expect(matchKey("văn hoá")).toBe(matchKey("VĂN HÓA"));
    expect(matchKey(" Kỳ   Sơn\n")).toBe(matchKey("kỳ sơn"));
  });
  it("keeps different words apart", () => {
    expect(matchKey("Hòa")).not.toBe(matchKey("Hóa"));
    expect(matchKey("Đồng")).not.toBe(matchKey("Dong"));
  });
  it("unifies dashes and quotes", () => {
    expect(matchKey("2020 – 2025")).toBe(matchKey("2020 - 2025"));
    expect(matchKey("“người tốt”")).toBe(matchKey('"người tốt"'));
  });
});

describe("foldForSearch", () => {
  it("keeps the length so offsets carry over", () => {
    const s = "Uỷ ban nhân dân xã Mông Hoá, khoẻ, Thuỷ";
    expect(foldForSearch(s)).toHaveLength(s.length);
    expect(foldForSearch(s)).toBe("ủy ban nhân dân xã mông hóa, khỏe, thủy");
  });
  it("leaves closed syllables alone", () => {
    expect(foldForSearch("Hoàng xuất sắc")).toBe("hoàng xuất sắc");
  });
});

describe("foldDiacritics", () => {
  it("strips every mark and đ", () => {
    expect(foldDiacritics("Đảng bộ phường Kỳ Sơn")).toBe("dang bo phuong ky son");
  });
});

describe("collapseSpaces", () => {
  it("writes what /\\s+/g → ' ' writes, on every mix of whitespace", () => {
    const pieces = [
      "a",
      "Đại hội",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u00a0",
      "\u2003",
      "\u3000",
      " \t ",
      "\ufeff",
      "x",
    ];
    // Every sequence of up to four pieces: lone spaces, runs, and each kind of whitespace on its own.
    const texts = textMixes(pieces, 4);
    expect(texts.length).toBeGreaterThan(20_000);
    for (const text of texts) expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, " "));
  });

  it("returns a text with nothing to collapse as it is", () => {
    const line = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025";
    expect(collapseSpaces(line)).toBe(line);
    expect(collapseSpaces("a\u00a0b")).toBe("a b");
  });
});
