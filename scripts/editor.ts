/**
 * `npm run test:editor`: the n8n editor in a real browser (Debian's chromium, driven by playwright-core) against
 * `n8n start` on loopback, with this package installed from its tarball. For each node it searches the nodes panel,
 * adds the node, switches every resource and operation (asserting that the operation's fields render), opens the
 * credential form (asserting its fields), and saves screenshots to `screenshots/`. A trigger is added through the entry
 * the nodes panel lists for it, and its own parameters are checked. `EDITOR_ONLY=Trigger` checks only the nodes whose
 * file name contains it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium, selectors, type Page } from 'playwright-core';

import { buildAndPack, ensureRuntime, log, N8nInstance, OWNER, ROOT, waitForN8n } from './n8n';

const PORT = Number(process.env.EDITOR_PORT ?? 5699);
const BASE = `http://127.0.0.1:${PORT}`;
const SHOTS = path.join(ROOT, 'screenshots');

interface NodeUnderTest {
	search: string;
	displayName: string;
	/** Field labels the credential form must show. */
	credentialFields: string[];
}

const NODES: NodeUnderTest[] = [
	{ search: 'Mapp Engage', displayName: 'Mapp Engage', credentialFields: ['Password'] },
	{ search: 'ExpertSender', displayName: 'ExpertSender', credentialFields: ['API Key'] },
	{ search: 'Bird Channels', displayName: 'Bird Channels', credentialFields: ['Access Key', 'Workspace ID'] },
	{ search: 'Cordial', displayName: 'Cordial', credentialFields: ['API Key'] },
];

/** Creates the owner account through the editor's own setup form, as a new user does on first open. */
async function setUpOwner(page: Page): Promise<void> {
	await page.goto(`${BASE}/setup`);
	await page.getByLabel('Email').fill(OWNER.email);
	await page.getByLabel('First Name').fill(OWNER.firstName);
	await page.getByLabel('Last Name').fill(OWNER.lastName);
	await page.getByLabel('Password').fill(OWNER.password);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/setup'), { timeout: 30_000 });
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

export { BASE, NODES, setUpOwner, shot };

interface Property {
	name: string;
	displayName: string;
	type: string;
	options?: Array<{ name: string; value: string }>;
	displayOptions?: { show?: Record<string, unknown[]>; hide?: Record<string, unknown[]> };
}

/** The built node and credential descriptions, as n8n loads them from the tarball. */
function descriptions(): Array<{ node: { displayName: string; icon: { light: string }; properties: Property[] }; credential: { displayName: string; properties: Property[] } }> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- the built files, loaded as n8n loads them
	const pkg = require(path.join(ROOT, 'package.json')) as { n8n: { nodes: string[]; credentials: string[] } };
	const load = (file: string) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const module = require(path.join(ROOT, file)) as Record<string, new () => unknown>;
		return new (Object.values(module)[0])() as Record<string, unknown>;
	};
	const credentials = pkg.n8n.credentials.map((file) => load(file) as unknown as { name: string; displayName: string; properties: Property[] });
	return pkg.n8n.nodes.filter((file) => !process.env.EDITOR_ONLY || file.includes(process.env.EDITOR_ONLY)).map((file) => {
		const { description } = load(file) as {
			description: { displayName: string; group: string[]; icon: { light: string }; properties: Property[]; credentials: Array<{ name: string }> };
		};
		return { node: description, credential: credentials.find((credential) => credential.name === description.credentials[0].name)! };
	});
}

function isTrigger(node: { properties: Property[]; group?: string[] }): boolean {
	return Boolean(node.group?.includes('trigger'));
}

/** Top-level parameters that must show for a resource and operation (conditions on other parameters aside). */
function expectedParameters(properties: Property[], resource: string, operation: string): Property[] {
	return properties
		.filter((property) => !['notice', 'hidden', 'callout'].includes(property.type) && !property.displayOptions?.hide)
		.filter((property) => {
			const show = property.displayOptions?.show ?? {};
			if (Object.keys(show).some((key) => key !== 'resource' && key !== 'operation')) return false;
			return (!show.resource || show.resource.includes(resource)) && (!show.operation || show.operation.includes(operation));
		});
}

/** The expected parameters whose label is not shown in the parameters panel. */
async function missingParameters(page: Page, expected: Property[]): Promise<string[]> {
	const panel = page.getByTestId('node-parameters');
	const missing: string[] = [];
	for (const property of expected) {
		if (!(await panel.getByText(property.displayName, { exact: true }).first().isVisible())) missing.push(property.displayName);
	}
	return missing;
}

