/**
 * Heads of position titles, most specific first. A position phrase is a head followed by its
 * organisation ("Chủ tịch" + "UBND phường Kỳ Sơn"); see `people.ts` for what may follow a head.
 */
export const POSITION_HEADS: readonly string[] = [
  "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng",
  "Thứ trưởng", "Phó Bí thư thường trực", "Phó Bí thư", "Bí thư", "Phó Chủ tịch thường trực",
  "Phó Chủ tịch", "Chủ tịch", "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên",
  "Ủy viên dự khuyết", "Ủy viên", "TUV", "UVBTV", "UV BTV", "BTV", "Tổng Giám đốc", "Phó Tổng Giám đốc",
  "Phó Giám đốc", "Giám đốc", "Phó Trưởng ban thường trực", "Phó Trưởng ban", "Trưởng ban", "Phó Trưởng phòng",
  "Trưởng phòng", "Phó Chánh án", "Chánh án", "Phó Viện trưởng", "Viện trưởng", "Phó Chánh Văn phòng",
  "Chánh Văn phòng", "Phó Chánh Thanh tra", "Chánh Thanh tra", "Phó Chỉ huy trưởng", "Chỉ huy trưởng",
  "Chính trị viên", "Phó Trưởng Công an", "Trưởng Công an", "Đại biểu Quốc hội", "Phó Trưởng Đoàn",
  "Trưởng Đoàn", "Phó Hiệu trưởng", "Hiệu trưởng", "Phó Cục trưởng", "Cục trưởng", "Chi cục trưởng",
  "Phó Chủ nhiệm", "Chủ nhiệm", "Trưởng thôn", "Trưởng bản", "Trưởng khu phố", "Tổ trưởng",
  "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy",
  "Chủ tịch Hội", "Giám đốc Sở", "Phó Giám đốc Sở", "Đảng viên", "Nguyên Bí thư", "Nguyên Chủ tịch",
];

/** Words that introduce a person without a title. */
export const HONORIFICS: readonly string[] = [
  "đồng chí", "đ/c", "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "bác", "cô", "thầy", "đảng viên",
  "nghệ nhân", "bác sĩ", "nhà giáo", "cựu chiến binh", "thương binh", "liệt sĩ", "mẹ",
];

/**
 * Lower-case words allowed inside an organisation after a head ("Phó Chủ tịch thường trực UBND tỉnh",
 * "Ủy viên Ban Thường vụ Tỉnh ủy"); anything else (a verb) ends the position.
 */
export const ORG_LOWER_WORDS: ReadonlySet<string> = new Set([
  "thường", "trực", "vụ", "ủy", "uỷ", "nhân", "dân", "ban", "chấp", "hành", "đảng", "tỉnh", "huyện", "xã",
  "phường", "thành", "phố", "thị", "trấn", "quận", "đặc", "khu", "cấp", "chi", "bộ", "tổ", "số", "nhiệm",
  "kỳ", "khóa", "khoá", "sở", "phòng", "hội", "đồng", "liên", "đoàn", "mặt", "trận", "quốc", "công", "an",
  "quân", "sự", "chính", "phủ", "thanh", "tra", "kiểm", "sát", "tòa", "án", "viện", "trưởng", "văn",
  "hóa", "thôn", "bản", "xóm", "ấp", "trung", "ương", "cơ", "sở", "đại", "biểu", "thể", "thao", "du",
  "lịch", "giáo", "dục", "đào", "tạo", "y", "tế", "nội", "vụ", "tài", "chính", "nông", "nghiệp", "môi",
  "trường", "thông", "vận", "tải", "khoa", "học", "lao", "động",
  "thương", "binh", "xã", "hội", "tư", "pháp", "kế", "hoạch", "đầu", "nông", "thôn", "tuyên", "giáo",
  "dân", "vận", "tổ", "chức", "quân", "sự", "biên", "phòng", "cựu", "chiến", "binh", "phụ", "nữ",
  "thanh", "niên", "nông", "dân", "viên", "tiểu", "học", "trung", "học", "mầm", "non",
]);

/** Administrative level words (lower case, as they stand before a unit's name). */
export const LEVEL_WORDS: readonly string[] = [
  "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "phường", "xã", "huyện", "quận", "tp.", "tp",
];
