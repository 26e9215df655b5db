// The location select: national choices, then the largest markets, then every other metro
// with figures, in labelled groups. Wired like the shared fields (label, hint and error
// through aria-describedby), which have no option groups.
import type { ReactNode } from "react";
import type { Option } from "~/ui/fields";
import type { Metro } from "../market-match";

interface LocationFieldProps {
  label: string;
  name: string;
  required?: boolean;
  defaultValue: string;
  error?: string;
  hint?: ReactNode;
  national: Option[];
  topMetros: Metro[];
  otherMetros: Metro[];
}

const metroOption = (metro: Metro) => (
  <option key={metro.areaCode} value={metro.areaName}>
    {metro.areaName}
  </option>
);

export function LocationField(props: LocationFieldProps) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const listed = [...props.national.map((option) => option.value), ...[...props.topMetros, ...props.otherMetros].map((metro) => metro.areaName)];
  // A saved or posted location that is not listed stays selectable, so it is not lost.
  const unlisted = props.defaultValue !== "" && !listed.includes(props.defaultValue) ? props.defaultValue : null;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {props.hint}
        </p>
      ) : null}
      <select
        id={id}
        name={props.name}
        required={props.required}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-stone-900 shadow-sm ${props.error ? "border-red-600" : "border-stone-300"}`}
      >
        <option value="" disabled>
          Choose a location
        </option>
        {unlisted ? <option value={unlisted}>{unlisted}</option> : null}
        <optgroup label="Nationwide">
          {props.national.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Largest tech markets">{props.topMetros.map(metroOption)}</optgroup>
        <optgroup label="Other metro areas">{props.otherMetros.map(metroOption)}</optgroup>
      </select>
      {props.error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
