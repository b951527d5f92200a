#!/usr/bin/env node
// The CLI is TypeScript run in place (no build step): tsx registers its loader, then the real entry runs.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/index.ts");
await main(process.argv);
