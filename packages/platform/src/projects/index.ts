// Projects, teams and platforms as records (双领 projects, 飞地 teams and projects, stations, engineer
// centres, startup parks): versioned, audited, scoped, assessed yearly; the staged 双领 money read from
// them, and the clawback when an assessment fails or a project leaves before its term.
export * from './projects.js';
export * from './staged.js';
