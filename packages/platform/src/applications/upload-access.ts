// Who may upload evidence to an application, decided before the upload's body is read: the
// application must be one the caller can see (out of scope answers 404, like a missing one) and
// the caller its applicant or a clerk. Whether its state still takes materials is attachFile's
// check, made once the file is in.

import { type Platform, type Caller, forbidden, notFound } from '../shared/index.js';
import { applicationsInScope, isApplicant } from './applications.js';

export async function mayUploadTo(p: Platform, c: Caller, applicationId: number): Promise<void> {
  if (!Number.isSafeInteger(applicationId) || applicationId <= 0) throw notFound('该申报件');
  const app = await applicationsInScope(p, c).select(['applications.person_id', 'applications.employer_id', 'applications.applicant_kind']).where('applications.id', '=', applicationId).executeTakeFirst();
  if (!app) throw notFound('该申报件（或无权查看）');
  if (!isApplicant(c, app) && !(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有申报人或经办人员可以上传材料');
}
