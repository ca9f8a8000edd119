/**
 * What every suite generated from the operation catalogue shares: one sandbox with every provider, the profiles on a
 * short clock, a run of one operation through the real engine, a record of everything a user could see (for the
 * secrets scan), and the per-category figures each suite prints when it ends.
 *
 * Call `useCatalogueSuite()` once at the top of a test file: it registers the jest hooks.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { createSandbox, type Sandbox } from '../../sandbox';
import type { RetryPolicy } from '../../nodes/shared/transport';
import { runWorkflow, type WorkflowRun } from '../harness/engine';
import { catalogues as allCatalogues } from './catalogue';
import type { OperationSpec, ProviderCatalogue } from './catalogue/types';

export const PACKAGE = 'n8n-nodes-messaging-suite';

/** `RELIABILITY_ONLY=mapp npx jest test/reliability` checks one provider (the case floors are then not checked). */
export const only = process.env.RELIABILITY_ONLY;
export const catalogues = only ? allCatalogues.filter((catalogue) => catalogue.operations[0]?.provider === only) : allCatalogues;
export const TIMEOUT_MS = 400;
const FAST_RETRY: Partial<RetryPolicy> = { baseDelayMs: 2, maxDelayMs: 10, maxRetryAfterMs: 5_000 };

/** Every operation of every node, as jest table rows: [label, catalogue, spec]. */
export const everyOperation = catalogues.flatMap((catalogue) =>
	catalogue.operations.map((spec) => [spec.label, catalogue, spec] as const),
);

export interface Figures {
	cases: number;
	itemsIn: number;
	itemsOut: number;
	duplicates: number;
	leaks: number;
	rejectedRequests: number;
}

export interface RunOptions {
	parameters?: IDataObject;
	items?: OperationSpec['items'];
	continueOnFail?: boolean;
	/** Changes to the operation's credential (e.g. a base URL pointing at a hostile server). */
	credential?: IDataObject;
}

export interface CatalogueSuite {
	sandbox: Sandbox;
	/** The sandbox's credentials by type, once it has started. */
	credentials(): Record<string, IDataObject>;
	run(spec: OperationSpec, options?: RunOptions): Promise<WorkflowRun>;
	/** Everything the suite saw that a user could see: output items, error messages and descriptions, log lines. */
	observed: string[];
	tally(category: string): Figures;
	/** The keys of the deliveries the sandbox recorded twice for this operation. */
	duplicatesOf(spec: OperationSpec): number;
	/** How often any catalogue's secret (raw, URL-encoded or base64) appears in everything observed so far. */
	countLeaks(): number;
}

export function setPath(target: IDataObject, dotPath: string, value: unknown): void {
	const keys = dotPath.replace(/\[(\d+)\]/g, '.$1').split('.');
	let current: IDataObject = target;
	keys.slice(0, -1).forEach((key, index) => {
		const next = keys[index + 1];
		current[key] ??= /^\d+$/.test(next) ? [] : {};
		current = current[key] as IDataObject;
	});
	current[keys[keys.length - 1]] = value as IDataObject[string];
}

function figureLine(category: string, f: Figures): string {
	return `reliability ${category.padEnd(16)} cases ${String(f.cases).padStart(5)}  items in ${String(f.itemsIn).padStart(5)}  items out ${String(f.itemsOut).padStart(5)}  duplicates ${f.duplicates}  leaks ${f.leaks}  requests for rejected input ${f.rejectedRequests}`;
}

/**
 * The sandbox, hooks and run helper of one suite. At the end it scans everything observed for the credentials'
 * secrets (the "secrets scan" figures: lines scanned, leaks), and prints its figures and writes them to
 * `reliability-report-<name>.txt`; `onEnd` runs just before.
 */
