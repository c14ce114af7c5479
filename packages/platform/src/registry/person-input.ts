// Validation of person and employer records as clerks, imports and talents send them: every bad
// field is reported with its path and a Chinese reason; values come back normalised (money in fen).

import { formatDay, isValidDateString, parseDay, yuanToFen } from '@rencai/engine';
import { checkPhone, parseBankAccount, parseBankName, parseIdCard, parseUscc, type IdCardInfo } from '@rencai/domain';
import { qualificationIndex, REGIONS } from '@rencai/policies';
import type { DeclaredQualification, EducationEntry, EmployerFacts, EmploymentEntry, Housing, PersonFacts } from '@rencai/store';
import type { FieldError } from '../shared/index.js';
import { isDisciplineKey } from '../talent-catalogue/index.js';
import { readCatalogueFacts, unknownQualification, FACT_HOMES, type FactHome, type HomeKind } from '../facts/index.js';

export interface PersonInput {
  idNumber?: unknown;
  name?: unknown;
  phone?: unknown;
  region?: unknown;
  employerId?: unknown;
  education?: unknown;
  qualifications?: unknown;
  employment?: unknown;
  housing?: unknown;
  facts?: unknown;
  bankName?: unknown;
  bankAccount?: unknown;
}

/** 收款账户 as given: both set, or null to remove the registered account. */
export type BankValues = { name: string; account: string } | null;

export interface PersonValues {
  id?: IdCardInfo;
  name?: string;
  phone?: string | null;
  region?: string;
  employerId?: number | null;
  education?: EducationEntry[];
  qualifications?: DeclaredQualification[];
  employment?: EmploymentEntry[];
  housing?: Housing;
  facts?: PersonFacts;
  bank?: BankValues;
}

/** Top-level catalogue names whose home is the given part of the registry. */
const homedIn = (kind: HomeKind): string[] => Object.entries(FACT_HOMES as Record<string, FactHome>).filter(([n, h]) => h.kind === kind && !n.includes('[]')).map(([n]) => n);

/** The yes/no facts of a post (employment entry), as the rules read them (person.<name>). */
export const POST_FACTS = ['professionalPost', 'employedAsSocialWorker', 'shortageFrontlinePost', 'healthSystem', 'selfEmployed'] as const;

/** The fields a talent may change on their own record, and HR on their organisation's. */
export const BANK_FIELDS = ['bankName', 'bankAccount'] as const;

const REGION_CODES = new Set(REGIONS.map((r) => r.code));
const DEGREES = ['college', 'bachelor', 'master', 'phd'] as const;
const POSTS = ['teacher', 'doctor', 'other'] as const;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function regionOf(v: unknown, path: string, errors: FieldError[]): string | undefined {
  if (typeof v === 'string') {
    const byName = REGIONS.find((r) => r.name === v.trim());
    if (REGION_CODES.has(v)) return v;
    if (byName) return byName.code;
  }
  errors.push({ path, message: `地区应为 ${REGIONS.map((r) => `${r.code}（${r.name}）`).join('、')} 之一` });
  return undefined;
}

function date(v: unknown, path: string, errors: FieldError[], today: number): string | undefined {
  if (typeof v !== 'string' || !isValidDateString(v)) {
    errors.push({ path, message: '日期应为 YYYY-MM-DD 格式的有效日期' });
    return undefined;
  }
  if (parseDay(v) > today + 3660) {
    errors.push({ path, message: '日期过远' });
    return undefined;
  }
  return v;
}

function bool(v: unknown, path: string, errors: FieldError[]): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === '是') return true;
  if (v === '否') return false;
  errors.push({ path, message: '应为 true/false（是/否）' });
  return undefined;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * 开户银行 + 银行账号, both or neither: both blank (null or '') removes the account; one without the
 * other is an error on the missing one. `undefined` when neither field was sent.
 */
function readBank(i: { bankName?: unknown; bankAccount?: unknown }, errors: FieldError[]): BankValues | undefined {
  if (i.bankName === undefined && i.bankAccount === undefined) return undefined;
  if (blank(i.bankName) && blank(i.bankAccount)) return null;
  if (blank(i.bankName)) {
    errors.push({ path: 'bankName', message: '填写银行账号时须同时填写开户银行' });
    return undefined;
  }
  if (blank(i.bankAccount)) {
    errors.push({ path: 'bankAccount', message: '填写开户银行时须同时填写银行账号' });
    return undefined;
  }
  const name = parseBankName(i.bankName);
  const account = parseBankAccount(i.bankAccount);
  if (!name.ok) errors.push({ path: 'bankName', message: name.reason });
  if (!account.ok) errors.push({ path: 'bankAccount', message: account.reason });
  return name.ok && account.ok ? { name: name.value, account: account.value } : undefined;
}

