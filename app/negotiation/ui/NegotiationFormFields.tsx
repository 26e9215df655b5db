// The negotiation form's fields. Names are the ones parseNegotiationForm reads (plus
// vestingPercents, see form-values.ts); each shows its field-level message under it and
// starts from `values`: what was typed, or a saved document's offer. Every field is a
// plain control, so the form works without JavaScript.
import type { ReactNode } from "react";
import { CheckboxGroupField, SelectField, type Option } from "~/ui/fields";
import { TextField } from "~/ui/forms";
import { LEVEL_LABELS } from "~/market/format";
import { LEVELS } from "~/market/types";
import {
  CUSTOM_VESTING,
  type NegotiationFieldErrors,
  type NegotiationFormChoices,
  type NegotiationFormValues,
} from "../form-values";
import { NATIONAL_LOCATION, REMOTE_LOCATION } from "../market-match";
import { LocationField } from "./LocationField";

const LEVEL_OPTIONS: Option[] = LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }));
const YOUR_LEVEL_OPTIONS: Option[] = [{ value: "", label: "The same as the offer's" }, ...LEVEL_OPTIONS];
const REPLIED_OPTIONS: Option[] = [{ value: "on", label: "I have already replied to this offer once" }];

// Other currencies are listed so that an offer in one is refused with a reason rather
// than typed in as if it were dollars.
const CURRENCY_OPTIONS: Option[] = [
  { value: "USD", label: "US dollars (USD)" },
  { value: "EUR", label: "Euros (EUR): not supported yet" },
  { value: "GBP", label: "Pounds sterling (GBP): not supported yet" },
  { value: "CAD", label: "Canadian dollars (CAD): not supported yet" },
  { value: "OTHER", label: "Another currency: not supported yet" },
];

const EQUITY_KIND_OPTIONS: Option[] = [
  { value: "none", label: "No equity" },
  { value: "dollars", label: "A dollar value" },
  { value: "shares", label: "A number of shares" },
];

const VESTING_OPTIONS: Option[] = [
  { value: "even", label: "Evenly each year" },
  { value: "cliff_even", label: "One-year cliff, then evenly" },
  { value: "amazon_5_15_40_40", label: "5% / 15% / 40% / 40% (Amazon)" },
  { value: CUSTOM_VESTING, label: "My own yearly percentages" },
];

const PRIORITY_OPTIONS: Option[] = [
  { value: "base", label: "A higher base" },
  { value: "total", label: "Higher total pay" },
  { value: "equity", label: "More equity" },
  { value: "start_date", label: "The start date I want" },
  { value: "remote", label: "Working remotely" },
];

const TONE_OPTIONS: Option[] = [
  { value: "warm", label: "Warm" },
  { value: "direct", label: "Direct" },
  { value: "formal", label: "Formal" },
];