async function choose(page: Page, parameter: string, option: string): Promise<void> {
	await page.getByTestId(`parameter-input-${parameter}`).click();
	await page.locator('[data-test-id="parameter-input-item"]:visible').getByText(option, { exact: true }).first().click();
	await page.waitForTimeout(300);
}

async function checkNode(page: Page, entry: ReturnType<typeof descriptions>[number], slug: string): Promise<string[]> {
	const problems: string[] = [];
	const { node, credential } = entry;
	await page.goto(`${BASE}/workflow/new`);
	await page.getByText('Add first step').waitFor({ timeout: 60_000 });
	await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator-search-bar').fill(node.displayName);
	const listed = page.getByTestId('node-creator-item-name').getByText(node.displayName, { exact: true });
	await listed.waitFor({ timeout: 30_000 });
	if (!(await hasOwnIcon(page, node))) problems.push(`the nodes panel does not show its icon ${path.basename(node.icon.light)}`);
	await listed.click();
	await shot(page, `${slug}-1-nodes-panel`);
	// An action of the panel (the first operation of the first resource) adds the node and opens its parameters.
	const firstResource = node.properties.find((property) => property.name === 'resource')!.options![0].value;
	const firstAction = (node.properties.find(
		(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(firstResource),
	)!.options![0] as { action?: string }).action!;
	const action = page.getByTestId('node-creator').getByText(firstAction, { exact: true });
	// With a trigger of the same name, the panel lists it first and, on an empty canvas, folds the actions away.
	const actionsHeader = page.getByTestId('node-creator').getByText(/^Actions \(\d+\)$/);
	await action.or(actionsHeader).first().waitFor({ timeout: 30_000 });
	if (!(await action.isVisible())) await actionsHeader.click();
	await action.click();
	await page.getByTestId('parameter-input-operation').waitFor({ timeout: 30_000 });

	const resource = node.properties.find((property) => property.name === 'resource')!;
	let combinations = 0;
	for (const resourceOption of resource.options ?? []) {
		await choose(page, 'resource', resourceOption.name);
		const operation = node.properties.find(
			(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resourceOption.value),
		)!;
		for (const operationOption of operation.options ?? []) {
			await choose(page, 'operation', operationOption.name);
			const expected = expectedParameters(node.properties, resourceOption.value, operationOption.value);
			const missing = await missingParameters(page, expected);
			combinations++;
			if (missing.length > 0) problems.push(`${resourceOption.name} → ${operationOption.name}: fields not shown: ${missing.join(', ')}`);
			log(`  ${node.displayName}: ${resourceOption.name} → ${operationOption.name}: ${expected.length - missing.length} of ${expected.length} fields shown`);
			if (combinations === 1) await shot(page, `${slug}-2-parameters`);
		}
	}

	const labels = await checkCredentialForm(page, node.displayName, credential.properties, problems);
	await shot(page, `${slug}-3-credential`);
	log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${node.displayName}: ${combinations} resource/operation combinations, credential form with ${labels.join(', ')}`);
	return problems;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the node's credential form and checks that it shows every field; returns the labels checked. */
async function checkCredentialForm(page: Page, displayName: string, properties: Property[], problems: string[]): Promise<string[]> {
	await page.getByTestId('node-credentials-select').or(page.getByText(new RegExp(`^Connect to ${escapeRegExp(displayName.replace(/ Trigger$/, ''))}$`))).first().click();
	const labels = properties.filter((property) => !property.displayOptions && property.type !== 'notice').map((property) => property.displayName);
	for (const label of labels) {
		try {
			await page.getByText(label).first().waitFor({ timeout: 10_000 });
		} catch {
			problems.push(`credential form: field "${label}" not shown`);
		}
	}
	return labels;
}

/**
 * The entry n8n's nodes panel shows for a trigger: "On <event>" for each option of an "Events" parameter, else
 * "On new <name> event" (n8n's editor, nodeCreator.actionsCategory.onEvent / onNewEvent).
 */
function triggerEntry(node: { displayName: string; properties: Property[] }): string {
	const events = node.properties.find((property) => ['event', 'events', 'trigger on'].includes(property.displayName.toLowerCase()));
	const first = events?.options?.find((option) => !['*', '', ' '].includes(option.name));
	return first ? `On ${first.name}` : `On new ${node.displayName.replace('Trigger', '').trimEnd()} event`;
}

/** Whether the nodes panel shows the node's own icon file (n8n serves a package's icons under /icons/<package>/). */
async function hasOwnIcon(page: Page, node: { icon: { light: string } }): Promise<boolean> {
	const file = path.basename(node.icon.light);
	// The panel lists the entry before its icon has loaded: wait for the icon rather than look once.
	const icon = page.getByTestId('node-creator').locator(`img[src*="/icons/"][src$="/${file}"]`).first();
	return await icon.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
}

/** A trigger node: found in the nodes panel, added through its entry, its parameters shown, its credential form. */
async function checkTrigger(page: Page, entry: ReturnType<typeof descriptions>[number], slug: string): Promise<string[]> {
	const problems: string[] = [];
	const { node, credential } = entry;
	const base = node.displayName.replace(/ Trigger$/, '');
	await page.goto(`${BASE}/workflow/new`);
	await page.getByText('Add first step').waitFor({ timeout: 60_000 });
	await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator-search-bar').fill(node.displayName);
	// n8n lists a trigger under its own name, or merged into the action node of the same name.
	const names = new RegExp(`^(${escapeRegExp(node.displayName)}|${escapeRegExp(base)})$`);
	const listed = page.getByTestId('node-creator-item-name').getByText(names).first();
	await listed.waitFor({ timeout: 30_000 });
	if (!(await hasOwnIcon(page, node))) problems.push(`the nodes panel does not show its icon ${path.basename(node.icon.light)}`);
	await listed.click();
	await shot(page, `${slug}-1-nodes-panel`);
	const parameters = page.getByTestId('node-parameters');
	// The panel writes the entry in sentence case ("On any event").
	const triggerAction = page.getByTestId('node-creator').getByText(new RegExp(`^${escapeRegExp(triggerEntry(node))}$`, 'i')).first();
	await parameters.or(triggerAction).first().waitFor({ timeout: 30_000 });
	if (await triggerAction.isVisible()) await triggerAction.click();
	await parameters.waitFor({ timeout: 30_000 });
	const expected = node.properties.filter((property) => !['notice', 'hidden', 'callout'].includes(property.type) && !property.displayOptions);
	const missing = await missingParameters(page, expected);
	if (missing.length > 0) problems.push(`fields not shown: ${missing.join(', ')}`);
	await shot(page, `${slug}-2-parameters`);
	const labels = await checkCredentialForm(page, node.displayName, credential.properties, problems);
	await shot(page, `${slug}-3-credential`);
	log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${node.displayName}: ${expected.length - missing.length} of ${expected.length} fields shown, credential form with ${labels.join(', ')}`);
	return problems;
}

