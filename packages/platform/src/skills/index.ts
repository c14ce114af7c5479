// Skills (技能, issue 18 item 3): special-ability standards (专项职业能力考核规范) as versioned documents
// with a syllabus and a question bank, assessment sessions with scores and signed certificates and
// their public check, and 职业技能等级认定 by licensed enterprises with counts by level and county
// (the work list's 新培养高技能人才 reads them).
export * from './standards.js';
export * from './sessions.js';
export * from './recognitions.js';
