/**
 * Vietnamese family names that start a person's name. Words that are far more often place or
 * given names ("An", "Sơn", "Giang", "Văn", "Quang") are left out on purpose: a name is only taken
 * where a surname opens it.
 */
export const SURNAMES: ReadonlySet<string> = new Set([
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
  "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Trương", "Tạ",
  "Hà", "Lương", "Lưu", "Quách", "Cao", "Chu", "Châu", "Thái", "Tăng", "Lại", "Kiều", "Khổng", "La", "Lò",
  "Quàng", "Hứa", "Mạc", "Ninh", "Âu", "Doãn", "Đàm", "Đồng", "Hàn", "Hầu", "Khúc", "Khương", "Lã",
  "Lạc", "Lục", "Mã", "Nghiêm", "Phí", "Quản", "Tôn", "Thân", "Thạch", "Tiêu", "Triệu", "Từ", "Ung",
  "Vi", "Nông", "Sầm", "Lèo", "Cầm", "Đèo", "Bạch", "Bế", "Giáp", "Tòng", "Khuất", "Nhữ", "Cù", "Diệp",
  "Thiều", "Tống", "Trình", "Lăng", "Biện", "Cấn", "Chế", "Chử", "Đái", "Đậu", "Điêu", "Hán", "Kha",
  "Khiếu", "Lữ", "Mẫn", "Ngọ", "Ngũ", "Nhan", "Trà", "Uông", "Vàng", "Vừ", "Xa", "Y", "Ksor", "Rơ",
  "H'", "Đàng", "Thào", "Giàng", "Sùng", "Mùa", "Lường", "Hoàng", "Lộc", "Ma", "Mông", "Đường", "Văng",
]);

/** Middle names that make a following lower-case word likely a typo'd given name ("Nguyễn Thị hoa"). */
export const MIDDLE_NAMES: ReadonlySet<string> = new Set([
  "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Quang", "Xuân", "Thanh", "Công", "Đình", "Trọng", "Hồng",
  "Thu", "Kim", "Bá", "Duy", "Tiến", "Mạnh", "Quốc", "Anh", "Hoàng", "Việt", "Hương", "Thúy", "Thùy",
]);

/** Proper names with a surname that are not people in this news (leaders' thought, places, schools). */
export const NOT_PEOPLE: ReadonlySet<string> = new Set(["Hồ Chí Minh"]);
