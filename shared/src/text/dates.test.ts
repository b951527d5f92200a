import { describe, expect, it } from "vitest";
import { findDateMentions, isPortalClock, parsePublicationDate } from "./dates.ts";

const fetchedAt = new Date("2026-01-27T05:00:00Z"); // 12:00 in Vietnam

describe("parsePublicationDate", () => {
  it("reads a byline date with weekday and seconds", () => {
    expect(parsePublicationDate("Thứ 5, 05/01/2023 | 16:31:04", { fetchedAt })).toEqual({
      value: "2023-01-05T16:31:04+07:00",
      precision: "second",
      raw: "Thứ 5, 05/01/2023 | 16:31:04",
      origin: "page",
    });
  });
  it("reads minutes, ISO dates and the long form", () => {
    expect(parsePublicationDate("Ngày đăng: 23/02/2020  09:32", { fetchedAt })?.value).toBe(
      "2020-02-23T09:32:00+07:00",
    );
    expect(parsePublicationDate("Ngày đăng: 23/02/2020  09:32", { fetchedAt })?.precision).toBe("minute");
    expect(parsePublicationDate("2026-01-27", { fetchedAt })).toMatchObject({
      value: "2026-01-27",
      precision: "day",
    });
    expect(parsePublicationDate("Cập nhật ngày 15 tháng 6 năm 2022", { fetchedAt })?.value).toBe(
      "2022-06-15",
    );
    expect(parsePublicationDate("Thứ Hai, 27/01/2026 - 10:15 GMT+7", { fetchedAt })?.value).toBe(
      "2026-01-27T10:15:00+07:00",
    );
  });
  it("resolves relative dates against the fetch time", () => {
    expect(parsePublicationDate("1 giờ trước", { fetchedAt })).toEqual({
      value: "2026-01-27T11:00:00+07:00",
      precision: "approximate",
      raw: "1 giờ trước",
      origin: "relative",
    });
    expect(parsePublicationDate("2 ngày trước", { fetchedAt })?.value).toBe("2026-01-25T12:00:00+07:00");
    expect(parsePublicationDate("30 phút trước", { fetchedAt })?.value).toBe("2026-01-27T11:30:00+07:00");
  });
  it("returns null without a date and for impossible dates", () => {
    expect(parsePublicationDate("Xây dựng Đảng", { fetchedAt })).toBeNull();
    expect(parsePublicationDate("31/02/2023", { fetchedAt })).toBeNull();
  });
});

describe("isPortalClock", () => {
  it("recognises the portal clocks of the seeds", () => {
    expect(isPortalClock("Thứ 7, 28/01/2023, 20:42[GMT+7]")).toBe(true);
    expect(isPortalClock("Thứ 4, Ngày 20/01/2021 -")).toBe(true);
  });
  it("does not take article date lines for clocks", () => {
    expect(isPortalClock("Thứ 5, 05/01/2023 | 16:31:04")).toBe(false);
    expect(isPortalClock("Ngày đăng: 23/02/2020 09:32")).toBe(false);
  });
});

describe("findDateMentions", () => {
  const dates = (text: string, ref = "2026-01-27") =>
    findDateMentions(text, ref).map((d) => [d.date, d.role]);
  it("reads the seed forms with the year from the reference", () => {
    expect(dates("Chiều 27/1, Đảng ủy phường tổ chức")).toEqual([["2026-01-27", "event"]]);
    expect(dates("Sáng ngày 5/1, UBND huyện", "2023-01-05")).toEqual([["2023-01-05", "event"]]);
    expect(dates("Chiều ngày 21.1, tại phường")).toEqual([["2026-01-21", "event"]]);
    expect(dates("Ngày 12-8, xã tổ chức", "2025-08-13")).toEqual([["2025-08-12", "event"]]);
    expect(dates("Ngày 22 /7, Đảng bộ", "2025-07-23")).toEqual([["2025-07-22", "event"]]);
  });
  it("splits ranges into days", () => {
    expect(dates("Trong 2 ngày 22-23/7, Đảng bộ", "2025-07-23")).toEqual([
      ["2025-07-22", "event"],
      ["2025-07-23", "event"],
    ]);
    expect(dates("Trong hai ngày mùng 11 và 12/8/2025, xã", "2025-08-13")).toEqual([
      ["2025-08-11", "event"],
      ["2025-08-12", "event"],
    ]);
  });
  it("marks legal documents' dates as references", () => {
    const text =
      "Lãnh đạo dự.\n\nThực hiện Luật Thi đua, khen thưởng ngày 15/6/2022 và Chỉ thị số 41-CT/TW ngày 26/12/2024.";
    expect(dates(text)).toEqual([
      ["2022-06-15", "reference"],
      ["2024-12-26", "reference"],
    ]);
    expect(dates("Lãnh đạo dự.\n\nngày 15 tháng 6 năm 2022 Quốc hội thông qua", "2022-06-16")).toEqual([
      ["2022-06-15", "event"],
    ]);
  });
  it("puts a date after the reference in the previous year", () => {
    expect(dates("Sáng 28/12, huyện tổng kết", "2026-01-05")).toEqual([["2025-12-28", "event"]]);
  });
  it("does not read fractions or decimals as dates", () => {
    expect(dates("hoàn thành 17/12 chỉ tiêu; tăng 10.10%")).toEqual([]);
  });
  it("quotes exactly", () => {
    const text = "Trong 2 ngày 22-23/7, Chiều nay";
    for (const d of findDateMentions(text, "2025-07-23")) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("history is not the event", () => {
  it("keeps a written year far from the article's date as a reference", () => {
    const found = findDateMentions("Sáng 2/9, nhân dân kỷ niệm ngày 2/9/1945.", "2025-09-02");
    expect(found.map((d) => [d.date, d.role])).toEqual([
      ["2025-09-02", "event"],
      ["1945-09-02", "reference"],
    ]);
  });
});

describe("anniversaries and batches are not the event", () => {
  it("a dated span and a date naming a batch are references", () => {
    const found = findDateMentions(
      "Tối 19/11, UBND tỉnh tổ chức lễ kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025) và trao Huy hiệu Đảng đợt 7/11/2025.",
      "2025-11-20",
    );
    expect(found.map((d) => [d.date, d.role])).toEqual([
      ["2025-11-19", "event"],
      ["1982-11-20", "reference"],
      ["2025-11-20", "reference"],
      ["2025-11-07", "reference"],
    ]);
  });
});

describe("a date in brackets after 'nay'", () => {
  it("'Sáng nay (27/1)' is the event date", () => {
    expect(
      findDateMentions("Sáng nay (27/1), xã tổ chức", "2026-01-27").map((d) => [d.date, d.role]),
    ).toEqual([
      ["2026-01-27", "event"],
      ["2026-01-27", "event"],
    ]);
  });
});

describe("event dates after the lead", () => {
  it("need a time of day or a sentence-opening 'Ngày'; deadlines are references", () => {
    const text =
      "Chiều 14/1, xã tổng kết.\n\nCác chi bộ hoàn thành trước ngày 30/1. Ngày 20/1, xã ra quân. Kế tiếp, phiên chính thức diễn ra trong ngày 21/1.";
    expect(findDateMentions(text, "2026-01-15").map((d) => [d.date, d.role])).toEqual([
      ["2026-01-14", "event"],
      ["2026-01-30", "reference"],
      ["2026-01-20", "event"],
      ["2026-01-21", "reference"],
    ]);
  });
});
