import type pg from "pg";

/** What the backup needs to know of one table in the `public` schema. */
export type TableInfo = {
  name: string;
  /** Columns the data is copied by (generated columns excluded: Postgres computes them again). */
  columns: string[];
  /** Primary-key columns, the order rows are written and checksummed in; empty: ordered by the row's text. */
  primaryKey: string[];
  /** Tables this one references (its foreign keys), itself excluded. */
  references: string[];
};

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every ordinary table of `public`, parents before children, so a restore never breaks a foreign key. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{
    name: string;
    columns: string[];
    primary_key: string[] | null;
    refs: string[] | null;
  }>(`
    select c.relname as name,
      (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
      (select array_agg(a.attname::text order by k.ord) from pg_constraint pk
        cross join unnest(pk.conkey) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where pk.conrelid = c.oid and pk.contype = 'p') as primary_key,
      (select array_agg(distinct f.confrelid::regclass::text) from pg_constraint f
        where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid) as refs
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'
    order by c.relname`);
  const tables = new Map<string, TableInfo>(
    rows.map((r) => [
      r.name,
      {
        name: r.name,
        columns: r.columns,
        primaryKey: r.primary_key ?? [],
        references: (r.refs ?? []).map((ref) => ref.replace(/^public\./, "").replace(/^"(.*)"$/, "$1")),
      },
    ]),
  );
  const ordered: TableInfo[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    const table = tables.get(name);
    if (!table || state.get(name) === "done") return;
    if (state.get(name) === "visiting") {
      throw new Error(`Foreign keys form a cycle (${[...path, name].join(" -> ")}): no restore order exists`);
    }
    state.set(name, "visiting");
    for (const parent of table.references) visit(parent, [...path, name]);
    state.set(name, "done");
    ordered.push(table);
  };
  for (const name of tables.keys()) visit(name, []);
  return ordered;
}

/** The rows of a table in a stable order (the primary key), as `COPY (…) TO STDOUT` text. */
export function orderedCopyOut(table: Pick<TableInfo, "name" | "columns" | "primaryKey">): string {
  const cols = table.columns.map(quoteIdent).join(", ");
  const order = table.primaryKey.length
    ? table.primaryKey.map(quoteIdent).join(", ")
    : `(${quoteIdent(table.name)}.*)::text`;
  return `copy (select ${cols} from ${quoteIdent(table.name)} order by ${order}) to stdout`;
}

/** Sequences of `public` and where they stand (null: never used). */
export async function sequencePositions(
  client: pg.ClientBase,
): Promise<{ name: string; lastValue: string | null }[]> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `select sequencename as name, last_value::text from pg_sequences where schemaname = 'public' order by 1`,
  );
  return rows.map((r) => ({ name: r.name, lastValue: r.last_value }));
}

/** The migrations applied to this database (drizzle's journal table), oldest first; [] when none. */
export async function appliedMigrations(
  client: pg.ClientBase,
): Promise<{ hash: string; createdAt: string }[]> {
  const exists = await client.query(`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!exists.rows[0]?.ok) return [];
  const { rows } = await client.query<{ hash: string; created_at: string }>(
    `select hash, created_at::text from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: r.created_at }));
}
