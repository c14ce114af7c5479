// The work list (重点任务清单): the policy's tasks, items and 2025 targets as cited data; units'
// periodic reports with evidence through a workflow (reporter → head → talent office); the figures
// the platform computes itself; where each target stands against the straight line to 2025, for the
// leaders' view; the quarterly briefing; reminders and escalation of late reports.
export { workList, CITY, COUNTIES_UNIT, DUE_WORKDAYS, REMIND_WORKDAYS } from './catalogue.js';
export { REPORT_STATE_LABELS } from './workflow.js';
export { listDuties, getReport, saveReport, attachReportFile, readReportFile, actOnReport, CLOSE_AFTER_DAYS, type ReportInput, type DutyRow } from './reports.js';
export { worklistProgress, targetProgress, type TargetProgress } from './progress.js';
export { worklistBriefing, worklistBriefingWorkbook } from './briefing.js';
export { changeTargetValue, setTargetSplit } from './targets.js';
export { sendWorklistNotices, OVERDUE_WINDOW_DAYS } from './notices.js';
export { COMPUTATIONS, DIFF_TOLERANCE } from './computed.js';
export { recordPastFigures, type PastFigure } from './past-figures.js';
export { milestoneItems, addMilestone, completeMilestone, ITEM_STATUS_LABELS } from './milestones.js';
export { RECORD_SOURCES, itemRecords, type RecordView } from './records.js';
