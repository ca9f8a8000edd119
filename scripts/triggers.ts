/**
 * The trigger examples in a running n8n (`n8n start`), activated as a user activates them: through the editor's REST
 * API, after the owner's set-up. On activation n8n registers the Bird webhook subscription (the node's webhookMethods)
 * and runs each poll once; then the provider side acts (a signed Bird delivery to n8n's webhook server, a new Cordial
 * activity, ExpertSender activity row and Mapp Response Queue event), n8n's own schedule polls, and each workflow's
 * action node calls the sandbox with what its trigger emitted. Deactivation must delete the Bird subscription.
 */
import { createServer } from 'node:net';

import type { Sandbox } from '../sandbox';
import type { BirdProvider } from '../sandbox/providers/bird';
import { BIRD_CHANNELS, type BirdDelivery } from '../sandbox/providers/bird';
import type { CordialProvider } from '../sandbox/providers/cordial';
import type { ExpertSenderProvider } from '../sandbox/providers/expertsender';
import type { MappProvider } from '../sandbox/providers/mapp';
import { describeRequest, log, type N8nInstance, type N8nWorkflow, OWNER, PACKAGE_NAME, waitForN8n } from './n8n';

/** n8n polls at most once a minute, at a random second: two polls and the executions fit in this. */
const WAIT_FOR_RUNS_MS = 150_000;

/** What the provider does once a workflow is active, and the request its action node then makes. */
interface TriggerScenario {
	workflowId: string;
	/** Before activation: the provider's state the first poll must see. */
	prepare?(sandbox: Sandbox): void;
	/** Makes the event happen. */
	fire(sandbox: Sandbox, n8n: RestClient): Promise<Fired>;
	action: { provider: string; method: string; path: RegExp; body?: RegExp };
}

interface Fired {
	/** What went wrong on the way (e.g. a webhook answer). */
	problems: string[];
	/** What must hold once the workflow is deactivated; returns the problems. */
	checkDeactivated?(): Promise<string[]>;
}

/** A port nothing listens on now, for the n8n server. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** The trigger workflows among `workflows`: those that start with one of this package's trigger nodes. */
export function isTriggerWorkflow(workflow: N8nWorkflow): boolean {
	return workflow.nodes.some((node) => node.type.startsWith(`${PACKAGE_NAME}.`) && node.type.endsWith('Trigger'));
}

/** The editor's REST API, as the owner. */
export class RestClient {
	private cookie = '';

	constructor(readonly base: string) {}

