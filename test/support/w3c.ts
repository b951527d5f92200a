import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { W3C_TESTS_DIR } from "./shared-dir.ts";

// The W3C annotation-model "must" checks (w3c/web-annotation-tests, see ORIGIN.md there), used by path,
// never copied. A check passes when the schema's verdict equals its `expectedResult`.

export { W3C_TESTS_DIR };

type CheckSchema = { expectedResult?: "valid" | "invalid"; title?: string } & Record<string, unknown>;
type Check = { name: string; expectValid: boolean; validate: (json: unknown) => boolean };

function readJson(path: string): CheckSchema {
  return JSON.parse(readFileSync(path, "utf8")) as CheckSchema;
}

let compiled: Check[] | undefined;

/** Compiles every assertion listed in `annotations/annotationMusts.test` once per process. */
function mustChecks(): Check[] {
  if (compiled) return compiled;
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  const defs = join(W3C_TESTS_DIR, "definitions");
  for (const file of readdirSync(defs).filter((f) => f.endsWith(".json")))
    ajv.addSchema(readJson(join(defs, file)));
  const list = readJson(join(W3C_TESTS_DIR, "annotations", "annotationMusts.test")) as {
    assertions?: string[];
  };
  compiled = (list.assertions ?? []).map((rel) => {
    const schema = readJson(join(W3C_TESTS_DIR, rel));
    const validate = ajv.compile(schema);
    return {
      name: rel,
      expectValid: (schema.expectedResult ?? "valid") === "valid",
      validate: (json: unknown) => validate(json) === true,
    };
  });
  return compiled;
}

/** Runs every "must" check against one annotation. */
export function validateW3C(json: unknown): { passed: string[]; failed: string[] } {
  const passed: string[] = [];
  const failed: string[] = [];
  for (const check of mustChecks())
    (check.validate(json) === check.expectValid ? passed : failed).push(check.name);
  return { passed, failed };
}

/** The count of "must" checks, so tests can assert that all of them ran. */
export function w3cMustCheckCount(): number {
  return mustChecks().length;
}

/** The suite's sample files; `json` is undefined for the incorrect samples that are not JSON at all. */
export function w3cSamples(kind: "correct" | "incorrect"): Array<{ name: string; json: unknown }> {
  const dir = join(W3C_TESTS_DIR, "tools", "samples", kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      try {
        return { name, json: JSON.parse(text) as unknown };
      } catch {
        return { name, json: undefined };
      }
    });
}
