// 人岗匹配 (issue 15 item 6): talents who opt in to be found, enterprises' masked candidates for a demand
// ranked by fit with the reasons, contact requests the talent accepts or declines, audited reveals —
// and the fit itself (fitOf), which employment-help's job matching uses too.
export * from './fit.js';
export * from './matching.js';
