// The platform's REST API under /api/v1, one file per domain (the same names as the modules of
// @rencai/platform): each route reads the caller from the session and calls one platform service;
// errors are {error, errors:[{path, message}]} in Chinese with 400/401/403/404/409/422/429.

import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type * as P from '@rencai/platform';
import type { PublicLimits } from '../rate-limits.js';
import { UPLOAD_LIMITS } from '../platform/upload-body.js';
import { accountsRoutes } from './accounts.js';
import { oidcRoutes } from './oidc.js';
import { registryRoutes } from './registry.js';
import { importExportRoutes } from './import-export.js';
import { applicationsRoutes } from './applications.js';
import { reviewRoutes } from './review.js';
import { decisionsRoutes } from './decisions.js';
import { messagesRoutes } from './messages.js';
import { proactiveRoutes } from './proactive.js';
import { ledgerRoutes } from './ledger.js';
import { paymentsRoutes } from './payments.js';
import { dashboardRoutes } from './dashboard.js';
import { calendarRoutes } from './calendar.js';
import { auditRoutes } from './audit.js';
import { officialValuesRoutes } from './official-values.js';
import { signingRoutes } from './signing.js';
import { worklistRoutes } from './worklist.js';
import { jobsRoutes } from './jobs.js';
import { cardsRoutes } from './cards.js';
import { enterprisesRoutes } from './enterprises.js';
import { talentCatalogueRoutes } from './talent-catalogue.js';
import { apartmentsRoutes } from './apartments.js';
import { budgetsRoutes } from './budgets.js';
import { inkindRoutes } from './inkind.js';
import { housingVoucherRoutes } from './housing-vouchers.js';
import { projectRoutes } from './projects.js';
import { visitsRoutes } from './visits.js';
import { nativeStudentsRoutes } from './native-students.js';
import { ruralTalentRoutes } from './rural-talent.js';
import { employmentHelpRoutes } from './employment-help.js';
import { leaderContactRoutes } from './leader-contact.js';
import { dividendsRoutes } from './dividends.js';
import { skillsRoutes } from './skills.js';
import { matchingRoutes } from './matching.js';
import { eventsRoutes } from './events.js';

/** `browse`: the per-address limit of the public read-only lists (sign-in has its own). */
export async function registerPlatformRoutes(app: FastifyInstance, p: P.Platform, browse: PublicLimits['browse'] = false): Promise<void> {
  await app.register(cookie);
  await app.register(multipart, { limits: UPLOAD_LIMITS });
  // Rate limits: @fastify/rate-limit is registered by the app (apps/server/src/app.ts).
  accountsRoutes(app, p, browse);
  oidcRoutes(app, p, browse);
  registryRoutes(app, p, browse);
  importExportRoutes(app, p);
  applicationsRoutes(app, p, browse);
  reviewRoutes(app, p);
  decisionsRoutes(app, p);
  messagesRoutes(app, p);
  proactiveRoutes(app, p);
  ledgerRoutes(app, p);
  paymentsRoutes(app, p);
  dashboardRoutes(app, p);
  calendarRoutes(app, p);
  auditRoutes(app, p);
  officialValuesRoutes(app, p);
  worklistRoutes(app, p);
  jobsRoutes(app, p);
  cardsRoutes(app, p, browse);
  enterprisesRoutes(app, p, browse);
  talentCatalogueRoutes(app, p);
  apartmentsRoutes(app, p);
  budgetsRoutes(app, p);
  inkindRoutes(app, p);
  housingVoucherRoutes(app, p);
  projectRoutes(app, p);
  visitsRoutes(app, p);
  nativeStudentsRoutes(app, p);
  ruralTalentRoutes(app, p);
  employmentHelpRoutes(app, p);
  leaderContactRoutes(app, p);
  dividendsRoutes(app, p);
  skillsRoutes(app, p, browse);
  matchingRoutes(app, p);
  eventsRoutes(app, p, browse);
  signingRoutes(app, p, browse);
}
