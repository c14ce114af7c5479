// Row types of the database, for the typed query builder (Kysely). Identity columns are
// Generated; bigint columns are read as JavaScript numbers (exact below 2^53, checked on read),
// dates as 'YYYY-MM-DD' strings, jsonb as parsed values.

import type { ColumnType, Generated } from 'kysely';
import type { OfficialValuesTable } from './schema-official-values.js';
import type { CardPartnersTable, CardUsesTable, TalentCardsTable } from './schema-cards.js';
import type { ApartmentTenanciesTable, ApartmentWaitlistTable, ApartmentsTable } from './schema-apartments.js';
import type { BudgetCommitmentsTable, BudgetExcess, BudgetsTable, BudgetVersionsTable } from './schema-budgets.js';
import type { EnterpriseCtosTable, EnterpriseDemandsTable, EnterpriseProblemEventsTable, EnterpriseProblemsTable, EnterprisesTable, TalentCatalogueEntriesTable, TalentCataloguesTable } from './schema-enterprises.js';
import type { InkindCountyRecommendationsTable, InkindHealthBookingsTable, InkindHealthSlotsTable, InkindLoanReferralsTable, InkindSchoolRequestsTable, InkindVoucherRedemptionsTable, InkindVouchersTable } from './schema-inkind.js';
import type { HousingSellersTable, HousingVoucherRedemptionsTable, HousingVouchersTable } from './schema-housing-vouchers.js';
import type { ProjectAssessmentsTable, ProjectClawbacksTable, ProjectInstalmentsTable, ProjectsTable, ProjectVersionsTable } from './schema-projects.js';
import type { VisitProblemsTable, VisitsTable } from './schema-visits.js';
import type { EventOutcomesTable, EventPostsTable, EventRegistrationsTable, EventSeriesTable, EventsTable } from './schema-events.js';
import type { NativeStudentActivitiesTable, NativeStudentParticipantsTable, NativeStudentsTable, RuralTalentTrainingsTable, RuralTalentsTable } from './schema-natives.js';
import type { EmploymentHelpAreasTable, EmploymentHelpAssignmentsTable, EmploymentHelpContactsTable, EmploymentHelpOutcomesTable, EmploymentHelpPersonsTable } from './schema-employment-help.js';
import type { DividendHouseholdEventsTable, DividendHouseholdsTable, DividendPayoutsTable, DividendPayRunsTable, DividendRoundsTable } from './schema-dividends.js';
import type { SkillCandidatesTable, SkillCertificatesTable, SkillItemsTable, SkillLicencesTable, SkillRecognitionBatchesTable, SkillRecognitionsTable, SkillSessionsTable, SkillStandardsTable, SkillStandardVersionsTable } from './schema-skills.js';
import type { LeaderAssignmentsTable, LeaderContactProblemsTable, LeaderContactsTable, SatisfactionAnswersTable, SatisfactionSurveysTable, ServiceTeamPoolProblemsTable, ServiceTeamsTable } from './schema-leader-contact.js';
import type { MatchingProfilesTable, MatchingRequestsTable } from './schema-matching.js';
import type { WorklistMilestonesTable, WorklistNoticesTable, WorklistReportEventsTable, WorklistReportFilesTable, WorklistReportsTable, WorklistSplitsTable, WorklistTargetValuesTable } from './schema-worklist.js';

export type * from './schema-official-values.js';
export type * from './schema-worklist.js';
export type * from './schema-cards.js';
export type * from './schema-enterprises.js';
export type * from './schema-apartments.js';
export type * from './schema-budgets.js';
export type * from './schema-inkind.js';
export type * from './schema-housing-vouchers.js';
export type * from './schema-projects.js';
export type * from './schema-visits.js';
export type * from './schema-events.js';
export type * from './schema-natives.js';
export type * from './schema-employment-help.js';
export type * from './schema-dividends.js';
export type * from './schema-skills.js';
export type * from './schema-leader-contact.js';
export type * from './schema-matching.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

