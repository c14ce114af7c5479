// 天台 和盈模式 shareholding dividends (issue 18 item 6, seed 003): the civil-affairs low-income list,
// selection of shareholding households through the stated steps (a workflow) with the public-notice
// list, and yearly dividend rounds paid through the ledger once per household and year. 天台's
// clerks and the administrator only.
export { addHousehold, addHouseholds, takeStep, importHouseholds, listHouseholds, getHousehold, revealHousehold, selectionStep, exportNotice, dividendRegions, mustSeeDividends, TIANTAI_TOWNSHIPS, DEFAULT_NOTICE_DAYS, NOTICE_DAYS_NOTE, IMPORT_COLUMNS as DIVIDEND_IMPORT_COLUMNS, type HouseholdView } from './households.js';
export { createRound, listRounds, getRound, payRound, type RoundView, type PayRunView, type VillageFigure } from './rounds.js';
