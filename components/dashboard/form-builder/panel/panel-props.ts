import type { DraftField } from "../field-types";
import type { DefinitionIssue } from "../issues";

/** What every group of the edit panel receives. */
export type PanelProps = {
  field: DraftField;
  /** Prefix of the controls' ids, unique per field. */
  idBase: string;
  /** This field's issues, paths without the field index. */
  issues: DefinitionIssue[];
  /** Sets one property; undefined removes it. */
  set: (prop: string, value: unknown) => void;
};

export const str = (value: unknown): string => (typeof value === "string" ? value : "");
