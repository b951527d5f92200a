// Background service worker. Message handlers live in ./messages (one file per message, named as the
// message); they are the only way content scripts reach the database.
import { db } from "../lib/db/instance.ts";

// Open (and upgrade) the database as soon as the worker starts, not on the first message.
void db.open();
