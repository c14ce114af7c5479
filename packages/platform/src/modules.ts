// The platform's module map, bottom to top: what each module is for, the tables only it touches,
// and the modules below it that it uses (always through their index). The boundaries test holds the
// code to this map, and docs/architecture.md explains it.

export interface ModuleSpec {
  /** The folder under packages/platform/src. */
  name: string;
  /** 'shared': a mechanism every domain stands on (it uses no domain); 'domain': a part of the product. */
  kind: 'shared' | 'domain';
  says: string;
  /** Tables only this module's code reads or writes. */
  tables: readonly string[];
  /** Modules it uses, each listed before it here. */
  uses: readonly string[];
}

export const MODULES: readonly ModuleSpec[] = [
  { name: 'shared', kind: 'shared', says: 'the platform context, the caller and what they may see, errors, paging', tables: [], uses: [] },
  { name: 'tables', kind: 'shared', says: 'uploaded .xlsx and .csv tables read within bounds in a worker thread', tables: [], uses: ['shared'] },
  { name: 'at-rest', kind: 'shared', says: 'data keys, owner and app database roles, file modes, audit anchors', tables: [], uses: [] },
  { name: 'calendar', kind: 'shared', says: 'the working-day calendar deadlines are counted on', tables: ['calendar_days', 'calendar_years'], uses: ['shared'] },
  { name: 'messages', kind: 'shared', says: 'in-app messages: sent by every module, read by their recipient', tables: ['messages'], uses: ['shared'] },
  { name: 'workflow', kind: 'shared', says: 'the workflow engine: states, actions, roles, working-day deadlines, escalation', tables: [], uses: ['shared', 'messages'] },
  { name: 'signing', kind: 'shared', says: 'signed credentials (Ed25519 JWS) and the public keys that verify them', tables: [], uses: ['shared'] },
  { name: 'facts', kind: 'shared', says: 'where each fact the rules read lives, and catalogue-shaped fact input', tables: [], uses: ['shared'] },
  { name: 'matters', kind: 'shared', says: 'the catalogue of service matters', tables: [], uses: [] },
  { name: 'ledger', kind: 'shared', says: 'the payment ledger: grants, payments and refunds, each exactly once', tables: ['ledger', 'fiscal_shares'], uses: ['shared'] },
  { name: 'talent-catalogue', kind: 'domain', says: 'the Ministry of Education’s discipline codes and the 急需紧缺人才目录: versions compiled and published by the talent office, looked up by the rules’ fact 急需紧缺专业', tables: ['talent_catalogues', 'talent_catalogue_entries'], uses: ['shared'] },
  { name: 'accounts', kind: 'domain', says: 'accounts, sessions and sign-in', tables: ['users', 'sessions', 'login_failures'], uses: ['shared'] },
  { name: 'registry', kind: 'domain', says: 'persons, employers and their recognitions; the profile the rules read', tables: ['persons', 'employers', 'record_versions', 'recognitions'], uses: ['shared', 'facts', 'messages', 'ledger', 'talent-catalogue', 'accounts'] },
  { name: 'projects', kind: 'domain', says: 'projects, teams and platforms (双领 projects, 飞地 teams and projects, academician, postdoc and doctoral stations, engineer centres, startup parks): versioned records with people and yearly assessments; the staged 双领 money and its clawback', tables: ['projects', 'project_versions', 'project_assessments', 'project_instalments', 'project_clawbacks'], uses: ['shared', 'ledger', 'accounts', 'registry'] },
  { name: 'oidc', kind: 'domain', says: 'sign-in through the government’s identity provider (OpenID Connect) into linked accounts', tables: ['oidc_logins'], uses: ['shared', 'accounts', 'registry'] },
  { name: 'applications', kind: 'domain', says: 'filing, evidence, submission, returns, the queue, deadlines and escalation', tables: ['applications', 'application_events', 'application_files', 'files'], uses: ['shared', 'messages', 'workflow', 'facts', 'matters', 'ledger', 'accounts', 'registry', 'projects'] },
  { name: 'review', kind: 'domain', says: 'joint review: acceptance, routing to departments, their opinions', tables: ['reviews'], uses: ['shared', 'matters', 'applications'] },
  { name: 'budgets', kind: 'domain', says: 'budget envelopes (预算额度) per fund, payer, region and year: committed, paid and remaining from the ledger; the check an approval goes through', tables: ['budgets', 'budget_versions', 'budget_commitments'], uses: ['shared', 'ledger', 'accounts'] },
  { name: 'decisions', kind: 'domain', says: 'computing, deciding rule by rule, adjusting with a second approver, receipts', tables: ['decisions'], uses: ['shared', 'messages', 'facts', 'matters', 'ledger', 'registry', 'applications', 'review', 'budgets', 'projects'] },
  { name: 'payments', kind: 'domain', says: 'paying due instalments: single transfers and batches for the finance bureau', tables: ['payment_batches', 'batch_items'], uses: ['shared', 'tables', 'ledger', 'registry', 'applications'] },
  { name: 'official-values', kind: 'domain', says: 'official parameter values, proposed and confirmed by two officials', tables: ['official_values'], uses: ['shared', 'messages', 'matters', 'accounts', 'applications', 'decisions'] },
  { name: 'proactive', kind: 'domain', says: 'proactive eligibility (免申即享) and a talent’s own entitlements', tables: [], uses: ['shared', 'matters', 'registry', 'applications'] },
  { name: 'native-students', kind: 'domain', says: '衢籍大学生 database: students and graduates from the city (native place from the ID and the declared 户籍, a mismatch flagged), consent to contact, the Excel import, 家乡行 activities and internships, who returned to work in the city (a registry match)', tables: ['native_students', 'native_student_activities', 'native_student_participants'], uses: ['shared', 'tables', 'registry'] },
  { name: 'rural-talent', kind: 'domain', says: '乡土人才 three-level database (county, township, village by division code): speciality, level, training received, counts, the 村播 figures of work item 9.3', tables: ['rural_talents', 'rural_talent_trainings'], uses: ['shared'] },
  { name: 'cards', kind: 'domain', says: 'the electronic talent card (人才码): issuance, signed codes, the status list, partners’ verification and uses', tables: ['talent_cards', 'card_partners', 'card_uses'], uses: ['shared', 'signing', 'messages', 'registry'] },
  { name: 'inkind', kind: 'domain', says: 'in-kind services: 子女就学 placements through joint review with 教育局, health-check bookings at partner hospitals, 教育券 redeemed once at a school, 特优贷 referrals to partner banks, counties’ recommendations accepted by the city', tables: ['inkind_school_requests', 'inkind_health_slots', 'inkind_health_bookings', 'inkind_vouchers', 'inkind_voucher_redemptions', 'inkind_loan_referrals', 'inkind_county_recommendations'], uses: ['shared', 'messages', 'registry', 'applications', 'decisions', 'cards'] },
  { name: 'housing-vouchers', kind: 'domain', says: '椒江 人才房票: issued after the 房票联审 with the amount and validity set within local parameters, redeemed once by a registered seller against a purchase contract, the value entering the ledger when redeemed', tables: ['housing_sellers', 'housing_vouchers', 'housing_voucher_redemptions'], uses: ['shared', 'messages', 'ledger', 'registry', 'applications', 'decisions', 'cards', 'budgets', 'accounts'] },
  { name: 'import-export', kind: 'domain', says: 'bulk imports, their templates, and formula-safe exports', tables: [], uses: ['shared', 'tables', 'registry', 'applications'] },
  { name: 'application-view', kind: 'domain', says: 'an application as people read it, assembled from the modules that own its parts', tables: [], uses: ['shared', 'matters', 'ledger', 'accounts', 'registry', 'projects', 'applications', 'review', 'decisions'] },
  { name: 'enterprises', kind: 'domain', says: 'enterprises’ self-registration and verification, the problem pool answered within promised working days, talent demands, the enterprise code (企业码), the designated chief technology officers (首席技术官), compiling the 急需紧缺人才目录 from demands and the demand white paper', tables: ['enterprises', 'enterprise_problems', 'enterprise_problem_events', 'enterprise_demands', 'enterprise_ctos'], uses: ['shared', 'messages', 'workflow', 'talent-catalogue', 'accounts', 'registry', 'signing'] },
  { name: 'apartments', kind: 'domain', says: 'talent apartments (人才公寓): the stock, the waiting list approved applications enter, offers, move-in (the registry fact from that day) and tenancy end', tables: ['apartments', 'apartment_waitlist', 'apartment_tenancies'], uses: ['shared', 'messages', 'registry', 'applications'] },
  { name: 'visits', kind: 'domain', says: 'cadres’ visits to enterprises (走访): the visit log, problems found put into the problem pool in the same step, coverage per county and year', tables: ['visits', 'visit_problems'], uses: ['shared', 'accounts', 'enterprises'] },
  { name: 'matching', kind: 'domain', says: '人岗匹配: talents who opt in to be found with their wishes, an enterprise’s masked candidates for its demand ranked by fit with the reasons (the fit employment-help’s job matching shares), contact requests the talent accepts or declines, audited reveals of name and phone', tables: ['matching_profiles', 'matching_requests'], uses: ['shared', 'messages', 'talent-catalogue', 'registry', 'enterprises'] },
  { name: 'employment-help', kind: 'domain', says: 'help for key employment groups (就业帮扶, 温岭): a dynamic file per person, community helpers and their communities, one-to-one assignment, the contact log, job matching against enterprises’ open demands, outcomes, figures by county and month', tables: ['employment_help_areas', 'employment_help_persons', 'employment_help_assignments', 'employment_help_contacts', 'employment_help_outcomes'], uses: ['shared', 'accounts', 'enterprises', 'matching'] },
  { name: 'dividends', kind: 'domain', says: '天台 和盈模式 shareholding dividends: the civil-affairs low-income list, selection of shareholding households (village verification, joint review, township notice, filing) with the notice list, yearly rounds paid through the ledger once per household and year', tables: ['dividend_households', 'dividend_household_events', 'dividend_rounds', 'dividend_pay_runs', 'dividend_payouts'], uses: ['shared', 'tables', 'workflow', 'ledger', 'cards'] },
  { name: 'skills', kind: 'domain', says: 'special-ability standards (专项职业能力考核规范) as versioned documents with a syllabus and a question bank; assessment sessions, scores and signed certificates with a public check; 职业技能等级认定 by licensed enterprises and its counts', tables: ['skill_standards', 'skill_standard_versions', 'skill_items', 'skill_sessions', 'skill_candidates', 'skill_certificates', 'skill_licences', 'skill_recognition_batches', 'skill_recognitions'], uses: ['shared', 'signing', 'accounts', 'registry', 'enterprises'] },
  { name: 'leader-contact', kind: 'domain', says: 'leaders’ contact with high-level talents (领导联系服务高层次人才): assignments, contact records with the problems raised (to the enterprises’ pool, else its own list), coverage, service teams (人才服务团) and their solved problems, the yearly satisfaction survey with results by county', tables: ['leader_assignments', 'leader_contacts', 'leader_contact_problems', 'service_teams', 'service_team_pool_problems', 'satisfaction_surveys', 'satisfaction_answers'], uses: ['shared', 'accounts', 'registry', 'inkind', 'enterprises'] },
  { name: 'events', kind: 'domain', says: 'recruitment events and talent activities (活动): events by kind and county, series with a rotating host (轮值), posts from enterprises’ open demands, registration with a signed check-in code, check-in, feedback, interview and offer outcomes, figures by source, county and month', tables: ['event_series', 'events', 'event_posts', 'event_registrations', 'event_outcomes'], uses: ['shared', 'signing', 'accounts', 'registry', 'enterprises'] },
  { name: 'dashboard', kind: 'domain', says: 'the leaders’ dashboard and its workbook', tables: [], uses: ['shared', 'ledger', 'registry', 'applications', 'budgets', 'enterprises'] },
  { name: 'worklist', kind: 'domain', says: 'the work list and its 2025 targets: units’ reports, computed indicators, progress, the briefing', tables: ['worklist_reports', 'worklist_report_events', 'worklist_report_files', 'worklist_target_values', 'worklist_splits', 'worklist_notices', 'worklist_milestones'], uses: ['shared', 'messages', 'workflow', 'accounts', 'registry', 'projects', 'skills', 'native-students', 'rural-talent', 'enterprises', 'leader-contact', 'events'] },
  { name: 'demo', kind: 'domain', says: 'synthetic demo data, made through the same services as real work', tables: [], uses: ['shared', 'accounts', 'registry', 'matters', 'applications', 'review', 'decisions', 'payments', 'worklist', 'cards', 'budgets', 'talent-catalogue', 'enterprises', 'apartments', 'inkind', 'projects', 'housing-vouchers', 'visits', 'native-students', 'rural-talent', 'employment-help', 'dividends', 'skills', 'leader-contact', 'matching', 'events'] },
  { name: 'jobs', kind: 'domain', says: 'scheduled jobs (escalation, work-list notices, proactive screening), each run once per schedule, and their runs; the queue itself is pg-boss’s own schema pgboss on a PostgreSQL server', tables: ['job_runs'], uses: ['shared', 'applications', 'proactive', 'worklist', 'enterprises'] },
];

/** Tables of the store itself (the audit chain, and a table no module uses yet): no platform module touches them. */
export const STORE_TABLES: readonly string[] = ['audit_log', 'idempotency'];

/** Reads of another module's table kept on purpose, each with why (docs/architecture.md lists them). */
export const EXCEPTIONS: ReadonlyArray<{ module: string; table: string; why: string }> = [
  {
    module: 'ledger',
    table: 'applications',
    why: 'salary-subsidy grants booked before the ledger recorded the claimed year and the expert (one line per application) take both from their application’s form when the caps count them; no row booked since needs it',
  },
];
