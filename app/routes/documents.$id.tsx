import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { readForm } from "~/http/form";
import { CopyButton } from "~/ui/CopyButton";
import { FormMessage, SubmitButton } from "~/ui/forms";
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from "~/documents/export-formats";
import { TRASH_DAYS } from "~/documents/limits";
import {
  deleteDocumentForever,
  editDocumentText,
  findOwnDocument,
  renameDocument,
  restoreDocument,
  trashDocument,
} from "~/documents/store.server";
import { type DocumentForView, currentText } from "~/documents/view";
import { prefillHref } from "~/documents/prefill";
import { TITLE_MAX_CHARS, cleanTitle } from "~/documents/title";
import { PlainTextView } from "~/documents/ui/PlainTextView";
import { formatDateTime } from "~/format";
import { toolFor } from "~/tool-registry";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: `${page?.document.title ?? "Document"} · Career Recovery Toolkit` },
];

const TEXT_MAX = 200_000;

async function ownDocumentOr404(request: Request, id: string | undefined) {
  const { user } = await requireUser(request);
  const doc = await findOwnDocument(user.id, id ?? "");
  // Another user's id answers exactly like one that does not exist.
  if (!doc) throw data("Not found", { status: 404 });
  return { user, doc };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { doc } = await ownDocumentOr404(request, params.id);
  const document: DocumentForView & { deletedAt: string | null } = {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    input: doc.input,
    output: doc.output,
    text: doc.text,
    editedText: doc.editedText,
    engine: doc.engine,
    engineNote: doc.engineNote,
    rulesetVersion: doc.rulesetVersion,
    createdAt: doc.createdAt.toISOString(),
    deletedAt: doc.deletedAt?.toISOString() ?? null,
  };
  return { document };
}

type ActionResult = { error?: string; notice?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, doc } = await ownDocumentOr404(request, params.id);
  const form = await readForm(request);
  switch (form.intent) {
    case "rename": {
      const title = cleanTitle(form.title ?? "");
      if (title.length === 0 || Array.from((form.title ?? "").trim()).length > TITLE_MAX_CHARS) {
        return data<ActionResult>(
          { error: `Give the document a title of 1 to ${TITLE_MAX_CHARS} characters.` },
          { status: 400 },
        );
      }
      await renameDocument(user.id, doc.id, title);
      return { notice: "Renamed." } satisfies ActionResult;
    }
    case "edit": {
      const text = form.text ?? "";
      if (text.length > TEXT_MAX)
        return data<ActionResult>(
          { error: `The text can be at most ${TEXT_MAX.toLocaleString("en-US")} characters.` },
          { status: 400 },
        );
      await editDocumentText(user.id, doc.id, text === doc.text ? null : text);
      return { notice: "Your edit was saved. The original is kept: you can go back to it." } satisfies ActionResult;
    }
    case "revert":
      await editDocumentText(user.id, doc.id, null);
      return { notice: "Back to the original text." } satisfies ActionResult;
    case "trash":
      await trashDocument(user.id, doc.id);
      return redirect(`/documents/${doc.id}?trashed=1`);
    case "restore":
      if (!(await restoreDocument(user.id, doc.id)))
        return data<ActionResult>({ error: "This document can no longer be restored." }, { status: 400 });
      return redirect(`/documents/${doc.id}`);
    case "delete-forever":
      if (!(await deleteDocumentForever(user.id, doc.id)))
        return data<ActionResult>({ error: "Move the document to the trash first." }, { status: 400 });
      return redirect("/documents?view=trash");
    default:
      return data<ActionResult>({ error: "Unknown action." }, { status: 400 });
  }
}

