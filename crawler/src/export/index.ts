export { CSV_COLUMNS, csvRow, type ExportFormat, type ExportOptions, exportRecords } from "./records.ts";
