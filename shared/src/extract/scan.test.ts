import { describe, expect, it } from "vitest";
import { capRun, lastIndexOfAny, longestPrefix, runText } from "./scan.ts";

describe("lastIndexOfAny", () => {
  it("finds where the last of several marks starts", () => {
    const window = "Chủ tịch UBND tỉnh (nhiệm kỳ 2021-2026), Phó Bí thư Tỉnh ủy";
    expect(lastIndexOfAny(window, [",", ";", ":", "(", "\n"])).toBe(window.lastIndexOf(","));
    expect(lastIndexOfAny(window, [";", ":", "("])).toBe(window.indexOf("("));
    expect(lastIndexOfAny(window, [";", "."])).toBe(-1);
    expect(lastIndexOfAny("", [","])).toBe(-1);
  });
});

describe("longestPrefix", () => {
  const run = capRun("UBND phường Kỳ Sơn Nguyễn Hữu Cường", 12);
  const names = new Set(["Kỳ", "Kỳ Sơn", "Kỳ Sơn Nguyễn Hữu"]);

  it("counts the words of the longest leading name accepted, within the limit", () => {
    expect(runText(run)).toBe("Kỳ Sơn Nguyễn Hữu Cường");
    expect(longestPrefix(run, (n) => names.has(n))).toBe(4);
    expect(longestPrefix(run, (n) => names.has(n), 3)).toBe(2);
    expect(longestPrefix(run, () => false)).toBe(0);
  });
});