export default function DocumentPage() {
  const { document } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const [params] = useSearchParams();
  const tool = toolFor(document.kind);
  const View = tool?.View ?? PlainTextView;
  const text = currentText(document);
  const inTrash = document.deletedAt !== null;
  const engine = document.engine === "builtin" ? "the built-in writer" : document.engine;

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm font-medium text-brand-700">{tool?.documentLabel ?? document.kind}</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">{document.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          Created {formatDateTime(document.createdAt)} with {engine}
          {document.rulesetVersion ? ` (rules ${document.rulesetVersion})` : ""}
          {document.editedText !== null ? ". Edited by you." : "."}
          {document.engineNote ? ` ${document.engineNote}` : ""}
        </p>
      </header>

      {result?.error ? <FormMessage kind="error">{result.error}</FormMessage> : null}
      {result?.notice ? <FormMessage kind="success">{result.notice}</FormMessage> : null}

      {inTrash ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4">
          <p>
            {params.get("trashed") ? "Moved to the trash. " : "This document is in the trash. "}
            It will be deleted for good {TRASH_DAYS} days after it was deleted.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Form method="post">
              <SubmitButton name="intent" value="restore">
                Undo: restore it
              </SubmitButton>
            </Form>
            <Form method="post">
              <SubmitButton name="intent" value="delete-forever" variant="danger">
                Delete forever
              </SubmitButton>
            </Form>
          </div>
        </div>
      ) : (
        <nav aria-label="Document actions" className="flex flex-wrap items-center gap-3 text-sm">
          {EXPORT_FORMAT_IDS.map((format) => (
            <a key={format} href={`/documents/${document.id}/download?format=${format}`}>
              {EXPORT_FORMATS[format].label}
            </a>
          ))}
          {tool ? <Link to={prefillHref(tool.route, document.id)}>Duplicate into the tool</Link> : null}
          <CopyButton text={text} label="Copy all text" />
          <Link to={`?confirm=trash`}>Delete…</Link>
        </nav>
      )}

      {params.get("confirm") === "trash" && !inTrash ? (
        <Form method="post" className="rounded-md border border-red-200 bg-red-50 p-4">
          <p>
            Move “{document.title}” to the trash? You can restore it for {TRASH_DAYS} days.
          </p>
          <div className="mt-3 flex gap-3">
            <SubmitButton name="intent" value="trash" variant="danger">
              Move to trash
            </SubmitButton>
            <Link to={`/documents/${document.id}`} className="py-2">
              Cancel
            </Link>
          </div>
        </Form>
      ) : null}

      <View document={document} />

      {!inTrash ? (
        <section aria-labelledby="edit-title" className="space-y-6 rounded-lg border border-stone-200 bg-white p-6">
          <h2 id="edit-title" className="text-xl font-semibold">
            Rename or edit
          </h2>
          <Form method="post" className="flex flex-wrap items-end gap-3">
            <div className="grow">
              <label htmlFor="doc-title" className="block text-sm font-medium">
                Title
              </label>
              <input
                id="doc-title"
                name="title"
                defaultValue={document.title}
                maxLength={TITLE_MAX_CHARS}
                required
                className="mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2"
              />
            </div>
            <SubmitButton name="intent" value="rename" variant="secondary">
              Rename
            </SubmitButton>
          </Form>
          <Form method="post" className="space-y-3">
            <label htmlFor="doc-text" className="block text-sm font-medium">
              Text
            </label>
            <p id="doc-text-hint" className="text-sm text-stone-600">
              Your edit is what you copy and download. The original stays saved.
            </p>
            <textarea
              id="doc-text"
              name="text"
              aria-describedby="doc-text-hint"
              defaultValue={text}
              rows={14}
              maxLength={TEXT_MAX}
              className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm"
            />
            <div className="flex gap-3">
              <SubmitButton name="intent" value="edit">
                Save edit
              </SubmitButton>
              {document.editedText !== null ? (
                <SubmitButton name="intent" value="revert" variant="secondary">
                  Go back to the original
                </SubmitButton>
              ) : null}
            </div>
          </Form>
        </section>
      ) : null}

      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-medium">What you entered</summary>
        <pre className="mt-3 max-h-96 overflow-auto whitespace-pre-wrap text-sm">
          {JSON.stringify(document.input, null, 2)}
        </pre>
      </details>
    </article>
  );
}
