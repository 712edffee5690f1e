// npm run soak -- --minutes 10 [--workspaces 50] [--calendars 4]: the scale-out soak (README, "Running on PostgreSQL with several processes").
import { parseArgs } from 'node:util';
import { runSoak } from './soak/run-soak.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, workspaces: { type: 'string', default: '50' }, calendars: { type: 'string', default: '4' } } });
const result = await runSoak({
  minutes: Number(values.minutes),
  workspaces: Number(values.workspaces),
  calendarsPerWorkspace: Number(values.calendars),
  appointmentsPerCalendar: 10,
  changeEveryMs: 200,
  clickEveryMs: 1_000,
  log: (line) => console.log(`[soak] ${line}`),
});
console.log(`
calendars                          ${result.calendars} (${result.changes} changes, ${result.clicks.sent} Sync Now clicks, ${result.clicks.refused} refused)
events checked                     ${result.eventsChecked}
lost                               ${result.lost}
duplicated                         ${result.duplicated}
calendars synced by two at once    ${result.overlappingRuns}
queue lag p95                      ${result.queueLagP95Ms} ms
Healthie requests/min/workspace    median ${result.requestsPerMinutePerWorkspace.median}, busiest ${result.requestsPerMinutePerWorkspace.max}
most in flight for one workspace   ${result.mostInFlightPerWorkspace} (limit ${result.limit}, all processes together)
survived                           ${result.survived.join('; ')}
unexpected process exits           ${result.unexpectedExits}
`);
process.exitCode = result.lost + result.duplicated + result.overlappingRuns === 0 ? 0 : 1;
