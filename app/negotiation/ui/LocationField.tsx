// The location select: national choices, then the largest markets, then every other metro
// with figures, in labelled groups, in the shared fields' frame (label, hint and error
// through aria-describedby); their SelectField has no option groups.
import { controlProps, type FieldProps, LabelledField, type Option } from "~/ui/fields";
import type { Metro } from "../market-match";

interface LocationFieldProps extends FieldProps {
  defaultValue: string;
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
  const listed = [
    ...props.national.map((option) => option.value),
    ...[...props.topMetros, ...props.otherMetros].map((metro) => metro.areaName),
  ];
  // A saved or posted location that is not listed stays selectable, so it is not lost.
  const unlisted = props.defaultValue !== "" && !listed.includes(props.defaultValue) ? props.defaultValue : null;
  return (
    <LabelledField id={id} props={props}>
      <select {...controlProps(id, props)} defaultValue={props.defaultValue}>
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
    </LabelledField>
  );
}
