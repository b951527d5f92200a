import { describe, expect, it } from "vitest";
import { lastIndexOfAny } from "./scan.ts";

describe("lastIndexOfAny", () => {
  it("finds where the last of several marks starts", () => {
    const window = "Chủ tịch UBND tỉnh (nhiệm kỳ 2021-2026), Phó Bí thư Tỉnh ủy";
    expect(lastIndexOfAny(window, [",", ";", ":", "(", "\n"])).toBe(window.lastIndexOf(","));
    expect(lastIndexOfAny(window, [";", ":", "("])).toBe(window.indexOf("("));
    expect(lastIndexOfAny(window, [";", "."])).toBe(-1);
    expect(lastIndexOfAny("", [","])).toBe(-1);
  });
});
