import { db } from "../../lib/db/instance.ts";
import { annotationsForPage, getSettings } from "../../lib/db/repository.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("page-annotations", async ({ url }) => ({
  annotations: await annotationsForPage(db, url),
  settings: await getSettings(db),
}));