/** Validates the fields present (`full`: a new record, so the required ones must be there). */
export function readPerson(input: unknown, today: number, full: boolean): { values: PersonValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: PersonValues = {};
  if (!isObj(input)) return { values, errors: [{ path: '', message: '请求体应为对象' }] };
  const known = ['idNumber', 'name', 'phone', 'region', 'employerId', 'education', 'qualifications', 'employment', 'housing', 'facts', ...BANK_FIELDS];
  for (const k of Object.keys(input)) if (!known.includes(k)) errors.push({ path: k, message: `未知字段，可用字段：${known.join('、')}` });
  const i = input as PersonInput;

  if (i.idNumber !== undefined || full) {
    const r = parseIdCard(i.idNumber, today);
    if (r.ok) values.id = r.value;
    else errors.push({ path: 'idNumber', message: i.idNumber === undefined || i.idNumber === '' ? '请填写身份证号' : r.reason });
  }
  if (i.name !== undefined || full) {
    if (typeof i.name === 'string' && i.name.trim().length >= 1 && i.name.trim().length <= 50) values.name = i.name.trim();
    else errors.push({ path: 'name', message: '请填写姓名（1–50 字）' });
  }
  if (i.phone !== undefined && i.phone !== null && i.phone !== '') {
    const r = checkPhone(i.phone);
    if (r.ok) values.phone = r.value;
    else errors.push({ path: 'phone', message: r.reason });
  } else if (i.phone === null || i.phone === '') values.phone = null;
  if (i.region !== undefined || full) values.region = regionOf(i.region, 'region', errors);
  if (i.employerId !== undefined) {
    if (i.employerId === null) values.employerId = null;
    else if (Number.isSafeInteger(i.employerId) && (i.employerId as number) > 0) values.employerId = i.employerId as number;
    else errors.push({ path: 'employerId', message: '单位编号应为正整数' });
  }
  if (i.education !== undefined) {
    if (!Array.isArray(i.education)) errors.push({ path: 'education', message: '学历应为列表' });
    else
      values.education = i.education.map((e, n) => {
        const p = `education[${n}]`;
        const o = isObj(e) ? e : {};
        if (!isObj(e)) errors.push({ path: p, message: '应为对象' });
        const degree = DEGREES.includes(o.degree as (typeof DEGREES)[number]) ? (o.degree as EducationEntry['degree']) : undefined;
        if (!degree) errors.push({ path: `${p}.degree`, message: '学历应为 college（专科）、bachelor（本科）、master（硕士）、phd（博士）之一' });
        const fullTime = bool(o.fullTime, `${p}.fullTime`, errors);
        const entry: EducationEntry = { degree: degree ?? 'bachelor', fullTime: fullTime ?? false };
        if (o.universityClass !== undefined) {
          if (o.universityClass === 'double_first_class' || o.universityClass === 'regular') entry.universityClass = o.universityClass;
          else errors.push({ path: `${p}.universityClass`, message: '院校类别应为 double_first_class（“双一流”/世界前200）或 regular' });
        }
        if (typeof o.school === 'string') entry.school = o.school;
        if (typeof o.major === 'string') entry.major = o.major;
        if (o.majorCode !== undefined && o.majorCode !== null && o.majorCode !== '') {
          if (isDisciplineKey(o.majorCode)) entry.majorCode = o.majorCode;
          else errors.push({ path: `${p}.majorCode`, message: '专业代码应从教育部学科专业目录中选择（如本科专业 u:080901、专业类 u:0809、研究生一级学科 g:0812）' });
        }
        if (o.graduated !== undefined) entry.graduated = date(o.graduated, `${p}.graduated`, errors, today);
        return entry;
      });
  }
  if (i.qualifications !== undefined) {
    if (!Array.isArray(i.qualifications)) errors.push({ path: 'qualifications', message: '资格应为列表' });
    else {
      const idx = qualificationIndex();
      values.qualifications = i.qualifications.map((q, n) => {
        const p = `qualifications[${n}]`;
        const raw = isObj(q) ? q.code : q;
        const code = typeof raw === 'string' ? idx.resolve(raw) : undefined;
        if (!code) errors.push({ path: p, message: unknownQualification(raw) });
        const out: DeclaredQualification = { code: code ?? String(raw) };
        if (isObj(q) && q.obtained !== undefined) out.obtained = date(q.obtained, `${p}.obtained`, errors, today);
        return out;
      });
    }
  }
  if (i.employment !== undefined) {
    if (!Array.isArray(i.employment)) errors.push({ path: 'employment', message: '工作经历应为列表' });
    else
      values.employment = i.employment.map((e, n) => {
        const p = `employment[${n}]`;
        const o = isObj(e) ? e : {};
        const entry: EmploymentEntry = {
          region: regionOf(o.region, `${p}.region`, errors) ?? '',
          fullTime: bool(o.fullTime, `${p}.fullTime`, errors) ?? false,
          start: date(o.start, `${p}.start`, errors, today) ?? '',
        };
        if (o.employerId !== undefined) {
          if (Number.isSafeInteger(o.employerId)) entry.employerId = o.employerId as number;
          else errors.push({ path: `${p}.employerId`, message: '单位编号应为正整数' });
        }
        if (typeof o.employerName === 'string') entry.employerName = o.employerName;
        if (typeof o.postName === 'string' && o.postName.trim()) {
          if (o.postName.trim().length <= 60) entry.postName = o.postName.trim();
          else errors.push({ path: `${p}.postName`, message: '岗位名称不超过 60 字' });
        }
        if (o.post !== undefined) {
          if (POSTS.includes(o.post as (typeof POSTS)[number])) entry.post = o.post as EmploymentEntry['post'];
          else errors.push({ path: `${p}.post`, message: '岗位应为 teacher（教师）、doctor（医生）、other（其他）之一' });
        }
        if (o.end !== undefined && o.end !== null) {
          entry.end = date(o.end, `${p}.end`, errors, today);
          if (entry.end && entry.start && entry.end < entry.start) errors.push({ path: `${p}.end`, message: '离职日期不能早于入职日期' });
        }
        if (o.serviceAgreementYears !== undefined) {
          if (Number.isInteger(o.serviceAgreementYears) && (o.serviceAgreementYears as number) >= 0 && (o.serviceAgreementYears as number) <= 50) entry.serviceAgreementYears = o.serviceAgreementYears as number;
          else errors.push({ path: `${p}.serviceAgreementYears`, message: '服务协议年限应为 0–50 的整数' });
        }
        // Each yes/no of the post is recorded explicitly (true or false) or left out (unknown); null clears it.
        for (const f of POST_FACTS) if (o[f] !== undefined && o[f] !== null) entry[f] = bool(o[f], `${p}.${f}`, errors);
        return entry;
      });
  }
  if (i.housing !== undefined) {
    if (!isObj(i.housing)) errors.push({ path: 'housing', message: '住房情况应为对象' });
    else {
      const h = i.housing;
      const out: Housing = {};
      if (h.hasPurchased !== undefined) out.hasPurchased = bool(h.hasPurchased, 'housing.hasPurchased', errors);
      if (h.talentApartment !== undefined) out.talentApartment = bool(h.talentApartment, 'housing.talentApartment', errors);
      if (h.purchase !== undefined && h.purchase !== null) {
        if (!isObj(h.purchase)) errors.push({ path: 'housing.purchase', message: '购房信息应为对象' });
        else {
          const pu = h.purchase;
          const d = date(pu.date, 'housing.purchase.date', errors, today);
          let priceFen: number | undefined;
          try {
            priceFen = yuanToFen(pu.price as number | string);
            if (priceFen <= 0) throw new Error();
          } catch {
            errors.push({ path: 'housing.purchase.price', message: '房价应为正的金额（元，最多两位小数）' });
          }
          const purchase: NonNullable<Housing['purchase']> = { date: d ?? '', priceFen: priceFen ?? 0 };
          if (pu.isFirst !== undefined) purchase.isFirst = bool(pu.isFirst, 'housing.purchase.isFirst', errors);
          if (pu.sold !== undefined) purchase.sold = bool(pu.sold, 'housing.purchase.sold', errors);
          if (pu.soldDate !== undefined && pu.soldDate !== null) {
            purchase.soldDate = date(pu.soldDate, 'housing.purchase.soldDate', errors, today);
            if (purchase.soldDate && d && purchase.soldDate < d) errors.push({ path: 'housing.purchase.soldDate', message: '上市交易日期不能早于购房日期' });
          }
          if (purchase.sold && !purchase.soldDate) errors.push({ path: 'housing.purchase.soldDate', message: '已上市交易的，请填写交易日期' });
          out.purchase = purchase;
          if (out.hasPurchased === false) errors.push({ path: 'housing.hasPurchased', message: '填写了购房信息，“已购房”不能为否' });
          out.hasPurchased = true;
        }
      }
      values.housing = out;
    }
  }
  if (i.facts !== undefined) {
    // 人才事实: the whole set as the clerk records it (a fact left out or null is unknown).
    const r = readCatalogueFacts(i.facts ?? {}, 'person', homedIn('personFacts'), 'facts.');
    errors.push(...r.errors);
    values.facts = r.value as PersonFacts;
  }
  const bank = readBank(i, errors);
  if (bank !== undefined) values.bank = bank;
  return { values, errors };
}