export function useCatalogueSuite(name: string, onEnd?: (suite: CatalogueSuite) => void): CatalogueSuite {
	const sandbox = createSandbox();
	const figures: Record<string, Figures> = {};
	const observed: string[] = [];
	let credentials: Record<string, IDataObject> = {};
	const saved = new Map<ProviderCatalogue, Pick<ProviderCatalogue['profile'], 'timeoutMs' | 'retry' | 'networkRetry'>>();
	const originalConsole = { log: console.log, warn: console.warn, error: console.error, info: console.info };

	const suite: CatalogueSuite = {
		sandbox,
		credentials: () => credentials,
		observed,
		tally: (category) => (figures[category] ??= { cases: 0, itemsIn: 0, itemsOut: 0, duplicates: 0, leaks: 0, rejectedRequests: 0 }),
		duplicatesOf(spec) {
			const keys = spec.deliveries?.(sandbox) ?? [];
			return keys.length - new Set(keys).size;
		},
		countLeaks() {
			const everything = observed.join('\n');
			let leaks = 0;
			for (const catalogue of catalogues) {
				for (const secret of secretsOf(catalogue, credentials)) {
					for (const form of new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')])) {
						leaks += everything.split(form).length - 1;
					}
				}
			}
			return leaks;
		},
		async run(spec, options = {}) {
			spec.setup?.(sandbox);
			const all = options.credential
				? { ...credentials, [spec.credentialType]: { ...credentials[spec.credentialType], ...options.credential } }
				: credentials;
			const result = await runWorkflow({
				credentials: all as never,
				nodes: [
					{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(options.items ?? spec.items) } },
					{
						name: 'Node',
						type: `${PACKAGE}.${spec.node}`,
						parameters: options.parameters ?? spec.parameters,
						credentials: { [spec.credentialType]: { id: '1', name: spec.credentialType } },
						continueOnFail: options.continueOnFail,
					},
				],
			});
			const error = result.error as unknown as { message?: string; description?: string } | undefined;
			if (error) observed.push(`${error.message ?? ''}\n${error.description ?? ''}`);
			if (!error) observed.push(JSON.stringify(result.output('Node')));
			return result;
		},
	};

	beforeAll(async () => {
		await sandbox.start();
		credentials = Object.fromEntries(sandbox.credentials().map((credential) => [credential.type, credential.data]));
		for (const catalogue of catalogues) {
			const { profile } = catalogue;
			saved.set(catalogue, { timeoutMs: profile.timeoutMs, retry: profile.retry, networkRetry: profile.networkRetry });
			// Same rules, shorter clock: the suite checks behaviour, not waiting.
			profile.timeoutMs = TIMEOUT_MS;
			profile.retry = { ...profile.retry, ...FAST_RETRY };
			profile.networkRetry = { ...profile.networkRetry, ...FAST_RETRY };
		}
		for (const level of ['log', 'warn', 'error', 'info'] as const) {
			console[level] = (...args: unknown[]) => {
				observed.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
			};
		}
	});

	afterAll(async () => {
		Object.assign(console, originalConsole);
		for (const [catalogue, values] of saved) Object.assign(catalogue.profile, values);
		await sandbox.stop();
		const scan = suite.tally('secrets scan');
		scan.cases = observed.length;
		scan.leaks = suite.countLeaks();
		onEnd?.(suite);
		const lines = Object.entries(figures).map(([category, f]) => figureLine(category, f));
		if (lines.length === 0) return;
		process.stdout.write(`\n${lines.join('\n')}\n`);
		writeFileSync(path.join(__dirname, `../../reliability-report-${name}.txt`), `${lines.join('\n')}\n`);
	});

	beforeEach(() => sandbox.reset());

	return suite;
}

/** The secret values of a catalogue's credential (and the Basic header derived from them), for leak scans. */
export function secretsOf(catalogue: ProviderCatalogue, credentials: Record<string, IDataObject>): string[] {
	const data = credentials[catalogue.profile.credentialType] ?? {};
	const secrets = catalogue.profile.secrets(data as never);
	const basic = catalogue.profile.basicAuth?.(data as never);
	if (basic) secrets.push(Buffer.from(`${basic.user}:${basic.password}`).toString('base64'));
	return secrets.filter((secret) => secret.length >= 4);
}
