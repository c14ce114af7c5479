// Recruitment events and talent activities (活动, issue 15 item 5 and issue 18 part 4): events and
// series with a host rota (轮值), recruitment posts from enterprises' open demands, registration with
// a signed check-in code, check-in, feedback, interview and offer outcomes, and the figures —
// eventHires and eventAttendance for the work list.
export { EVENT_KINDS, EVENT_STATES, addPosts, createEvent, createSeries, eventOptions, getEvent, listEvents, listSeries, moveEvent, pickablePosts, publicEvent, publicEvents, type EventPostView, type EventDetail, type SeriesView } from './events.js';
export { OUTCOME_RESULTS, checkIn as checkInAtEvent, giveFeedback, listRegistrations, myEvents, recordEventOutcome, registerGuest, registerTalent, revealRegistration, type CheckInResult, type MyRegistration, type EventOutcomeView, type RegistrationView } from './registrations.js';
export { EVENT_ATTENDANCE_DEFINITION, EVENT_HIRES_DEFINITION, eventAttendance, eventFigures, eventHires, type EventFigures, type FigureRow } from './figures.js';
