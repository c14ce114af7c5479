// The shape of a service matter (事项) and of its materials and claims; the catalogue is matters.ts.

import type { PersonsTable, Selectable } from '@rencai/store';

export interface Material {
  code: string;
  name: string;
  /** When set: the registry holds this material if the test passes on the person's record. */
  heldBy?: (person: Selectable<PersonsTable> | undefined) => boolean;
  heldNote?: string;
}

/** One claim of a matter that pays several things at different times (the form's `claim`). */
export interface MatterClaim {
  code: string;
  name: string;
  rules: string[];
}

export interface Matter {
  code: string;
  name: string;
  /** The policy package whose rules it pays; offered only in that package's jurisdiction. Absent: a service of every package (recognition). */
  policy?: string;
  /**
   * What the form names the claim for, when one application is for one subject: an employee of the
   * applying employer (`data.personId`; the rules read that person's facts), one of the employer's
   * recorded talent projects (`data.project`) or streamers (`data.streamer`).
   */
  subject?: 'employee' | 'project' | 'streamer';
  /** The separate claims of the matter (`data.claim`), each deciding its own rules, each once per subject. */
  claims?: MatterClaim[];
  clauses: string[];
  applicant: 'person' | 'employer';
  /** Engine rules whose granted amounts the decision pays; empty for a matter that pays nothing. */
  rules: string[];
  /** In-kind rules (kind 'in_kind') one of which must hold for the applicant to apply: a matter that grants a service, not money. */
  inKindRules?: string[];
  /** The rules one application decides, when its form claims only some of them (one station of work_station). */
  rulesFor?: (data: Record<string, unknown>) => string[];
  materials: Material[];
  /** The joint-review departments, each with what it checks for this matter (shown to its reviewers). */
  departments: Array<{ code: string; name: string; checks: string }>;
  promisedDays: number;
  /** 免申即享: the proactive job creates the application itself (otherwise it only lists candidates). */
  proactive: 'create' | 'list' | 'none';
  description: string;
}
