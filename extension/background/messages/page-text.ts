import { db } from "../../lib/db/instance.ts";
import { savePageText } from "../../lib/db/repository.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("page-text", async ({ url, text }) => ({
  stored: await savePageText(db, url, text, new Date().toISOString()),
}));
