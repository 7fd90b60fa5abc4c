import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

/**
 * COPY … TO STDOUT and COPY … FROM STDIN on a node-postgres client, streamed with back-pressure through
 * pg-copy-streams (the maintained implementation of node-postgres's copy sub-protocol). Used by the built-in
 * backup (ADR 029), which cannot rely on a pg_dump as new as the server. A hand-written version of the
 * protocol hung now and then under load (a paused socket that was never resumed), which is why it is a library.
 */

/**
 * Runs `COPY (…) TO STDOUT` through `streams` (transforms, then the one that ends it: a file, or a digest that
 * keeps nothing), resolving when the last has taken everything.
 */
export async function copyOut(
  client: pg.ClientBase,
  text: string,
  streams: readonly [...NodeJS.ReadWriteStream[], Writable],
): Promise<void> {
  await pipeline([client.query(copyTo(text)), ...streams]);
}

/** Runs `COPY … FROM STDIN` with the bytes of `source`. */
export async function copyIn(client: pg.ClientBase, text: string, source: Readable): Promise<void> {
  await pipeline(source, client.query(copyFrom(text)));
}
