export * from "./annotations-jsonl.ts";
export * from "./csv.ts";
export * from "./dataset-files.ts";
export * from "./document.ts";
export * from "./iob2.ts";
export * from "./jsonl-spans.ts";
export * from "./label-studio.ts";
export * from "./w3c.ts";
