import { db } from "../../lib/db/instance.ts";
import { deleteAnnotation } from "../../lib/db/repository.ts";
import { handlerFor } from "../../messages/handler.ts";

export default handlerFor("delete-annotation", async ({ id }) => ({
  deleted: await deleteAnnotation(db, id),
}));