	async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
		const response = await fetch(`${this.base}${path}`, {
			method,
			headers: { 'content-type': 'application/json', cookie: this.cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const cookie = response.headers.get('set-cookie');
		if (cookie) this.cookie = cookie.split(';')[0];
		const text = await response.text();
		let json: Record<string, unknown> = {};
		try {
			json = JSON.parse(text) as Record<string, unknown>;
		} catch {
			json = { text };
		}
		return { status: response.status, json };
	}

	async setUpOwner(): Promise<void> {
		// n8n answers /rest/settings before every controller is mounted; on a busy machine the owner route can
		// answer 404 ("Cannot POST") for a few seconds more.
		for (let attempt = 1; ; attempt++) {
			const { status, json } = await this.request('POST', '/rest/owner/setup', OWNER);
			if (status === 200) return;
			if (status !== 404 || attempt >= 30) throw new Error(`owner set-up answered ${status}: ${JSON.stringify(json).slice(0, 300)}`);
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}

	/**
	 * Activates (publishes) a workflow and waits until n8n has applied it: n8n 2.x queues a publication and registers
	 * the triggers (webhookMethods, the first poll) after answering, so the publication status tells when it is done.
	 */
	async activate(id: string): Promise<string | undefined> {
		const found = await this.request('GET', `/rest/workflows/${id}`);
		const versionId = (found.json.data as { versionId?: string } | undefined)?.versionId;
		const { status, json } = await this.request('POST', `/rest/workflows/${id}/activate`, { versionId });
		if (status !== 200) return `activation answered ${status}: ${JSON.stringify(json).slice(0, 400)}`;
		return await this.settled(id, 'published');
	}

	async deactivate(id: string): Promise<string | undefined> {
		const { status, json } = await this.request('POST', `/rest/workflows/${id}/deactivate`, {});
		if (status !== 200) return `deactivation answered ${status}: ${JSON.stringify(json).slice(0, 400)}`;
		return await this.settled(id, 'not_published');
	}

	/** Waits for the workflow's publication status (`GET /rest/workflows/:id/publication-status`) to leave in_progress. */
	private async settled(id: string, expected: string): Promise<string | undefined> {
		let last: { status?: string; triggers?: Array<{ status: string; errorMessage?: string | null }> } = {};
		await waitFor(async () => {
			last = ((await this.request('GET', `/rest/workflows/${id}/publication-status`)).json.data ?? {}) as typeof last;
			return last.status !== undefined && last.status !== 'in_progress';
		}, 60_000);
		if (last.status === expected) return undefined;
		const errors = (last.triggers ?? []).map((trigger) => trigger.errorMessage).filter(Boolean);
		return `publication status ${String(last.status)}, expected ${expected}${errors.length ? `: ${errors.join('; ')}` : ''}`;
	}

	/** The workflow's executions, newest first: id and status. */
	async executions(workflowId: string): Promise<Array<{ id: string; status: string }>> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const { json } = await this.request('GET', `/rest/executions?filter=${filter}`);
		const data = json.data as { results?: unknown[] } | unknown[] | undefined;
		const results = (Array.isArray(data) ? data : (data?.results ?? [])) as Array<{ id: string; status: string }>;
		return results.map(({ id, status }) => ({ id, status }));
	}
}

/**
 * n8n's public webhook URL: Bird delivers only to https URLs with a host name (its "Create a webhook subscription"
 * pattern), so n8n runs as behind a TLS-terminating reverse proxy, and the test plays the proxy: it sends each delivery
 * to n8n's loopback port with the path Bird called.
 */
const PUBLIC_URL = 'https://n8n.sandbox.example/';

async function post(base: string, delivery: BirdDelivery, change: Partial<BirdDelivery> = {}): Promise<number> {
	const { url, headers, body } = { ...delivery, ...change };
	const response = await fetch(`${base}${new URL(url).pathname}`, { method: 'POST', headers, body });
	await response.arrayBuffer();
	return response.status;
}

const nowIso = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000', '');

/** ExpertSender's clock is the business unit's wall clock (no zone): here UTC, `YYYY-MM-DDTHH:MM:SS`. */
const wallClock = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(0, 19);

const SCENARIOS: TriggerScenario[] = [
	{
		workflowId: 'exBirdTriggerSmsReply',
		async fire(sandbox, n8n) {
			const bird = sandbox.provider<BirdProvider>('bird');
			const problems: string[] = [];
			if (bird.subscriptions.size !== 1) problems.push(`${bird.subscriptions.size} webhook subscriptions after activation, expected 1`);
			const [delivery] = bird.deliver({
				event: 'sms.inbound',
				payload: {
					id: 'e2e-inbound-1',
					channelId: BIRD_CHANNELS.sms.id,
					sender: { contact: { identifierKey: 'phonenumber', identifierValue: '+31612345678' } },
					receiver: { connector: { id: BIRD_CHANNELS.sms.connectorId, identifierValue: BIRD_CHANNELS.sms.identifier } },
					body: { type: 'text', text: { text: 'Is my order on its way?' } },
					direction: 'incoming',
					status: 'delivered',
					createdAt: new Date().toISOString(),
				},
			});
			if (!delivery) return { problems: [...problems, 'the sandbox had no subscription to deliver sms.inbound to'] };
			const forged = await post(n8n.base, delivery, { headers: { ...delivery.headers, 'messagebird-signature': Buffer.from('forged').toString('base64') } });
			if (forged !== 401) problems.push(`a forged signature was answered ${forged}, expected 401`);
			const stale = bird.deliver({ event: 'sms.inbound', payload: { id: 'e2e-stale' } }, Math.floor(Date.now() / 1000) - 3600)[0];
			const staleStatus = await post(n8n.base, stale);
			if (staleStatus !== 401) problems.push(`a delivery signed an hour ago was answered ${staleStatus}, expected 401`);
			// Bird retries a delivery it got no 2xx for; the same event may also come twice at once.
			const together = await Promise.all([post(n8n.base, delivery), post(n8n.base, delivery)]);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			const later = await post(n8n.base, delivery);
			for (const status of [...together, later]) if (status !== 200) problems.push(`a signed delivery was answered ${status}, expected 200`);
			return { problems, checkDeactivated: async () => await checkBirdDeactivated(sandbox, n8n.base, delivery.url) };
		},
		action: { provider: 'bird', method: 'POST', path: /\/channels\/0c8f3a52-1d6e-4b7a-8c9d-1e2f3a4b5c6d\/messages$/, body: /\+31612345678.*Is my order on its way\?/ },
	},
	{
		workflowId: 'exCordialTriggerBounce',
		async fire(sandbox) {
			const cordial = sandbox.provider<CordialProvider>('cordial');
			const cID = cordial.addContact('bounced@example.com');
			cordial.addActivity({ action: 'bounce', email: 'bounced@example.com', cID, time: nowIso(), mcID: `45:${cID}:e2e:1` });
			return { problems: [] };
		},
		action: { provider: 'cordial', method: 'PUT', path: /\/contacts\/email:bounced(%40|@)example\.com\/unsubscribe\/email$/ },
	},
	{
		workflowId: 'exEsTriggerSubscription',
		prepare: (sandbox) => sandbox.provider<ExpertSenderProvider>('expertsender').setClock(wallClock(0)),
		async fire(sandbox) {
			const expertSender = sandbox.provider<ExpertSenderProvider>('expertsender');
			// Subscriber 1001 of the sandbox, as if they had just joined list 1.
			expertSender.addActivity('Subscriptions', wallClock(60_000).replace('T', ' '), { Email: 'patrick@mydomain.com', ListId: '1', ListName: 'Newsletter' });
			expertSender.setClock(wallClock(120_000));
			return { problems: [] };
		},
		action: { provider: 'expertsender', method: 'POST', path: /\/v2\/Api\/Transactionals\/123$/, body: /patrick@mydomain\.com/ },
	},
	{
		workflowId: 'exMappTriggerClick',
		async fire(sandbox) {
			const mapp = sandbox.provider<MappProvider>('mapp');
			// A click of the sandbox's contact 33457 (a click comes from a contact Mapp sent to).
			mapp.addResponse({ type: 'linkClick', insertedAt: nowIso(), output: { response_type: 'CLICK', date_time: nowIso(), user_email: 'j.mcexample@example.com' } });
			return { problems: [] };
		},
		action: { provider: 'mapp', method: 'POST', path: /\/membership\/subscribeByEmail$/ },
	},
];

/** The requests of the scenario's action among those the sandbox logged since `from` (an index into its log). */
function actionRequests(sandbox: Sandbox, scenario: TriggerScenario, from: number) {
	const { provider, method, path, body } = scenario.action;
	return sandbox.log.slice(from).filter(
		(request) => request.provider === provider && request.method === method && path.test(request.path) && (!body || body.test(request.body)),
	);
}

/** After deactivation: no subscription left at Bird, and n8n no longer answers at the webhook URL Bird called. */
async function checkBirdDeactivated(sandbox: Sandbox, base: string, url: string): Promise<string[]> {
	const problems: string[] = [];
	const left = sandbox.provider<BirdProvider>('bird').subscriptions.size;
	if (left !== 0) problems.push(`${left} webhook subscriptions left at Bird after deactivation, expected 0`);
	const response = await fetch(`${base}${new URL(url).pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
	await response.arrayBuffer();
	if (response.status !== 404) problems.push(`after deactivation n8n answered ${response.status} at ${url}, expected 404`);
	return problems;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (await check()) return true;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	return check();
}

/**
 * Runs every trigger example in `n8n` (already holding the workflows and sandbox credentials) and returns, per
 * workflow, the problems found; an empty list is a pass.
 */
export async function runTriggerExamples(n8n: N8nInstance, sandbox: Sandbox, workflows: N8nWorkflow[], port: number): Promise<Map<N8nWorkflow, string[]>> {
	const base = `http://127.0.0.1:${port}`;
	const server = n8n.start(port, `${n8n.userFolder}/n8n-triggers.log`, triggerServerEnv());
	try {
		await waitForN8n(base);
		const rest = new RestClient(base);
		await rest.setUpOwner();
		return await runTriggerScenarios(rest, sandbox, workflows);
	} finally {
		server.kill('SIGTERM');
		await new Promise((resolve) => server.once('exit', resolve));
	}
}

/** The settings of the n8n that serves the trigger examples' webhooks (as behind a TLS-terminating proxy). */
export function triggerServerEnv(): NodeJS.ProcessEnv {
	return { WEBHOOK_URL: PUBLIC_URL, N8N_WEBHOOK_URL: PUBLIC_URL, N8N_LOG_LEVEL: process.env.E2E_N8N_LOG_LEVEL ?? 'info' };
}

/**
 * The trigger examples in an n8n that is running (started with triggerServerEnv) and whose owner `rest` is: activates
 * each, makes its event happen, checks the action's request and the execution, and deactivates it.
 */
export async function runTriggerScenarios(rest: RestClient, sandbox: Sandbox, workflows: N8nWorkflow[]): Promise<Map<N8nWorkflow, string[]>> {
	const results = new Map<N8nWorkflow, string[]>();
	// Only what happens from here on counts (the demo runs the action examples on the same sandbox before).
	const from = sandbox.log.length;
	const active: Array<{ workflow: N8nWorkflow; scenario: TriggerScenario; problems: string[]; fired?: Fired }> = [];
	for (const workflow of workflows) {
		const scenario = SCENARIOS.find((candidate) => candidate.workflowId === workflow.id);
		if (!scenario) {
			results.set(workflow, ['no trigger scenario for this example in scripts/triggers.ts']);
			continue;
		}
		scenario.prepare?.(sandbox);
		const failed = await rest.activate(workflow.id);
		if (failed) results.set(workflow, [failed]);
		else active.push({ workflow, scenario, problems: [] });
	}
	for (const run of active) {
		run.fired = await run.scenario.fire(sandbox, rest);
		run.problems.push(...run.fired.problems);
	}
	log(`Activated ${active.length} trigger workflows; waiting for n8n's schedule to poll (at most ${WAIT_FOR_RUNS_MS / 1000} s)...`);
	await waitFor(async () => {
		for (const run of active) {
			if (actionRequests(sandbox, run.scenario, from).length === 0) return false;
			if (!(await rest.executions(run.workflow.id)).some((execution) => execution.status !== 'running' && execution.status !== 'new')) return false;
		}
		return true;
	}, WAIT_FOR_RUNS_MS);
	// A redelivery or a repeated poll would show as a second execution some seconds later.
	await new Promise((resolve) => setTimeout(resolve, 5000));
	for (const run of active) {
		const sent = actionRequests(sandbox, run.scenario, from);
		if (sent.length !== 1) {
			const seen = sandbox.log.slice(from).filter((request) => request.provider === run.scenario.action.provider);
			run.problems.push(`the action node's request was made ${sent.length} times, expected once; ${run.scenario.action.provider} saw ${seen.map(describeRequest).join(', ') || 'nothing'}`);
		} else if (typeof sent[0].status !== 'number' || sent[0].status < 200 || sent[0].status > 299) {
			run.problems.push(`the action node's request was answered ${sent[0].status}: ${sent[0].body.slice(0, 300)}`);
		}
		const executions = await rest.executions(run.workflow.id);
		if (executions.length !== 1 || executions[0].status !== 'success') run.problems.push(`executions ${JSON.stringify(executions)}, expected one that succeeded`);
		const failed = await rest.deactivate(run.workflow.id);
		run.problems.push(...(failed ? [failed] : ((await run.fired?.checkDeactivated?.()) ?? [])));
		results.set(run.workflow, run.problems);
	}
	return results;
}