export interface EmployerValues {
  uscc?: string;
  name?: string;
  region?: string;
  kind?: 'enterprise' | 'public_institution' | 'school' | 'hospital';
  keyIndustry?: boolean;
  sector?: string | null;
  facts?: EmployerFacts;
  bank?: BankValues;
}

const KINDS = { enterprise: '企业', public_institution: '事业单位', school: '学校', hospital: '医院' } as const;
const KIND_BY_NAME = Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [v, k])) as Record<string, EmployerValues['kind']>;
export const SECTORS = ['digital_economy', 'new_materials_energy', 'livelihood', 'other'];

export function readEmployer(input: unknown, full: boolean): { values: EmployerValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: EmployerValues = {};
  if (!isObj(input)) return { values, errors: [{ path: '', message: '请求体应为对象' }] };
  const known = ['uscc', 'name', 'region', 'kind', 'keyIndustry', 'sector', 'facts', ...BANK_FIELDS];
  for (const k of Object.keys(input)) if (!known.includes(k)) errors.push({ path: k, message: `未知字段，可用字段：${known.join('、')}` });
  if (input.uscc !== undefined || full) {
    const r = parseUscc(input.uscc);
    if (r.ok) values.uscc = r.value;
    else errors.push({ path: 'uscc', message: input.uscc === undefined || input.uscc === '' ? '请填写统一社会信用代码' : r.reason });
  }
  if (input.name !== undefined || full) {
    if (typeof input.name === 'string' && input.name.trim() && input.name.length <= 100) values.name = input.name.trim();
    else errors.push({ path: 'name', message: '请填写单位名称（不超过 100 字）' });
  }
  if (input.region !== undefined || full) values.region = regionOf(input.region, 'region', errors);
  if (input.kind !== undefined || full) {
    const k = typeof input.kind === 'string' ? (input.kind in KINDS ? (input.kind as EmployerValues['kind']) : KIND_BY_NAME[input.kind]) : undefined;
    if (k) values.kind = k;
    else errors.push({ path: 'kind', message: '单位类型应为 enterprise（企业）、public_institution（事业单位）、school（学校）、hospital（医院）之一' });
  }
  if (input.keyIndustry !== undefined) values.keyIndustry = bool(input.keyIndustry, 'keyIndustry', errors);
  if (input.sector !== undefined && input.sector !== null && input.sector !== '') {
    if (SECTORS.includes(input.sector as string)) values.sector = input.sector as string;
    else errors.push({ path: 'sector', message: `所属领域应为 ${SECTORS.join('、')} 之一` });
  }
  if (input.facts !== undefined) {
    // 单位事实 (“星级”主播、人才创业项目), as the talent office recognised or assessed them.
    const r = readCatalogueFacts(input.facts ?? {}, 'enterprise', homedIn('employerFacts'), 'facts.');
    errors.push(...r.errors);
    values.facts = r.value as EmployerFacts;
  }
  const bank = readBank(input, errors);
  if (bank !== undefined) values.bank = bank;
  return { values, errors };
}

export const employerKindLabel = (k: string): string => KINDS[k as keyof typeof KINDS] ?? k;
export { formatDay };
