// A saved resume scan on the document page: the comparison with the previous scan when
// this one re-scanned a new version (computed and stored at scan time, since a view
// cannot load), the report, and a way to scan the next version against this one.
import { Link } from "@remix-run/react";
import type { DocumentViewComponent } from "~/documents/view";
import { readSavedScan, readScanInput } from "../saved-scan";
import { ScanComparisonView } from "./ScanComparisonView";
import { ResumeReport } from "./ResumeReport.tsx";

const ResumeScanView: DocumentViewComponent = ({ document }) => {
  const saved = readSavedScan(document.output);
  const { previousDocumentId } = readScanInput(document.input);
  return (
    <div className="space-y-10">
      <p>
        <Link to={`/toolkit/resume?from=${document.id}`} className="font-medium">
          Scan a new version
        </Link>{" "}
        <span className="text-stone-600">and see what changed since this scan.</span>
      </p>
      {saved?.comparison ? (
        <ScanComparisonView
          comparison={saved.comparison}
          previousHref={previousDocumentId ? `/documents/${previousDocumentId}` : null}
        />
      ) : null}
      {saved ? (
        <ResumeReport report={saved.report} />
      ) : (
        <pre className="whitespace-pre-wrap break-words text-stone-800">{document.editedText ?? document.text}</pre>
      )}
    </div>
  );
};

export default ResumeScanView;
