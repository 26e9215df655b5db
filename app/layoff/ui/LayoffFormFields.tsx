// The layoff form's fields. Names are the ones parseLayoffForm reads; each shows its
// field-level message under it and starts from `values` (what was typed, or a saved
// document's input).
import { bindFields, CheckboxField, CheckboxGroupField, MonthField, SelectField, TextAreaField } from "~/ui/fields";
import { TextField } from "~/ui/forms";
import { Section } from "~/ui/Section";
import { FIELD_LIMITS, LAYOFF_TYPES, type LayoffField, SINCE_ACTIVITIES, TONES } from "../schema";
import type { LayoffFormValues } from "./form-values";

export function LayoffFormFields({
  values,
  errors,
}: {
  values: LayoffFormValues;
  errors: Partial<Record<LayoffField, string>>;
}) {
  const field = bindFields(values, errors);
  return (
    <div className="space-y-8">
      <Section id="layoff-last-job" title="Your last job">
        <TextField
          label="Last job title"
          {...field("lastRole")}
          required
          hint={`As on your resume, like “Senior Backend Engineer”. Up to ${FIELD_LIMITS.lastRole.words} words.`}
        />
        <TextField label="Company" {...field("company")} required autoComplete="organization" />
        <div className="grid gap-5 sm:grid-cols-2">
          <MonthField label="Month you started" {...field("startDate")} required hint="Like 2021-03." />
          <MonthField label="Last month you worked there" {...field("endDate")} required hint="Like 2024-03." />
        </div>
        <TextAreaField
          label="What you delivered there"
          {...field("delivered")}
          required
          hint={`One project, result or responsibility you're proud of. Up to ${FIELD_LIMITS.delivered.chars} characters.`}
        />
      </Section>

      <Section id="layoff-what-happened" title="What happened">
        <SelectField
          label="How it ended"
          {...field("layoffType")}
          required
          options={LAYOFF_TYPES}
          placeholder="Choose one"
        />
        <TextField
          label="How many people were affected"
          {...field("affectedCount")}
          hint="If you know: a number, “about 200”, a share like “12%”, or “a third”."
        />
        <CheckboxField
          label="Everyone in my team, office or group was let go"
          name="everyoneAffected"
          defaultChecked={values.everyoneAffected}
          error={errors.everyoneAffected}
          hint="Only then will your text say you weren't selected individually."
        />
        <TextAreaField
          label="If it was partly about performance: what you do differently now"
          {...field("whatChanged")}
          rows={2}
          hint={`Only the interview answers use this, like “I now agree milestones with my manager every week”. Up to ${FIELD_LIMITS.whatChanged.chars} characters.`}
        />
        <TextAreaField
          label="What happened, in your own words"
          {...field("whatHappened")}
          hint={`Background for the writer: it is never quoted in your document. Up to ${FIELD_LIMITS.whatHappened.chars} characters.`}
        />
      </Section>

      <Section id="layoff-since" title="Since then, and next">
        <CheckboxGroupField
          label="What you've done since"
          name="since"
          required
          options={SINCE_ACTIVITIES}
          defaultValues={values.since}
          error={errors.since}
        />
        <TextAreaField
          label="Details of what you've done since"
          {...field("sinceDetails")}
          rows={2}
          hint={`A course, a project, a client. Up to ${FIELD_LIMITS.sinceDetails.chars} characters.`}
        />
        <TextAreaField
          label="What you want next"
          {...field("nextGoal")}
          required
          rows={2}
          hint={`Like “a backend role on a product team”. Up to ${FIELD_LIMITS.nextGoal.chars} characters.`}
        />
        <TextField
          label="Target role"
          {...field("targetRole")}
          hint="The job title you're applying for, if there is one."
        />
        <SelectField label="Tone" required options={TONES} {...field("tone")} />
      </Section>
    </div>
  );
}
