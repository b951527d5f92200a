// Programmatic entry of @vnfacts/crawler.
export { buildProgram, main } from "./cli/index.ts";
