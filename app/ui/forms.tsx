import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { controlProps, type FieldProps, LabelledField } from "./fields";

export function TextField(
  props: FieldProps & {
    type?: "text" | "email" | "password" | "number" | "date" | "url" | "search";
    autoComplete?: string;
    defaultValue?: string;
    inputMode?: "numeric" | "text" | "email" | "decimal";
    maxLength?: number;
    autoFocus?: boolean;
    placeholder?: string;
  },
) {
  const id = `field-${props.name}`;
  return (
    <LabelledField id={id} props={props}>
      <input
        {...controlProps(id, props)}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
      />
    </LabelledField>
  );
}

/** A message for the whole form: an error (announced) or a notice. */
export function FormMessage({ kind, children }: { kind: "error" | "success" | "info"; children: ReactNode }) {
  const styles = {
    error: "border-red-300 bg-red-50 text-red-800",
    success: "border-emerald-300 bg-emerald-50 text-emerald-900",
    info: "border-sky-300 bg-sky-50 text-sky-900",
  }[kind];
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${styles}`}>
      {children}
    </div>
  );
}

/** A submit button that shows progress while its form is being sent (with JavaScript). */
export function SubmitButton({
  children,
  pendingText,
  name,
  value,
  variant = "primary",
}: {
  children: ReactNode;
  pendingText?: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && (name === undefined || navigation.formData?.get(name) === value);
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`rounded-md px-4 py-2 font-medium disabled:opacity-70 ${styles}`}
    >
      {pending && pendingText ? pendingText : children}
    </button>
  );
}

/** A field people never see and bots fill in. */
export function HoneypotField() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor="field-website">Leave this empty</label>
      <input id="field-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      {children ? <div className="mt-2 text-stone-700">{children}</div> : null}
    </div>
  );
}
