import path from 'node:path';

import { BirdProvider } from '../sandbox/providers/bird';
import { CordialProvider } from '../sandbox/providers/cordial';
import { ExpertSenderProvider } from '../sandbox/providers/expertsender';
import { MappProvider } from '../sandbox/providers/mapp';
import { KEEP_REAL } from './harness/pollSandbox';
import { useSandbox } from './harness/sandbox';
import { fixtureFiles, outputJson, readFixture, runFixture } from './harness/workflowFixture';

/**
 * Every `test/**\/*.workflow.json`: importable into n8n's editor (with this package installed and a credential of
 * each type pointing at `npm run sandbox`), and run here through the engine against the sandbox. Each node with
 * pinned data must give exactly that output; `meta.sandboxRequests`, when present, is the requests it must make.
 */
describe('workflow fixtures', () => {
	// Only Date is frozen, so that the timestamps the emulators write are the fixtures' own.
	beforeAll(() => jest.useFakeTimers({ now: new Date('2026-01-15T10:00:00.000Z'), doNotFake: KEEP_REAL }));
	afterAll(() => jest.useRealTimers());
	const { sandbox, credentials } = useSandbox([new MappProvider(), new ExpertSenderProvider(), new BirdProvider(), new CordialProvider()]);
	const files = fixtureFiles(__dirname);

	it('there are fixtures for every node', () => {
		expect(new Set(files.map((file) => file.split(path.sep)[0]))).toEqual(new Set(['BirdChannels', 'Cordial', 'ExpertSender', 'MappEngage']));
	});

	it.each(files)('%s', async (file) => {
		const fixture = readFixture(path.join(__dirname, file));
		const { run, expected } = await runFixture(fixture, credentials);
		expect(run.error?.message).toBeUndefined();
		expect(Object.keys(expected).length).toBeGreaterThan(0);
		for (const [node, items] of Object.entries(expected)) expect({ node, items: outputJson(run, node) }).toEqual({ node, items });
		const requests = fixture.meta?.sandboxRequests;
		// Items run in parallel: the requests are compared in any order.
		const sorted = (list: string[][]) => list.map((entry) => entry.join(' ')).sort();
		if (requests) expect(sorted(sandbox.requests().map((entry) => [entry.method, entry.path]))).toEqual(sorted(requests));
	});
});
