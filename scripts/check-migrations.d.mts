/** Types for check-migrations.mjs (plain JavaScript so CI can run it before `npm ci`). */
export declare const BASELINE: number;
export declare function splitStatements(sqlText: string): { sql: string; comments: string[] }[];
export declare function migrationProblems(sqlText: string, file?: string): string[];
export declare function checkMigrationsFolder(
  dir: string,
  baseline?: number,
): { checked: string[]; problems: string[] };
