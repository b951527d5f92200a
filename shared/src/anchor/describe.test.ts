import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS_DIR } from "../../../test/support/shared-dir.ts";
import { TextPositionSelector, TextQuoteSelector } from "../schema/annotation.ts";
import { describeTextRange, QUOTE_CONTEXT_LENGTH } from "./describe.ts";

const seed = readFileSync(join(SEEDS_DIR, "000_cafc750f5b66a2a3.txt"), "utf8");

describe("describeTextRange", () => {
  it("gives the quote with 32 characters of context and the UTF-16 offsets", () => {
    const start = seed.indexOf("Bằng khen cho 5 cá nhân");
    const d = describeTextRange(seed, start, start + "Bằng khen cho 5 cá nhân".length);
    expect(d).toEqual({
      quote: {
        type: "TextQuoteSelector",
        exact: "Bằng khen cho 5 cá nhân",
        prefix: " Sơn Nguyễn Hữu Cường trao tặng ",
        suffix: " phường Kỳ Sơn\n\nNăm 2025, các ph",
      },
      position: { type: "TextPositionSelector", start: 361, end: 384 },
    });
    expect(d.quote.prefix).toHaveLength(QUOTE_CONTEXT_LENGTH);
    // The selectors are valid Annotation selectors.
    expect(TextQuoteSelector.parse(d.quote)).toEqual(d.quote);
    expect(TextPositionSelector.parse(d.position)).toEqual(d.position);
  });

  it("shortens or omits the context at the edges of the text", () => {
    const d = describeTextRange("Bằng khen cho 5 cá nhân", 0, 9);
    expect(d.quote).toEqual({ type: "TextQuoteSelector", exact: "Bằng khen", suffix: " cho 5 cá nhân" });
    const e = describeTextRange("Bằng khen cho 5 cá nhân", 10, 23);
    expect(e.quote).toEqual({ type: "TextQuoteSelector", exact: "cho 5 cá nhân", prefix: "Bằng khen " });
  });

  it("refuses empty, reversed and out-of-bounds ranges", () => {
    expect(() => describeTextRange("abc", 1, 1)).toThrow(RangeError);
    expect(() => describeTextRange("abc", 2, 1)).toThrow(/invalid range 2–1/);
    expect(() => describeTextRange("abc", 0, 4)).toThrow(RangeError);
  });
});
