// What a generated resume says, as the parser should read it: the ground truth written
// beside each PDF. A field a template does not print is left out (undefined), so it is
// not checked; null means "not on the resume", which the parser must also report.
/** "heldout" is held-out set A; "heldout-b" is set B, built later from templates, layouts and
 * pools written after the parser had been tuned on set A's tuning half (and never tuned on). */
export type Split = "tuning" | "heldout" | "heldout-b";

export interface TruthJob {
  title: string;
  company: string;
  location?: string | null;
  start: string | null;
  end: string | null;
}

export interface TruthSchool {
  degree: string;
  field: string | null;
  institution: string;
  end?: string | null;
}

export interface Truth {
  id: string;
  /** The rendering path: the program that laid the page out and wrote the PDF. */
  path: string;
  template: string;
  split: Split;
  seed: number;
  provenance: string;
  contact: {
    fullName: string;
    email: string;
    phone: string | null;
    location: string | null;
    linkedin?: string | null;
    github?: string | null;
    website?: string | null;
  };
  experience: TruthJob[];
  education: TruthSchool[];
  skills: string[];
  certifications?: string[];
}
