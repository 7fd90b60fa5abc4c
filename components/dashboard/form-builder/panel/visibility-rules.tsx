"use client";

import { countries } from "@/lib/forms/countries";
import type { VisibilityOp } from "@/lib/forms/definitions";
import { PanelSection, SelectControl, TextControl } from "../controls";
import { conditionTargets, opWords, opsForTarget } from "../conditions";
import type { DraftField } from "../field-types";
import { messageAt } from "../issues";
import { optionsOf } from "./choice-options";
import { str, type PanelProps } from "./panel-props";

type Condition = { field: string; op: string; value?: string };

function conditionOf(value: unknown): Condition | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  return {
    field: str(record.field),
    op: str(record.op),
    ...(typeof record.value === "string" ? { value: record.value } : {}),
  };
}

/** A condition that fits its target: the first operator it allows, a value only where one is compared. */
export function conditionFor(target: DraftField, op?: string, value?: string): Condition {
  const ops = opsForTarget(target);
  const chosen = ops.find((o) => o === op) ?? ops[0] ?? "equals";
  if (chosen === "checked") return { field: target.key, op: chosen };
  const options = optionsOf(target.options);
  const fallback =
    target.type === "single_choice" || target.type === "multiple_choice" ? options[0]?.value : "";
  return { field: target.key, op: chosen, value: value ?? fallback ?? "" };
}

/** "Show when <earlier field> equals / includes / is ticked <value>"; only earlier fields are offered. */
export function VisibilityRules({
  field,
  idBase,
  issues,
  set,
  fields,
  index,
}: PanelProps & { fields: readonly DraftField[]; index: number }) {
  const condition = conditionOf(field.visibleWhen);
  const targets = conditionTargets(fields, index);
  const target = condition ? fields.slice(0, index).find((f) => f.key === condition.field) : undefined;
  const ops = opsForTarget(target);
  const fieldError = messageAt(issues, "visibleWhen", "field") ?? messageAt(issues, "visibleWhen");

  return (
    <PanelSection title="When to show">
      <SelectControl
        id={`${idBase}-condition-field`}
        label="Show this field"
        hint={
          targets.length === 0 && !condition
            ? "Conditions can only look at text, choice, country and tick-box fields above this one."
            : undefined
        }
        emptyLabel="Always"
        value={condition?.field}
        options={targets.map((t) => ({
          value: t.key,
          label: `When “${str(t.label) || t.key}” …`,
        }))}
        onChange={(key) => {
          const chosen = targets.find((t) => t.key === key);
          set("visibleWhen", chosen ? conditionFor(chosen) : undefined);
        }}
        error={fieldError}
      />
      {condition && target ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectControl
            id={`${idBase}-condition-op`}
            label="Condition"
            value={condition.op}
            options={ops.map((op: VisibilityOp) => ({ value: op, label: opWords[op] }))}
            onChange={(op) => set("visibleWhen", conditionFor(target, op, condition.value))}
            error={messageAt(issues, "visibleWhen", "op")}
          />
          {condition.op === "checked" ? null : (
            <ConditionValue
              id={`${idBase}-condition-value`}
              target={target}
              value={condition.value}
              onChange={(value) => set("visibleWhen", { ...condition, value: value ?? "" })}
              error={messageAt(issues, "visibleWhen", "value")}
            />
          )}
        </div>
      ) : null}
    </PanelSection>
  );
}

function ConditionValue({
  id,
  target,
  value,
  onChange,
  error,
}: {
  id: string;
  target: DraftField;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  error?: string;
}) {
  if (target.type === "single_choice" || target.type === "multiple_choice") {
    const options = optionsOf(target.options)
      .filter((o) => o.value !== "")
      .map((o) => ({ value: o.value, label: o.label || o.value }));
    return (
      <SelectControl
        id={id}
        label="Choice"
        value={value}
        options={options}
        onChange={onChange}
        error={error}
      />
    );
  }
  if (target.type === "country") {
    const options = countries.map((c) => ({ value: c.code, label: c.name }));
    return (
      <SelectControl
        id={id}
        label="Country"
        emptyLabel="Choose a country"
        value={value}
        options={options}
        onChange={onChange}
        error={error}
      />
    );
  }
  return (
    <TextControl
      id={id}
      label="Answer"
      hint="Compared exactly, without surrounding spaces."
      keepEmpty
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
