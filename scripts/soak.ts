// npm run soak -- --minutes 10 [--workspaces 50] [--calendars 4]: the scale-out soak (README, "Running on PostgreSQL with several processes").
import { parseArgs } from 'node:util';
import { failures, runSoak } from './soak/run-soak.ts';

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
const { webhooks, healthieRequests } = result;
const count = (counts: Record<string, number>) => Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ') || 'none';
const total = healthieRequests.byOperation.reduce((n, [, requests]) => n + requests, 0);
const operations = healthieRequests.byOperation.map(([operation, n]) => `${operation} ${Math.round((100 * n) / total)} %`).join(', ');
console.log(`
calendars                          ${result.calendars} in ${values.workspaces} workspaces, each on a Healthie organization of its own (${result.changes} changes, ${result.clicks.sent} Sync Now clicks, ${result.clicks.refused} refused)
events checked                     ${result.eventsChecked}
lost                               ${result.lost} (before the closing Sync Now: ${result.lostBeforeClosingSync})
duplicated                         ${result.duplicated}
calendars synced by two at once    ${result.overlappingRuns}
queue lag p95                      ${result.queueLagP95Ms} ms
Healthie requests/min/workspace    median ${healthieRequests.perMinute.median}, busiest ${healthieRequests.perMinute.max} (every request, counted by each workspace's sandbox)
  by operation                     ${operations}
most in flight for one workspace   ${result.mostInFlightPerWorkspace} (limit ${result.limit}, all processes together)
webhook deliveries                 ${webhooks.sent} sent in ${webhooks.attempts} attempts (${webhooks.failedAttempts} failed, ${webhooks.retried} deliveries retried), ${webhooks.undelivered} undelivered${webhooks.complete ? '' : ' (a sandbox logged more than its last 1,000 attempts: attempt figures cover those)'}
  received                         ${count(webhooks.verdicts)}; accepted ones: ${count(webhooks.outcomes)}
  change to calendar by webhook    ${webhooks.lag ? `p50 ${webhooks.lag.p50Ms} ms, p95 ${webhooks.lag.p95Ms} ms (over the ${webhooks.lag.samples} deliveries that applied their change)` : 'no delivery applied a change'}
survived                           ${result.survived.join('; ')}
unexpected process exits           ${result.unexpectedExits}
`);
process.exitCode = Object.values(failures(result)).some((n) => n > 0) ? 1 : 0;
