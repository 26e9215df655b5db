// Form fields: a text area, a select, a month input, a group of checkboxes and a single
// checkbox, and the frame forms.tsx's TextField and any tool's own field use. Same look and
// the same accessible wiring: a label tied to the control, the hint and the error linked
// through aria-describedby, the error also marked with aria-invalid. All uncontrolled, so
// they work without JavaScript.
import type { ReactNode } from "react";

export interface Option {
  value: string;
  label: string;
}

export interface FieldProps {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
}

const CONTROL = "block w-full rounded-md border bg-white px-3 py-2 text-stone-900 shadow-sm";

/** The classes of a text input, text area or select, red-bordered when it has an error. */
export function controlClass(error: string | undefined): string {
  return `${CONTROL} ${error ? "border-red-600" : "border-stone-300"}`;
}

/** The ids of the hint and error paragraphs a control points to. */
export function describedBy(id: string, props: FieldProps): string | undefined {
  return [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The attributes every labelled control shares: its id, name, required, and the error
 *  and hint wiring. */
export function controlProps(id: string, props: FieldProps) {
  return {
    id,
    name: props.name,
    required: props.required,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy(id, props),
    className: controlClass(props.error),
  };
}

type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** One form's text fields bound by name: `field("company")` gives the name, the value the
 *  field starts from and its message, so the three always name the same field. */
export function bindFields<V extends object>(values: V, errors: Partial<Record<string, string>>) {
  return (name: TextKeys<V>) => ({ name, defaultValue: values[name] as string, error: errors[name] });
}

function Optional({ required }: { required?: boolean }) {
  return required ? null : <span className="font-normal text-stone-500"> (optional)</span>;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-stone-600">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

/** Label, hint, control, error: the frame of every single-control field. */
export function LabelledField({ id, props, children }: { id: string; props: FieldProps; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {props.label}
        <Optional required={props.required} />
      </label>
      <Hint id={id} hint={props.hint} />
      {children}
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

export function TextAreaField(props: FieldProps & { defaultValue?: string; rows?: number; placeholder?: string }) {
  const id = `field-${props.name}`;
  return (
    <LabelledField id={id} props={props}>
      <textarea
        {...controlProps(id, props)}
        rows={props.rows ?? 3}
        defaultValue={props.defaultValue}
        placeholder={props.placeholder}
      />
    </LabelledField>
  );
}

/** `<input type="month">`: posts "YYYY-MM"; browsers without a month picker show a text box. */
export function MonthField(props: FieldProps & { defaultValue?: string }) {
  const id = `field-${props.name}`;
  return (
    <LabelledField id={id} props={props}>
      <input {...controlProps(id, props)} type="month" defaultValue={props.defaultValue} placeholder="YYYY-MM" />
    </LabelledField>
  );
}

export function SelectField(
  props: FieldProps & { options: readonly Option[]; defaultValue?: string; placeholder?: string },
) {
  const id = `field-${props.name}`;
  return (
    <LabelledField id={id} props={props}>
      <select {...controlProps(id, props)} defaultValue={props.defaultValue ?? ""}>
        {props.placeholder ? (
          <option value="" disabled>
            {props.placeholder}
          </option>
        ) : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** Checkboxes sharing one name (posted as repeated values), in a fieldset whose legend is the label. */
export function CheckboxGroupField(
  props: FieldProps & { options: readonly Option[]; defaultValues?: readonly string[] },
) {
  const id = `field-${props.name}`;
  const checked = new Set(props.defaultValues ?? []);
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(id, props)}>
      <legend className="text-sm font-medium text-stone-800">
        {props.label}
        <Optional required={props.required} />
      </legend>
      <Hint id={id} hint={props.hint} />
      <div className="space-y-1">
        {props.options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-stone-800">
            <input
              type="checkbox"
              name={props.name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              className="mt-1 h-4 w-4 rounded border-stone-300"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <ErrorText id={id} error={props.error} />
    </fieldset>
  );
}

/** One yes/no checkbox, posted as "on" when ticked. */
export function CheckboxField(props: FieldProps & { defaultChecked?: boolean }) {
  const id = `field-${props.name}`;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={props.name}
          defaultChecked={props.defaultChecked}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props)}
          className="mt-1 h-4 w-4 rounded border-stone-300"
        />
        <label htmlFor={id} className="text-stone-800">
          {props.label}
        </label>
      </div>
      <Hint id={id} hint={props.hint} />
      <ErrorText id={id} error={props.error} />
    </div>
  );
}