const AMOUNT_HINT = "In US dollars, like $185,000 or 185k.";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function NegotiationFormFields({
  values,
  errors,
  choices,
}: {
  values: NegotiationFormValues;
  errors: NegotiationFieldErrors;
  choices: NegotiationFormChoices;
}) {
  const roleOptions = choices.roles.map((role) => ({ value: role, label: role }));
  // A saved document's role that is no longer listed stays selectable, so it is not lost.
  if (values.role && !choices.roles.includes(values.role)) roleOptions.push({ value: values.role, label: values.role });
  return (
    <div className="space-y-10">
      <Section id="negotiate-job" title="The job">
        <TextField
          label="Company"
          name="company"
          required
          autoComplete="organization"
          defaultValue={values.company}
          error={errors.company}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Role"
            name="role"
            required
            options={roleOptions}
            placeholder="Choose a role"
            defaultValue={values.role}
            error={errors.role}
            hint="The closest role we have market figures for."
          />
          <SelectField
            label="Level of the offer"
            name="level"
            required
            options={LEVEL_OPTIONS}
            placeholder="Choose a level"
            defaultValue={values.level}
            error={errors.level}
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Job title in the offer"
            name="jobTitle"
            defaultValue={values.jobTitle}
            error={errors.jobTitle}
            hint="As the offer letter writes it, like Senior Software Engineer. Optional."
            maxLength={100}
          />
          <SelectField
            label="Your own level"
            name="yourLevel"
            options={YOUR_LEVEL_OPTIONS}
            defaultValue={values.yourLevel}
            error={errors.yourLevel}
            hint="Choose a higher one if your experience is above the offer's level."
          />
        </div>
        <TextField
          label="The company's name for the level"
          name="companyLevel"
          defaultValue={values.companyLevel}
          error={errors.companyLevel}
          hint="If you know it, like L4 or IC3."
          maxLength={40}
        />
        <LocationField
          label="Location"
          name="location"
          required
          defaultValue={values.location}
          error={errors.location}
          hint="Where the job is. Remote and national use figures for the whole United States."
          national={[
            { value: REMOTE_LOCATION, label: "Remote, in the United States" },
            { value: NATIONAL_LOCATION, label: "United States, national figures" },
          ]}
          topMetros={choices.topMetros}
          otherMetros={choices.otherMetros}
        />
      </Section>

      <Section id="negotiate-offer" title="The offer">
        <SelectField
          label="Currency"
          name="currency"
          required
          options={CURRENCY_OPTIONS}
          defaultValue={values.currency}
          error={errors.currency}
          hint="The market data is in US dollars, and we don't convert currencies."
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Base salary"
            name="baseSalary"
            required
            defaultValue={values.baseSalary}
            error={errors.baseSalary}
            hint={`Yearly. ${AMOUNT_HINT}`}
          />
          <TextField
            label="Target bonus"
            name="bonusPercent"
            inputMode="decimal"
            defaultValue={values.bonusPercent}
            error={errors.bonusPercent}
            hint="A percentage of base, like 15%."
          />
          <TextField
            label="Sign-on bonus"
            name="signOnBonus"
            defaultValue={values.signOnBonus}
            error={errors.signOnBonus}
            hint={AMOUNT_HINT}
          />
          <TextField
            label="Start date"
            name="startDate"
            type="date"
            defaultValue={values.startDate}
            error={errors.startDate}
          />
        </div>
      </Section>

      <Section id="negotiate-equity" title="Equity">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Equity is given as"
            name="equityKind"
            required
            options={EQUITY_KIND_OPTIONS}
            defaultValue={values.equityKind}
            error={errors.equityKind}
          />
          <TextField
            label="Equity grant"
            name="equityAmount"
            defaultValue={values.equityAmount}
            error={errors.equityAmount}
            hint="The whole grant: its dollar value, or the number of shares."
          />
          <TextField
            label="Price per share"
            name="sharePrice"
            defaultValue={values.sharePrice}
            error={errors.sharePrice}
            hint="For shares: the stock price, or the latest preferred price or 409A value."
          />
          <TextField
            label="Vesting period in years"
            name="vestingYears"
            inputMode="numeric"
            defaultValue={values.vestingYears}
            error={errors.vestingYears}
            hint="Often 4."
          />
          <SelectField
            label="Vesting schedule"
            name="vestingSchedule"
            options={VESTING_OPTIONS}
            placeholder="Choose a schedule"
            defaultValue={values.vestingSchedule}
            error={errors.vestingSchedule}
          />
          <TextField
            label="Your own yearly percentages"
            name="vestingPercents"
            defaultValue={values.vestingPercents}
            hint="For your own schedule: the share vesting each year, like 10,20,30,40."
          />
        </div>
      </Section>

      <Section id="negotiate-competing" title="A competing offer">
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Competing base salary"
            name="competingBase"
            defaultValue={values.competingBase}
            error={errors.competingBase}
            hint={AMOUNT_HINT}
          />
          <TextField
            label="Competing yearly total"
            name="competingTotal"
            defaultValue={values.competingTotal}
            error={errors.competingTotal}
            hint="Base, bonus and yearly equity together."
          />
        </div>
      </Section>

      <Section id="negotiate-email" title="What matters, and the email">
        <CheckboxGroupField
          label="What matters most to you"
          name="priority"
          required
          options={PRIORITY_OPTIONS}
          defaultValues={values.priority}
          error={errors.priority}
          hint="The plan leads with the levers that serve these."
        />
        <TextField
          label="Deadline you were given"
          name="deadline"
          type="date"
          defaultValue={values.deadline}
          error={errors.deadline}
          hint="If it is five days away or less, the email asks to move it by 48 hours."
        />
        <CheckboxGroupField
          label="Is this your first reply?"
          name="alreadyReplied"
          options={REPLIED_OPTIONS}
          defaultValues={values.alreadyReplied ? ["on"] : []}
          error={errors.alreadyReplied}
          hint="A first reply keeps 48 hours to review the final offer; a follow-up doesn't ask again."
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Recruiter's name"
            name="recruiterName"
            autoComplete="off"
            defaultValue={values.recruiterName}
            error={errors.recruiterName}
            maxLength={80}
            hint="The email greets them by first name."
          />
          <TextField
            label="Your name"
            name="yourName"
            required
            autoComplete="name"
            defaultValue={values.yourName}
            error={errors.yourName}
            maxLength={80}
            hint="For the sign-off."
          />
          <SelectField
            label="Tone"
            name="tone"
            required
            options={TONE_OPTIONS}
            defaultValue={values.tone}
            error={errors.tone}
          />
        </div>
      </Section>
    </div>
  );
}
