// The layoff form's fields. Names are the ones parseLayoffForm reads; each shows its
// field-level message under it and starts from `values` (what was typed, or a saved
// document's input).
import { CheckboxField, CheckboxGroupField, MonthField, SelectField, TextAreaField } from "~/ui/fields";
import { TextField } from "~/ui/forms";
import { FIELD_LIMITS, LAYOFF_TYPES, type LayoffField, SINCE_ACTIVITIES, TONES } from "../schema";
import type { LayoffFormValues } from "./form-values";

export function LayoffFormFields({
  values,
  errors,
}: {
  values: LayoffFormValues;
  errors: Partial<Record<LayoffField, string>>;
}) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="layoff-last-job" className="space-y-5">
        <h2 id="layoff-last-job" className="text-lg font-semibold">
          Your last job
        </h2>
        <TextField
          label="Last job title"
          name="lastRole"
          required
          defaultValue={values.lastRole}
          error={errors.lastRole}
          hint={`As on your resume, like “Senior Backend Engineer”. Up to ${FIELD_LIMITS.lastRole.words} words.`}
        />
        <TextField
          label="Company"
          name="company"
          required
          autoComplete="organization"
          defaultValue={values.company}
          error={errors.company}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <MonthField
            label="Month you started"
            name="startDate"
            required
            defaultValue={values.startDate}
            error={errors.startDate}
            hint="Like 2021-03."
          />
          <MonthField
            label="Last month you worked there"
            name="endDate"
            required
            defaultValue={values.endDate}
            error={errors.endDate}
            hint="Like 2024-03."
          />
        </div>
        <TextAreaField
          label="What you delivered there"
          name="delivered"
          required
          defaultValue={values.delivered}
          error={errors.delivered}
          hint={`One project, result or responsibility you're proud of. Up to ${FIELD_LIMITS.delivered.chars} characters.`}
        />
      </section>

      <section aria-labelledby="layoff-what-happened" className="space-y-5">
        <h2 id="layoff-what-happened" className="text-lg font-semibold">
          What happened
        </h2>
        <SelectField
          label="How it ended"
          name="layoffType"
          required
          options={LAYOFF_TYPES}
          placeholder="Choose one"
          defaultValue={values.layoffType}
          error={errors.layoffType}
        />
        <TextField
          label="How many people were affected"
          name="affectedCount"
          defaultValue={values.affectedCount}
          error={errors.affectedCount}
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
          name="whatChanged"
          rows={2}
          defaultValue={values.whatChanged}
          error={errors.whatChanged}
          hint={`Only the interview answers use this, like “I now agree milestones with my manager every week”. Up to ${FIELD_LIMITS.whatChanged.chars} characters.`}
        />
        <TextAreaField
          label="What happened, in your own words"
          name="whatHappened"
          defaultValue={values.whatHappened}
          error={errors.whatHappened}
          hint={`Background for the writer: it is never quoted in your document. Up to ${FIELD_LIMITS.whatHappened.chars} characters.`}
        />
      </section>

      <section aria-labelledby="layoff-since" className="space-y-5">
        <h2 id="layoff-since" className="text-lg font-semibold">
          Since then, and next
        </h2>
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
          name="sinceDetails"
          rows={2}
          defaultValue={values.sinceDetails}
          error={errors.sinceDetails}
          hint={`A course, a project, a client. Up to ${FIELD_LIMITS.sinceDetails.chars} characters.`}
        />
        <TextAreaField
          label="What you want next"
          name="nextGoal"
          required
          rows={2}
          defaultValue={values.nextGoal}
          error={errors.nextGoal}
          hint={`Like “a backend role on a product team”. Up to ${FIELD_LIMITS.nextGoal.chars} characters.`}
        />
        <TextField
          label="Target role"
          name="targetRole"
          defaultValue={values.targetRole}
          error={errors.targetRole}
          hint="The job title you're applying for, if there is one."
        />
        <SelectField label="Tone" name="tone" required options={TONES} defaultValue={values.tone} error={errors.tone} />
      </section>
    </div>
  );
}
