import { describe, expect, it } from "vitest";
import { parseVietnameseNumber, roundValue, scaleOf } from "./numbers.ts";

describe("parseVietnameseNumber", () => {
  it("reads dot thousands and comma decimals", () => {
    expect(parseVietnameseNumber("1.789")).toBe(1789);
    expect(parseVietnameseNumber("45.940.313")).toBe(45940313);
    expect(parseVietnameseNumber("16,9")).toBe(16.9);
    expect(parseVietnameseNumber("115,689")).toBe(115.689);
    expect(parseVietnameseNumber("10,10")).toBe(10.1);
    expect(parseVietnameseNumber("1.234,5")).toBe(1234.5);
  });
  it("handles the English-style exceptions", () => {
    expect(parseVietnameseNumber("5,525", { integerOnly: true })).toBe(5525);
    expect(parseVietnameseNumber("36.5")).toBe(36.5);
    expect(parseVietnameseNumber("1,234,567")).toBe(1234567);
    expect(parseVietnameseNumber("1,234.5")).toBe(1234.5);
  });
  it("drops leading zeros", () => {
    expect(parseVietnameseNumber("07")).toBe(7);
    expect(parseVietnameseNumber("06")).toBe(6);
  });
  it("rejects what is not a number", () => {
    expect(parseVietnameseNumber("41-CT/TW")).toBeNull();
    expect(parseVietnameseNumber("")).toBeNull();
    expect(parseVietnameseNumber("1..2")).toBeNull();
  });
});

describe("scale words", () => {
  it("multiply", () => {
    expect(scaleOf("tỷ")).toBe(1e9);
    expect(scaleOf("tỉ")).toBe(1e9);
    expect(scaleOf("nghìn tỷ")).toBe(1e12);
    expect(scaleOf("ngàn")).toBe(1e3);
    expect(scaleOf("triệu")).toBe(1e6);
    expect(roundValue(16.9 * 1e9)).toBe(16_900_000_000);
  });
});
