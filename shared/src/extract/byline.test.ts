import { describe, expect, it } from "vitest";
import { isBylineLine, splitAuthors } from "./byline.ts";

describe("splitAuthors", () => {
  it("splits joined names and strips prefixes", () => {
    expect(splitAuthors("Xuân Thu-Trường Giang")).toEqual(["Xuân Thu", "Trường Giang"]);
    expect(splitAuthors("Bài và ảnh: Minh Anh, Thu Hà")).toEqual(["Minh Anh", "Thu Hà"]);
    expect(splitAuthors("Theo TTXVN")).toEqual(["TTXVN"]);
    expect(splitAuthors("Nhóm PV")).toEqual(["Nhóm PV"]);
    expect(splitAuthors("Thu Thủy")).toEqual(["Thu Thủy"]);
  });
  it("drops the writer's affiliation and an organisation named as the source", () => {
    expect(splitAuthors("Đào Thị Hằng - Trung tâm VH-TT&TT huyện")).toEqual(["Đào Thị Hằng"]);
    expect(splitAuthors("Nguồn: Đảng ủy xã Đăk Tô")).toEqual([]);
    expect(isBylineLine("Đào Thị Hằng - Trung tâm VH-TT&TT huyện")).toBe(true);
    expect(isBylineLine("Nguồn: Đảng ủy xã Đăk Tô")).toBe(true);
  });
});

describe("isBylineLine", () => {
  it.each([
    "Dương Liễu",
    "Xuân Thu-Trường Giang",
    "Thu Thủy",
    "Ngọc Phượng",
    "Theo TTXVN",
    "Nhóm PV",
    "Bài, ảnh: Hải Yến",
  ])("takes %s", (line) => expect(isBylineLine(line)).toBe(true));
  it.each([
    "TIN LIÊN QUAN",
    "Các đại biểu dự hội nghị.",
    "Thành phố Kon Tum : Dấu ấn 5 năm xây dựng và phát triển",
    "Phường Kỳ Sơn",
    "Đang truy cập: 111",
  ])("refuses %s", (line) => expect(isBylineLine(line)).toBe(false));
});
