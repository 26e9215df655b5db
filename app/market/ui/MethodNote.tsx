import { formatCount } from "~/format";
import { DEFAULT_BOOTSTRAP } from "../bootstrap";
import { MIN_SAMPLE_SIZE } from "../stats";
import { NEARLY_IDENTICAL_SHARE } from "../verdict";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How a verdict is decided, in plain words (README's comparison section says the same). */
export function MethodNote() {
  const coverage = percent(DEFAULT_BOOTSTRAP.confidence);
  return (
    <section id="method" aria-labelledby="method-title" className="space-y-2 text-sm text-stone-700">
      <h2 id="method-title" className="text-lg font-semibold text-stone-900">
        How we decide a verdict
      </h2>
      <p>
        A level is compared only when both roles have their own salaries at that level, from the same survey and year,
        at least {MIN_SAMPLE_SIZE} each. A broader role&apos;s figures (software engineers&apos; for back-end engineers,
        say) stand in where a role has too few; they are drawn hatched and never compared. For a compared level we take
        the difference of the two medians and its {coverage} bootstrap interval: each role&apos;s salaries are resampled{" "}
        {formatCount(DEFAULT_BOOTSTRAP.resamples)} times, with a fixed seed so the page changes only with new data, and
        the middle {coverage} of the resampled differences is the interval.
      </p>
      <p>
        If the interval excludes zero, the role with the higher median earns more. If it includes zero, the data cannot
        say either earns more: &ldquo;nearly identical&rdquo; when the interval stays within{" "}
        {percent(NEARLY_IDENTICAL_SHARE)} of the lower median either way, &ldquo;no clear difference&rdquo; when it is
        wider. A survey that publishes medians only gets the gap without an interval, and how many survey years agree.
      </p>
    </section>
  );
}