async function main(): Promise<void> {
	mkdirSync(SHOTS, { recursive: true });
	const runtime = ensureRuntime();
	const tarball = buildAndPack();
	const n8n = new N8nInstance(runtime);
	n8n.installPackage(tarball);
	const server = n8n.start(PORT, path.join(n8n.userFolder, 'n8n.log'));
	log(`n8n editor on ${BASE} (log: ${n8n.userFolder}/n8n.log)`);
	let failures = 0;
	try {
		await waitForN8n(BASE);
		// n8n marks its elements with data-test-id, not Playwright's default data-testid.
		selectors.setTestIdAttribute('data-test-id');
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const setup = await context.newPage();
		await setUpOwner(setup);
		await setup.close();
		for (const entry of descriptions()) {
			const slug = entry.node.displayName.toLowerCase().replace(/[^a-z]+/g, '-');
			// A fresh tab per node (the login is the context's), so a tab that dies fails only its own node.
			const page = await context.newPage();
			page.on('crash', () => log(`     the browser tab crashed while checking ${entry.node.displayName}`));
			try {
				const problems = await (isTrigger(entry.node) ? checkTrigger : checkNode)(page, entry, slug);
				for (const problem of problems) log(`     ${problem}`);
				if (problems.length > 0) failures++;
			} catch (error) {
				failures++;
				await shot(page, `${slug}-error`).catch(() => undefined);
				log(`FAIL ${entry.node.displayName}: ${(error as Error).message.split('\n')[0]}`);
			} finally {
				await page.close().catch(() => undefined);
			}
		}
		await browser.close();
	} catch (error) {
		failures++;
		log(`editor test failed: ${(error as Error).message}`);
	} finally {
		server.kill('SIGTERM');
	}
	log(`editor: ${descriptions().length - failures} passed, ${failures} failed (screenshots in screenshots/)`);
	process.exitCode = failures === 0 ? 0 : 1;
}

if (require.main === module) void main();
