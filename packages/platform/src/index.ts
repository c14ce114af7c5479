// @rencai/platform: the services behind the one-stop platform, one module per domain (modules.ts,
// docs/architecture.md) — accounts, the registry, applications with joint review and decisions,
// sign-in through the government's identity provider, the ledger and payments, official values, proactive screening, the dashboard, imports and
// exports, demo data — on shared mechanisms (the workflow engine, signing, messages, the calendar,
// upload tables, data at rest), and the scheduled jobs that run them. Every function takes the platform context and the caller.
export * from './shared/index.js';
export * from './create-platform.js';
export * from './tables/index.js';
export * from './at-rest/index.js';
export * from './calendar/index.js';
export * from './messages/index.js';
export * from './workflow/index.js';
export * from './signing/index.js';
export * from './facts/index.js';
export * from './matters/index.js';
export * from './ledger/index.js';
export * from './accounts/index.js';
export * from './registry/index.js';
export * from './projects/index.js';
export * from './oidc/index.js';
export * from './applications/index.js';
export * from './review/index.js';
export * from './budgets/index.js';
export * from './decisions/index.js';
export * from './payments/index.js';
export * from './official-values/index.js';
export * from './proactive/index.js';
export * from './dashboard/index.js';
export * from './worklist/index.js';
export * from './cards/index.js';
export * from './inkind/index.js';
export * from './housing-vouchers/index.js';
export * from './import-export/index.js';
export * from './application-view/index.js';
export * from './talent-catalogue/index.js';
export * from './enterprises/index.js';
export * from './apartments/index.js';
export * from './visits/index.js';
export * from './leader-contact/index.js';
export * from './events/index.js';
export * from './native-students/index.js';
export * from './rural-talent/index.js';
export * from './matching/index.js';
export * from './employment-help/index.js';
export * from './dividends/index.js';
export * from './skills/index.js';
export * from './demo/index.js';
export * from './jobs/index.js';