/** 收款账户 of a person or an employer (migration 002): all three set or all null; the number encrypted like id_enc. */
export interface BankAccountColumns {
  bank_name: string | null;
  bank_account_enc: string | null;
  bank_account_masked: string | null;
}

export interface EmployersTable extends BankAccountColumns {
  id: Generated<number>;
  uscc: string;
  name: string;
  region: string;
  kind: 'enterprise' | 'public_institution' | 'school' | 'hospital';
  key_industry: ColumnType<boolean, boolean | undefined, boolean>;
  sector: string | null;
  /** 单位事实 (migration 007): catalogue facts of the enterprise recorded by clerks (streamers, projects). */
  facts: Json<EmployerFacts>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An employer's facts in the fact catalogue's shape (money in fen). */
export interface EmployerFacts {
  streamers?: Array<Record<string, unknown>>;
  projects?: Array<Record<string, unknown>>;
}

/** A person's talent facts in the fact catalogue's shape (person.urgentMajor …), as recorded by clerks. */
export interface PersonFacts {
  urgentMajor?: boolean;
  freshGraduate?: boolean;
  graduateOf?: string;
}

export interface EducationEntry {
  degree: 'bachelor' | 'master' | 'phd' | 'college';
  fullTime: boolean;
  /** 'world_top' (世界排名前200/“双一流”), 'regular' or undefined when not stated. */
  universityClass?: 'double_first_class' | 'regular';
  school?: string;
  major?: string;
  /** The major as a 教育部学科专业目录 code ('u:080901' 本科专业, 'u:0809' 专业类, 'g:0812' 研究生一级学科): what the 急需紧缺人才目录 is looked up by. */
  majorCode?: string;
  graduated?: string;
}

export interface DeclaredQualification {
  code: string;
  obtained?: string;
}

export interface EmploymentEntry {
  employerId?: number;
  employerName?: string;
  region: string;
  fullTime: boolean;
  post?: 'teacher' | 'doctor' | 'other';
  /** The post's name (岗位名称), matched against a 急需紧缺人才目录 entry that names a post. */
  postName?: string;
  start: string;
  end?: string;
  serviceAgreementYears?: number;
  /** The post's nature, as the rules read it (person.professionalPost …): recorded yes or no, absent when unknown. */
  professionalPost?: boolean;
  employedAsSocialWorker?: boolean;
  shortageFrontlinePost?: boolean;
  healthSystem?: boolean;
  selfEmployed?: boolean;
  /** The employer's HR confirmed this post (date) — 用人单位确认在职. */
  confirmedOn?: string;
}

export interface Housing {
  hasPurchased?: boolean;
  purchase?: { date: string; priceFen: number; isFirst?: boolean; sold?: boolean; soldDate?: string };
  talentApartment?: boolean;
  /** Tenancies of a talent apartment recorded by the apartments module: the fact holds from `from` until the day before `to`. */
  talentApartmentPeriods?: Array<{ from: string; to?: string; tenancyId: number }>;
}

export interface PersonsTable extends BankAccountColumns {
  id: Generated<number>;
  region: string;
  name: string;
  id_hash: string;
  id_enc: string;
  id_masked: string;
  phone_enc: string | null;
  phone_masked: string | null;
  sex: string | null;
  birth_date: string | null;
  employer_id: number | null;
  education: Json<EducationEntry[]>;
  qualifications: Json<DeclaredQualification[]>;
  employment: Json<EmploymentEntry[]>;
  housing: Json<Housing>;
  facts: Json<PersonFacts>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RecordVersionsTable {
  entity: string;
  entity_id: number;
  version: number;
  changed_at: Timestamp;
  changed_by: number | null;
  reason: string | null;
  before: Json | null;
  after: Json;
}

/** unit_reporter and unit_head (migration 009): a work-list unit's reporter and its head; the unit's code is the user's department. */
export type Role = 'talent' | 'employer' | 'clerk' | 'reviewer' | 'leader' | 'admin' | 'unit_reporter' | 'unit_head' | 'partner_verifier' | 'enterprise' | 'helper';

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  role: Role;
  region: string;
  department: string | null;
  person_id: number | null;
  employer_id: number | null;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  created_at: Timestamp;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  password_changed_at: Date | null;
  disabled_at: Date | null;
  disabled_by: number | null;
  disable_reason: string | null;
  demo: ColumnType<boolean, boolean | undefined, boolean>;
  /** The identity provider's staff id this account signs in as (OpenID Connect); null when not linked. */
  oidc_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Date;
  /** How the session was signed in: a password, or the identity provider (OpenID Connect). */
  via: ColumnType<'password' | 'oidc', 'password' | 'oidc' | undefined, 'password' | 'oidc'>;
}

/** A sign-in begun at the identity provider, until it comes back (once) or expires. */
export interface OidcLoginsTable {
  state_hash: string;
  nonce: string;
  code_verifier: string;
  return_to: string | null;
  created_at: Timestamp;
  expires_at: Date;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  address: string;
  at: Timestamp;
}

export interface FilesTable {
  sha256: string;
  mime: string;
  size: number;
  created_at: Timestamp;
}

export interface ApplicationsTable {
  id: Generated<number>;
  matter: string;
  applicant_kind: 'person' | 'employer';
  person_id: number | null;
  employer_id: number | null;
  region: string;
  state: string;
  version: ColumnType<number, number | undefined, number>;
  data: Json<Record<string, unknown>>;
  submitted_on: string | null;
  due_on: string | null;
  paused_workdays: ColumnType<number, number | undefined, number>;
  returned_on: string | null;
  return_count: ColumnType<number, number | undefined, number>;
  missing: Json<string[]> | null;
  amount_fen: number | null;
  /** The benefit period the application claims (one open application per applicant, matter and period). */
  period_key: string;
  /** Rules (keys, see DecisionRule) left open by the decisions so far: facts still missing (migration 007). */
  open_rules: Json<string[]>;
  overdue_flagged_at: Date | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationFilesTable {
  id: Generated<number>;
  application_id: number;
  material: string;
  sha256: string;
  name: string;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

export interface ApplicationEventsTable {
  id: Generated<number>;
  application_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: number | null;
  reason: string | null;
  at: Timestamp;
}

export interface ReviewsTable {
  application_id: number;
  department: string;
  decision: 'approve' | 'reject' | null;
  reason: string | null;
  reviewer_id: number | null;
  at: Date | null;
}

/** One rule (or one row of a per-row rule, key `rule:list[index]`) decided in a decision. */
export interface DecisionRule {
  key: string;
  rule: string;
  name: string;
  /** granted / up_to (capped, amount evaluated) / not_eligible / closed (facts never supplied). */
  status: 'granted' | 'up_to' | 'not_eligible' | 'closed';
  computedFen: number;
  reason?: string;
}

/** A rule left open by a decision: what is missing to decide it. */
export interface OpenRule {
  key: string;
  rule: string;
  name: string;
  /** Each missing fact with its label and where it is recorded (home: the kind of home, see fact-homes.ts). */
  missing: Array<{ fact: string; label: string; where?: string; home?: string }>;
}

export interface DecisionsTable {
  application_id: number;
  /** 1 for the first decision; later decisions decide rules the earlier ones left open (migration 007). */
  seq: ColumnType<number, number | undefined, number>;
  /** An adjusted amount waiting for its second approver. */
  pending: ColumnType<boolean, boolean | undefined, boolean>;
  rules: Json<DecisionRule[]>;
  open: Json<OpenRule[]>;
  as_of: string;
  policies: Json<Array<{ id: string; version: string }>>;
  facts_hash: string;
  facts: Json;
  entitlements: Json;
  computed_fen: number;
  approved_fen: number;
  adjustment_reason: string | null;
  decided_by: number | null;
  second_approver: number | null;
  /** The envelopes the decision's grants would exceed, as the approver saw them (migration 017). */
  budget_excess: ColumnType<BudgetExcess[] | null, string | null | undefined, string | null>;
  /** The second approver's reason for approving beyond the envelope. */
  budget_override_reason: string | null;
  created_at: Timestamp;
}

export interface RecognitionsTable {
  id: Generated<number>;
  person_id: number;
  application_id: number | null;
  qualifications: Json<DeclaredQualification[]>;
  tier_art19: number | null;
  tier_art20: number | null;
  basis: string | null;
  valid_from: string;
  valid_to: string | null;
  recognised_by: number | null;
  created_at: Timestamp;
  /** 撤销认定: from this date on the recognition no longer counts (with who and why). */
  revoked_on: string | null;
  revoked_by: number | null;
  revoke_reason: string | null;
  /** Facts this recognition establishes besides qualifications and tiers, catalogue-shaped under person (migration 007). */
  facts: Json<Record<string, unknown>>;
}

/** A run of a scheduled job (migration 010): one per job and slot (the day it is for, or a run by hand). */
export interface JobRunsTable {
  id: Generated<number>;
  job: string;
  slot: string;
  trigger: 'schedule' | 'manual';
  started_at: Timestamp;
  finished_at: Date | null;
  /** null while running. */
  outcome: 'ok' | 'failed' | null;
  attempts: ColumnType<number, number | undefined, number>;
  error: string | null;
  result: Json<Record<string, unknown>> | null;
  actor_id: number | null;
}

export interface MessagesTable {
  id: Generated<number>;
  user_id: number | null;
  person_id: number | null;
  employer_id: number | null;
  application_id: number | null;
  text: string;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface FiscalSharesTable {
  region: string;
  city_pct: number;
  updated_by: number | null;
  updated_at: Timestamp;
}

export interface PaymentBatchesTable {
  id: Generated<number>;
  region: string;
  state: 'open' | 'paid';
  total_fen: number;
  items: number;
  created_by: number | null;
  created_at: Timestamp;
  paid_at: Date | null;
  idempotency_key: string;
}

export type LedgerKind = 'grant' | 'payment' | 'refund_receivable' | 'refund_received';

export interface LedgerTable {
  id: Generated<number>;
  kind: LedgerKind;
  application_id: number | null;
  person_id: number | null;
  employer_id: number | null;
  region: string;
  rule: string;
  benefit: string;
  clause: string;
  payer: string;
  year: number | null;
  due_on: string | null;
  amount_fen: number;
  city_fen: number;
  county_fen: number;
  unit_fen: number;
  instalment_key: string;
  subject_key: string | null;
  /** The person a grant is for when not the payee (an enterprise's expert), migration 007. */
  subject_person_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The household a 天台 和盈 dividend is paid to (neither a person nor an employer), migration 025. */
  household_id: ColumnType<number | null, number | null | undefined, number | null>;
  batch_id: number | null;
  idempotency_key: string;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface BatchItemsTable {
  batch_id: number;
  instalment_key: string;
  amount_fen: number;
}

export interface CalendarDaysTable {
  date: string;
  off_day: boolean;
  name: string;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
}

export interface IdempotencyTable {
  key: string;
  scope: string;
  response: Json;
  created_at: Timestamp;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: Date;
  actor_id: number | null;
  actor_role: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  region: string | null;
  detail: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
  /** The audit key the row's HMAC was made with (migration 006); null for rows hashed before. */
  key_id: string | null;
}

export interface DB {
  employers: EmployersTable;
  persons: PersonsTable;
  record_versions: RecordVersionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  oidc_logins: OidcLoginsTable;
  files: FilesTable;
  applications: ApplicationsTable;
  application_files: ApplicationFilesTable;
  application_events: ApplicationEventsTable;
  reviews: ReviewsTable;
  decisions: DecisionsTable;
  recognitions: RecognitionsTable;
  messages: MessagesTable;
  fiscal_shares: FiscalSharesTable;
  payment_batches: PaymentBatchesTable;
  ledger: LedgerTable;
  batch_items: BatchItemsTable;
  calendar_days: CalendarDaysTable;
  calendar_years: CalendarYearsTable;
  idempotency: IdempotencyTable;
  audit_log: AuditLogTable;
  official_values: OfficialValuesTable;
  worklist_reports: WorklistReportsTable;
  worklist_report_events: WorklistReportEventsTable;
  worklist_report_files: WorklistReportFilesTable;
  worklist_target_values: WorklistTargetValuesTable;
  worklist_splits: WorklistSplitsTable;
  worklist_notices: WorklistNoticesTable;
  worklist_milestones: WorklistMilestonesTable;
  job_runs: JobRunsTable;
  card_partners: CardPartnersTable;
  talent_cards: TalentCardsTable;
  card_uses: CardUsesTable;
  enterprises: EnterprisesTable;
  enterprise_problems: EnterpriseProblemsTable;
  enterprise_problem_events: EnterpriseProblemEventsTable;
  enterprise_demands: EnterpriseDemandsTable;
  enterprise_ctos: EnterpriseCtosTable;
  apartments: ApartmentsTable;
  apartment_waitlist: ApartmentWaitlistTable;
  apartment_tenancies: ApartmentTenanciesTable;
  budgets: BudgetsTable;
  budget_commitments: BudgetCommitmentsTable;
  budget_versions: BudgetVersionsTable;
  inkind_school_requests: InkindSchoolRequestsTable;
  inkind_health_slots: InkindHealthSlotsTable;
  inkind_health_bookings: InkindHealthBookingsTable;
  inkind_vouchers: InkindVouchersTable;
  inkind_voucher_redemptions: InkindVoucherRedemptionsTable;
  inkind_loan_referrals: InkindLoanReferralsTable;
  inkind_county_recommendations: InkindCountyRecommendationsTable;
  housing_sellers: HousingSellersTable;
  housing_vouchers: HousingVouchersTable;
  talent_catalogues: TalentCataloguesTable;
  talent_catalogue_entries: TalentCatalogueEntriesTable;
  housing_voucher_redemptions: HousingVoucherRedemptionsTable;
  projects: ProjectsTable;
  project_versions: ProjectVersionsTable;
  project_assessments: ProjectAssessmentsTable;
  project_instalments: ProjectInstalmentsTable;
  project_clawbacks: ProjectClawbacksTable;
  visits: VisitsTable;
  event_series: EventSeriesTable;
  events: EventsTable;
  event_posts: EventPostsTable;
  event_registrations: EventRegistrationsTable;
  event_outcomes: EventOutcomesTable;
  visit_problems: VisitProblemsTable;
  native_students: NativeStudentsTable;
  native_student_activities: NativeStudentActivitiesTable;
  native_student_participants: NativeStudentParticipantsTable;
  rural_talents: RuralTalentsTable;
  rural_talent_trainings: RuralTalentTrainingsTable;
  employment_help_areas: EmploymentHelpAreasTable;
  employment_help_persons: EmploymentHelpPersonsTable;
  employment_help_assignments: EmploymentHelpAssignmentsTable;
  employment_help_contacts: EmploymentHelpContactsTable;
  employment_help_outcomes: EmploymentHelpOutcomesTable;
  dividend_households: DividendHouseholdsTable;
  dividend_household_events: DividendHouseholdEventsTable;
  dividend_rounds: DividendRoundsTable;
  dividend_pay_runs: DividendPayRunsTable;
  dividend_payouts: DividendPayoutsTable;
  skill_standards: SkillStandardsTable;
  skill_standard_versions: SkillStandardVersionsTable;
  skill_items: SkillItemsTable;
  skill_sessions: SkillSessionsTable;
  skill_candidates: SkillCandidatesTable;
  skill_certificates: SkillCertificatesTable;
  skill_licences: SkillLicencesTable;
  skill_recognition_batches: SkillRecognitionBatchesTable;
  skill_recognitions: SkillRecognitionsTable;
  leader_assignments: LeaderAssignmentsTable;
  leader_contacts: LeaderContactsTable;
  leader_contact_problems: LeaderContactProblemsTable;
  service_teams: ServiceTeamsTable;
  service_team_pool_problems: ServiceTeamPoolProblemsTable;
  satisfaction_surveys: SatisfactionSurveysTable;
  satisfaction_answers: SatisfactionAnswersTable;
  matching_profiles: MatchingProfilesTable;
  matching_requests: MatchingRequestsTable;
}
