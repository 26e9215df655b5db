import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireAccess } from "~/billing/access.server";
import { PageHeading } from "~/ui/forms";
import { ProgressTable } from "~/interview/ui/ProgressTable";
import { progressByCompetency } from "~/interview";
import { listSessionsOldestFirst, PROGRESS_SESSION_LIMIT } from "~/interview/sessions.server";

export const meta: MetaFunction = () => [{ title: "Interview progress · Career Recovery Toolkit" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireAccess(request);
  const sessions = await listSessionsOldestFirst(user.id);
  return {
    latestOnly: sessions.length >= PROGRESS_SESSION_LIMIT ? PROGRESS_SESSION_LIMIT : null,
    progress: progressByCompetency(sessions),
  };
}

export default function InterviewProgress() {
  const { latestOnly, progress } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <PageHeading title="Your interview progress">
        How your answers rate in each competency across your mock interviews
        {latestOnly ? ` (your latest ${latestOnly})` : ""}.
      </PageHeading>
      {progress.length === 0 ? (
        <p>No answers yet. Your progress appears here once you have answered a question.</p>
      ) : (
        <ProgressTable progress={progress} />
      )}
      <p>
        <Link to="/toolkit/interview">Start or resume a mock interview</Link>
      </p>
    </div>
  );
}
