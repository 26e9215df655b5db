// The negotiation form's fields. Names are the ones parseNegotiationForm reads (plus
// vestingPercents, see form-values.ts); each shows its field-level message under it and
// starts from `values`: what was typed, or a saved document's offer. Every field is a
// plain control, so the form works without JavaScript.
import { bindFields, CheckboxGroupField, SelectField, type Option } from "~/ui/fields";
import { TextField } from "~/ui/forms";
import { Section } from "~/ui/Section";
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

export function NegotiationFormFields({
  values,
  errors,
  choices,
}: {
  values: NegotiationFormValues;
  errors: NegotiationFieldErrors;
  choices: NegotiationFormChoices;
}) {
  const field = bindFields(values, errors);
  const roleOptions = choices.roles.map((role) => ({ value: role, label: role }));
  // A saved document's role that is no longer listed stays selectable, so it is not lost.
  if (values.role && !choices.roles.includes(values.role)) roleOptions.push({ value: values.role, label: values.role });
  return (
    <div className="space-y-10">
      <Section id="negotiate-job" title="The job">
        <TextField label="Company" {...field("company")} required autoComplete="organization" />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Role"
            {...field("role")}
            required
            options={roleOptions}
            placeholder="Choose a role"
            hint="The closest role we have market figures for."
          />
          <SelectField
            label="Level of the offer"
            {...field("level")}
            required
            options={LEVEL_OPTIONS}
            placeholder="Choose a level"
          />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Job title in the offer"
            {...field("jobTitle")}
            hint="As the offer letter writes it, like Senior Software Engineer. Optional."
            maxLength={100}
          />
          <SelectField
            label="Your own level"
            {...field("yourLevel")}
            options={YOUR_LEVEL_OPTIONS}
            hint="Choose a higher one if your experience is above the offer's level."
          />
        </div>
        <TextField
          label="The company's name for the level"
          {...field("companyLevel")}
          hint="If you know it, like L4 or IC3."
          maxLength={40}
        />
        <LocationField
          label="Location"
          {...field("location")}
          required
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
          {...field("currency")}
          required
          options={CURRENCY_OPTIONS}
          hint="The market data is in US dollars, and we don't convert currencies."
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label="Base salary" {...field("baseSalary")} required hint={`Yearly. ${AMOUNT_HINT}`} />
          <TextField
            label="Target bonus"
            {...field("bonusPercent")}
            inputMode="decimal"
            hint="A percentage of base, like 15%."
          />
          <TextField label="Sign-on bonus" {...field("signOnBonus")} hint={AMOUNT_HINT} />
          <TextField label="Start date" {...field("startDate")} type="date" />
        </div>
      </Section>

      <Section id="negotiate-equity" title="Equity">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField label="Equity is given as" {...field("equityKind")} required options={EQUITY_KIND_OPTIONS} />
          <TextField
            label="Equity grant"
            {...field("equityAmount")}
            hint="The whole grant: its dollar value, or the number of shares."
          />
          <TextField
            label="Price per share"
            {...field("sharePrice")}
            hint="For shares: the stock price, or the latest preferred price or 409A value."
          />
          <TextField label="Vesting period in years" {...field("vestingYears")} inputMode="numeric" hint="Often 4." />
          <SelectField
            label="Vesting schedule"
            {...field("vestingSchedule")}
            options={VESTING_OPTIONS}
            placeholder="Choose a schedule"
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
          <TextField label="Competing base salary" {...field("competingBase")} hint={AMOUNT_HINT} />
          <TextField
            label="Competing yearly total"
            {...field("competingTotal")}
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
          {...field("deadline")}
          type="date"
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
            {...field("recruiterName")}
            autoComplete="off"
            maxLength={80}
            hint="The email greets them by first name."
          />
          <TextField
            label="Your name"
            {...field("yourName")}
            required
            autoComplete="name"
            maxLength={80}
            hint="For the sign-off."
          />
          <SelectField label="Tone" {...field("tone")} required options={TONE_OPTIONS} />
        </div>
      </Section>
    </div>
  );
}
