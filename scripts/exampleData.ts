/**
 * What the provider side holds before an example runs, where an example reads history that a freshly reset sandbox
 * does not have: examples/expertsender-daily-bounces.json reads "yesterday's" bounces. In a real account they are
 * there; here they are put into the emulator, dated by the real calendar as the example's `$today` is.
 */
import type { Sandbox } from '../sandbox/framework';
import type { ExpertSenderProvider } from '../sandbox/providers/expertsender';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of a day counted back from today (UTC). */
function daysAgo(days: number): string {
	return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One hard bounce of a newsletter subscriber on each of the last three days: "yesterday" in the workflow's time
 * zone (n8n's default is America/New_York) is one of them whatever the hour, and the example deletes it once.
 */
function dailyBounces(sandbox: Sandbox): void {
	const expertSender = sandbox.provider<ExpertSenderProvider>('expertsender');
	for (const days of [0, 1, 2]) {
		expertSender.bounceRows.push({
			date: `${daysAgo(days)} 08:00:00`,
			email: 'patrick@mydomain.com',
			code: '550 5.1.1 user unknown',
			reason: 'UserUnknown',
			type: 'Hard',
			channel: 'Email',
		});
	}
}

const PREPARE: Record<string, (sandbox: Sandbox) => void> = { exEsDailyBounces: dailyBounces };

export function prepareExample(workflowId: string, sandbox: Sandbox): void {
	PREPARE[workflowId]?.(sandbox);
}
