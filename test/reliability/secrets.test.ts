/**
 * Secret redaction, generated from the operation catalogue: for every operation of every node, a credential whose
 * secret holds every character some encoder escapes, and a sandbox that echoes that secret back in every encoding
 * (raw, percent-encoded either way, n8n's query string, base64 at each alignment and Basic, XML- and JSON-escaped):
 * in an error body, a 2xx body, headers, an unreadable JSON or XML body the parser quotes, and cut by the error
 * excerpt at every position. No run of 8 characters of the secret may appear in the output items, the error's
 * message, description, JSON.stringify or toJSON(), or anything else the suite saw.
 */
import type { IDataObject } from 'n8n-workflow';

import type { FaultSpec } from '../../sandbox';
import { echoesOf, leakedFragments, type Echo } from '../harness/secretEchoes';
import type { OperationSpec, ProviderCatalogue } from './catalogue/types';
import { everyOperation, secretsOf, useCatalogueSuite } from './harness';

const suite = useCatalogueSuite('secrets');
const { sandbox, run, tally, observed } = suite;

// Every character an encoder treats specially: qs escapes !*()' beyond encodeURIComponent; XML & < > " '; JSON " \.
const HOSTILE_SECRET = `Sk!*()'~ Q/+=&<>"z9_kP3\\-mR7w`;
const EXCERPT_LENGTH = 160;
// Every answer, including retries and the requests of operations that make several.
const EVERY_REQUEST = 1_000;

function hostileCredential(catalogue: ProviderCatalogue): IDataObject {
	return Object.fromEntries(catalogue.secretFields.map((field) => [field, HOSTILE_SECRET]));
}

function echoesFor(catalogue: ProviderCatalogue): Echo[] {
	const credentials = suite.credentials();
	const type = catalogue.profile.credentialType;
	const data = { ...credentials, [type]: { ...credentials[type], ...hostileCredential(catalogue) } };
	return secretsOf(catalogue, data).flatMap((secret) => echoesOf(secret));
}

function xmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A body in the operation's own format that carries every echo: where an operation may put provider data. */
function okBody(spec: OperationSpec, echoes: Echo[]): FaultSpec['respond'] {
	if (spec.xml) {
		const fields = echoes.map((echo, index) => `<Field${index}>${xmlText(echo.text)}</Field${index}>`).join('');
		return { status: 200, headers: { 'Content-Type': 'text/xml' }, body: `<ApiResponse><Data><Id>1</Id>${fields}</Data></ApiResponse>` };
	}
	const record: IDataObject = Object.fromEntries(echoes.map((echo) => [echo.name, echo.text]));
	const body = { id: '1', ...record, data: record, results: [record], items: [record], message: echoes.map((echo) => echo.text).join(' ') };
	return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

interface Attack {
	name: string;
	faults: (spec: OperationSpec, echoes: Echo[]) => FaultSpec[];
}

const joined = (echoes: Echo[]) => echoes.map((echo) => echo.text).join(' | ');
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, '?');

const ATTACKS: Attack[] = [
	{ name: '400 error body', faults: (_spec, echoes) => [{ respond: { status: 400, headers: { 'Content-Type': 'text/plain' }, body: joined(echoes) } }] },
	{
		name: '500 JSON error body',
		faults: (_spec, echoes) => [{ respond: { status: 500, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: joined(echoes), error: { message: joined(echoes), code: echoes[0].text } }) } }],
	},
	{ name: '2xx body in the operation\'s format', faults: (spec, echoes) => [{ respond: okBody(spec, echoes) }] },
	{
		name: 'headers',
		faults: (_spec, echoes) => [
			{ respond: { status: 429, headers: { 'Retry-After': headerSafe(echoes[0].text), 'X-Echo': headerSafe(joined(echoes)) }, body: '' } },
		],
	},
	{
		name: 'unreadable 2xx JSON and XML the parser quotes',
		faults: (spec, echoes) => [
			{
				respond: spec.xml
					? { status: 200, headers: { 'Content-Type': 'text/xml' }, body: `<ApiResponse>${echoes.map((echo) => echo.text).join('')}` }
					: { status: 200, headers: { 'Content-Type': 'application/json' }, body: `${echoes[0].text}{"key": ${joined(echoes)}` },
			},
		],
	},
];

// The first operation of each node is tried at every cut position; the others at every CUT_STRIDE-th, each at its
// own offset, so that the operations of a node together try every position too (every position for every operation
// took 146 s here, against 34 s).
const CUT_STRIDE = 6;

/** One fault per cut: each echo placed so that the error excerpt (160 characters) ends at each chosen position. */
function cutFaults(echoes: Echo[], operationIndex: number): FaultSpec[] {
	const chosen = (cut: number) => operationIndex === 0 || (cut + operationIndex) % CUT_STRIDE === 0;
	return echoes.flatMap((echo) =>
		Array.from({ length: echo.text.length - 1 }, (_, index) => index).filter(chosen).map((index) => ({
			times: 1,
			respond: { status: 400, headers: { 'Content-Type': 'text/plain' }, body: `${'.'.repeat(EXCERPT_LENGTH - 1 - index)}${echo.text}${'.'.repeat(20)}` },
		})),
	);
}

/** Everything a user could see of a run: output items, and the error in every serialisation n8n uses. */
function everythingShown(result: Awaited<ReturnType<typeof run>>): string {
	const error = result.error as unknown as ({ message?: string; description?: string; toJSON?: () => unknown } & object) | undefined;
	const parts = [JSON.stringify(result.output('Node'))];
	if (error) parts.push(String(error.message), String(error.description), JSON.stringify(error), JSON.stringify(error.toJSON?.() ?? null));
	return parts.join('\n');
}

async function attack(catalogue: ProviderCatalogue, spec: OperationSpec, faults: FaultSpec[], itemCount: number, continueOnFail: boolean) {
	for (const fault of faults) sandbox.injectFault({ provider: spec.provider, times: EVERY_REQUEST, ...spec.faultOn, ...fault });
	const items = Array.from({ length: itemCount }, () => spec.items[0]);
	const seenBefore = observed.length;
	const result = await run(spec, { items, continueOnFail, credential: hostileCredential(catalogue) });
	const echoes = echoesFor(catalogue);
	// What this run added to the record of everything observed (each line is scanned once, by the run that added it).
	const leaks = leakedFragments(`${everythingShown(result)}\n${observed.slice(seenBefore).join('\n')}`, echoes);
	const f = tally('secrets');
	f.cases++;
	f.itemsIn += itemCount;
	f.itemsOut += result.output('Node').length;
	f.leaks += leaks.length;
	return leaks;
}

describe('secrets', () => {
	describe.each(everyOperation)('%s', (_label, catalogue, spec) => {
		it.each(ATTACKS.map((entry) => [entry.name, entry] as const))('%s: no 8 characters of the secret in anything shown', async (_name, entry) => {
			const faults = entry.faults(spec, echoesFor(catalogue));
			expect(await attack(catalogue, spec, faults, 1, true)).toEqual([]);
			expect(await attack(catalogue, spec, faults, 1, false)).toEqual([]);
		});

		// The first operation of each provider gets every cut (hundreds of items in one run): it has minutes, not 30 s.
		it('an error excerpt cut at every position of every echo leaves no 8 characters of the secret', async () => {
			const faults = cutFaults(echoesFor(catalogue), catalogue.operations.indexOf(spec));
			expect(await attack(catalogue, spec, faults, faults.length, true)).toEqual([]);
		}, 180_000);
	});
});
