import { db } from "../../lib/db/instance.ts";
import { recordAnchoring } from "../../lib/db/repository.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("report-anchoring", async ({ url, outcomes }) => {
  await recordAnchoring(db, url, outcomes, new Date().toISOString());
  return { recorded: outcomes.length };
});
