/** Vietnamese number words from one to ten, as counts ("hai tập thể", "năm hộ gia đình"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** After "thứ" one and four read "nhất" and "tư" ("lần thứ Nhất", "thứ tư"); "thứ bốn" is heard too. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([word]) => word !== "một")),
  nhất: 1,
  tư: 4,
};
