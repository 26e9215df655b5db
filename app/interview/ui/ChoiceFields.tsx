// The choices that start a mock interview: company, role, level and stage. Levels depend
// on the company. Without JavaScript the level list shows every company's levels,
// grouped; with JavaScript it narrows to the company typed above it.
import { useEffect, useRef, useState } from "react";
import { SelectField, type Option } from "~/ui/fields";
import { foldText } from "../text.ts";
import type { FieldErrors } from "~/http/form";

export interface CompanyChoice {
  id: string;
  name: string;
  /** The company's id, name and aliases, folded, as typed names are matched against them. */
  keys: string[];
  levels: Array<{ id: string; name: string }>;
}

export interface ChoiceValues {
  company: string;
  role: string;
  level: string;
  stage: string;
}

export type ChoiceErrors = FieldErrors<keyof ChoiceValues>;

/** Level options carry their company ("meta:L5") so each is unique in the grouped list. */
export function levelOptionValue(companyId: string, levelId: string): string {
  return `${companyId}:${levelId}`;
}

/** The level part of an option value; a bare level ("L5", "E5") passes through. Our ladder
 *  is shared by every company, so Google's "L5" chosen for Meta means Meta's E5. */
export function levelFromOption(value: string): string {
  return value.includes(":") ? value.slice(value.lastIndexOf(":") + 1) : value;
}

export function companyKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The company a typed name means; the generic fallback for a name we have no loop for. */
function matchCompany(
  companies: readonly CompanyChoice[],
  typed: string,
  fallbackId: string,
): CompanyChoice | undefined {
  const key = companyKey(typed);
  return (
    companies.find((company) => company.keys.includes(key)) ?? companies.find((company) => company.id === fallbackId)
  );
}

/** True once React runs in the browser; the first render matches the server's HTML. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

function LevelSelect({
  companies,
  company,
  defaultValue,
  error,
}: {
  companies: readonly CompanyChoice[];
  company: CompanyChoice | undefined;
  defaultValue: string;
  error?: string;
}) {
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState(defaultValue);
  const groups = hydrated && company ? [company] : companies;
  const options = groups.flatMap((group) =>
    group.levels.map((level) => ({ value: levelOptionValue(group.id, level.id), level: level.id })),
  );
  // After narrowing, keep the same rung of the ladder when the new company has it.
  const value =
    options.find((option) => option.value === chosen)?.value ??
    options.find((option) => option.level === levelFromOption(chosen))?.value ??
    options[0]?.value ??
    "";
  const id = "field-level";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        Level
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {hydrated
          ? "The levels of the company above."
          : "Grouped by company. Levels match across companies: Google L5 is Meta E5."}
      </p>
      <select
        id={id}
        name="level"
        value={value}
        onChange={(event) => setChosen(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-stone-900 shadow-sm ${error ? "border-red-600" : "border-stone-300"}`}
      >
        {groups.map((group) => (
          <optgroup key={group.id} label={group.name}>
            {group.levels.map((level) => (
              <option key={level.id} value={levelOptionValue(group.id, level.id)}>
                {level.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ChoiceFields({
  companies,
  fallbackCompanyId,
  roles,
  stages,
  values,
  errors,
}: {
  companies: readonly CompanyChoice[];
  fallbackCompanyId: string;
  roles: readonly Option[];
  stages: readonly Option[];
  values: ChoiceValues;
  errors: ChoiceErrors;
}) {
  const [company, setCompany] = useState(values.company);
  const companyInput = useRef<HTMLInputElement>(null);
  // A name typed before the page's JavaScript loaded is in the field but not yet in state.
  useEffect(() => setCompany(companyInput.current?.value ?? values.company), [values.company]);
  const id = "field-company";
  const describedBy = `${id}-hint${errors.company ? ` ${id}-error` : ""}`;
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">
          Company
        </label>
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          Pick one from the list or type any name. For a company we have no loop on file for, or none, you practise a
          typical large tech company's loop.
        </p>
        <input
          ref={companyInput}
          id={id}
          name="company"
          type="text"
          list="company-options"
          autoComplete="organization"
          maxLength={100}
          defaultValue={values.company}
          onChange={(event) => setCompany(event.target.value)}
          aria-invalid={errors.company ? true : undefined}
          aria-describedby={describedBy}
          className={`block w-full rounded-md border bg-white px-3 py-2 text-stone-900 shadow-sm ${errors.company ? "border-red-600" : "border-stone-300"}`}
        />
        <datalist id="company-options">
          {companies.map((choice) => (
            <option key={choice.id} value={choice.name} />
          ))}
        </datalist>
        {errors.company ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {errors.company}
          </p>
        ) : null}
      </div>
      <SelectField label="Role" name="role" required options={roles} defaultValue={values.role} error={errors.role} />
      <LevelSelect
        companies={companies}
        company={matchCompany(companies, company, fallbackCompanyId)}
        defaultValue={values.level}
        error={errors.level}
      />
      <SelectField
        label="Stage"
        name="stage"
        required
        hint="One stage, or the whole loop in order."
        options={stages}
        defaultValue={values.stage}
        error={errors.stage}
      />
    </div>
  );
}
