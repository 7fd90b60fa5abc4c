/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded server). A deploy step. */
import { databaseUrl } from "../db/config";
import { migrateDatabase } from "../db/migrate";
import { ensureLocalDatabase } from "./local-db";

const server = await ensureLocalDatabase((m) => console.log(m));
await migrateDatabase(databaseUrl());
console.log("Migrations applied.");
if (server && !server.reused) await server.stop(); // leave a server we merely reused running
