import { db } from "../../lib/db/instance.ts";
import { updateAnnotation } from "../../lib/db/repository.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("update-annotation", async ({ id, ...patch }) => ({
  annotation: await updateAnnotation(db, id, patch, new Date().toISOString()),
}));
