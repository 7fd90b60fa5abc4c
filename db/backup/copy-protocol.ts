import type { Readable } from "node:stream";
import type pg from "pg";

/**
 * COPY … TO STDOUT and COPY … FROM STDIN on a node-postgres client, streamed, without a dependency:
 * node-postgres hands the copy messages of a "submittable" query to its handlers (the way pg-copy-streams
 * works). Used by the built-in backup (ADR 029), which cannot rely on a pg_dump as new as the server.
 */

/** The part of pg's Connection a submittable talks to (not in @types/pg). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.ReadableStream & NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

abstract class CopyQuery {
  protected settled = false;
  private error: Error | null = null;
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (error: Error) => void;
  callback?: unknown;

  constructor(protected readonly text: string) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }
  handleError(error: Error): void {
    this.error = error;
  }
  handleReadyForQuery(): void {
    if (this.settled) return;
    this.settled = true;
    if (this.error) this.reject(this.error);
    else this.resolve();
  }
  // Messages a COPY answer may bring that need nothing from us.
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: CopyConnection): void {
    connection.sendCopyFail("not a COPY FROM");
  }
  // A COPY FROM never receives data; CopyOut overrides this.
  handleCopyData(...args: [message: { chunk: Buffer }, connection: CopyConnection]): void {
    void args;
  }
}

class CopyOut extends CopyQuery {
  constructor(
    text: string,
    private readonly onChunk: (chunk: Buffer) => boolean,
    private readonly waitForDrain: (resume: () => void) => void,
  ) {
    super(text);
  }
  private paused: CopyConnection | null = null;

  override handleCopyData(message: { chunk: Buffer }, connection: CopyConnection): void {
    // Back-pressure: stop reading the socket while the consumer (a gzip file) is behind.
    if (!this.onChunk(message.chunk) && !this.paused) {
      this.paused = connection;
      connection.stream.pause();
      this.waitForDrain(() => this.resume());
    }
  }

  override handleReadyForQuery(): void {
    // The end of the COPY can arrive in the same packet as the chunk that paused the socket, and a stream
    // that is ending never emits "drain": without this the connection stayed paused and hung the next query.
    this.resume();
    super.handleReadyForQuery();
  }

  private resume(): void {
    const connection = this.paused;
    this.paused = null;
    connection?.stream.resume();
  }
}

class CopyIn extends CopyQuery {
  constructor(
    text: string,
    private readonly source: Readable,
  ) {
    super(text);
  }
  override handleCopyInResponse(connection: CopyConnection): void {
    void (async () => {
      try {
        for await (const chunk of this.source) {
          connection.sendCopyFromChunk(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
          if (connection.stream.writableNeedDrain) {
            await new Promise((resolve) => connection.stream.once("drain", resolve));
          }
        }
        connection.endCopyFrom();
      } catch (error) {
        // The server then answers with an error and the statement (and its transaction) fails.
        connection.sendCopyFail(error instanceof Error ? error.message : String(error));
      }
    })();
  }
}

/** Runs `COPY (…) TO STDOUT`, giving each chunk to `write`; pauses while `write` returns false until `drained`. */
export async function copyOut(
  client: pg.ClientBase,
  text: string,
  write: (chunk: Buffer) => boolean,
  drained: (resume: () => void) => void = (resume) => resume(),
): Promise<void> {
  const query = new CopyOut(text, write, drained);
  void client.query(query as unknown as pg.QueryConfig);
  await query.done;
}

/** Runs `COPY … FROM STDIN` with the bytes of `source`. */
export async function copyIn(client: pg.ClientBase, text: string, source: Readable): Promise<void> {
  const query = new CopyIn(text, source);
  void client.query(query as unknown as pg.QueryConfig);
  await query.done;
}
