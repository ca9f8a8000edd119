/**
 * What goes into a request, generated from the operation catalogue, for every operation of every node:
 * - path segments: each text the operation's parameters or input item give is replaced by a unique marker, to find
 *   the ones that end up in the request path; each of those is then given empty, `.`, `..` and percent-encoded dot
 *   values (refused before any request, naming the field and the item: RFC 3986 section 5.2.4 would send the
 *   request to another resource) and values with `/`, `?` and `#` (sent as exactly one segment);
 * - objects and arrays: every text parameter given `{{ { a: 1 } }}` and `{{ [1, 2] }}` by an expression, and text
 *   that is not well-formed Unicode: refused before any request, naming the field and the item;
 * - empty binaries: every binary file of the input item emptied: refused before any request, naming the property.
 * It prints one line per category, like the reliability suite, and scans everything it saw for secrets.
 */
import {
	NodeHelpers,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeRegistry, PACKAGE_NAME } from '../harness/engine';
import type { ItemSpec, OperationSpec } from './catalogue/types';
import { everyOperation, only, setPath, useCatalogueSuite, type Figures } from './harness';

const suite = useCatalogueSuite('segments');
const { sandbox, run, tally } = suite;

/** Keys whose values choose what the operation is, not data: never a path value. */
const NOT_DATA = new Set(['resource', 'operation', 'api', 'mode', '__rl']);

/** A text or number the operation's parameters (`path`) or its first input item (`item.path`) give. */
interface Leaf {
	path: string;
	value: string | number;
}

function leavesOf(value: unknown, prefix: string, leaves: Leaf[] = []): Leaf[] {
	if (Array.isArray(value)) {
		value.forEach((entry, index) => leavesOf(entry, `${prefix}[${index}]`, leaves));
	} else if (value !== null && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			if (!NOT_DATA.has(key)) leavesOf(child, prefix === '' ? key : `${prefix}.${key}`, leaves);
		}
	} else if (typeof value === 'string' || typeof value === 'number') {
		leaves.push({ path: prefix, value });
	}
	return leaves;
}

/** The values that the discovery can change: literal parameters, and the fields of the first input item. */
function dataLeaves(spec: OperationSpec): Leaf[] {
	const parameters = leavesOf(spec.parameters, '').filter((leaf) => typeof leaf.value !== 'string' || !leaf.value.startsWith('='));
	const item = leavesOf(spec.items[0].json, '').map((leaf) => ({ ...leaf, path: `item.${leaf.path}` }));
	return [...parameters, ...item];
}

/** A unique value in the shape of the original (a number, an e-mail address, a phone number), so that it is sent. */
function markerFor(leaf: Leaf, n: number): { value: string | number; text: string } {
	const original = String(leaf.value);
	if (typeof leaf.value === 'number' || /^\d+$/.test(original)) {
		const number = 9_870_000 + n;
		return { value: typeof leaf.value === 'number' ? number : String(number), text: String(number) };
	}
	if (original.includes('@')) return { value: `zq${n}mk@example.com`, text: `zq${n}mk@example.com` };
	if (/^\+\d+$/.test(original)) return { value: `+3169${String(n).padStart(7, '0')}`, text: `+3169${String(n).padStart(7, '0')}` };
	return { value: `zq${n}mk`, text: `zq${n}mk` };
}

/** An attack value in the shape of the original: an e-mail address keeps its domain, so that it passes as one. */
function shaped(leaf: Leaf, attack: string): string {
	return String(leaf.value).includes('@') ? `${attack}@example.com` : attack;
}

function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

interface Attempt {
	message?: string;
	description?: string;
	/** n8n refused to start the node (a required parameter is empty): it names the field, not the item. */
	byN8n: boolean;
	requests: Array<{ method: string; path: string }>;
	itemsOut: number;
}

/** Runs the operation on its first item with `value` at `leaf`, on a fresh sandbox. */
async function attempt(spec: OperationSpec, path: string, value: unknown, items?: ItemSpec[]): Promise<Attempt> {
	sandbox.reset();
	const parameters = structuredClone(spec.parameters);
	const input = items ?? structuredClone(spec.items.slice(0, 1));
	if (path.startsWith('item.')) setPath(input[0].json, path.slice(5), value);
	else if (path !== '') setPath(parameters, path, value);
	try {
		const result = await run(spec, { parameters, items: input });
		const error = result.error as unknown as { message?: string; description?: string } | undefined;
		const requests = sandbox.requests(spec.provider).map(({ method, path: sent }) => ({ method, path: sent }));
		return { message: error?.message, description: error?.description, byN8n: false, requests, itemsOut: error ? 0 : result.output('Node').length };
	} catch (error) {
		if ((error as Error).constructor.name !== 'WorkflowHasIssuesError') throw error;
		suite.observed.push((error as Error).message);
		return { message: (error as Error).message, byN8n: true, requests: sandbox.requests(spec.provider), itemsOut: 0 };
	}
}

// ------------------------------------------------------------------------------------------ the node's description

function descriptionOf(spec: OperationSpec): INodeTypeDescription {
	return nodeRegistry().getByName(`${PACKAGE_NAME}.${spec.node}`).description as INodeTypeDescription;
}

/** The property a parameter path names, among those the operation shows: `options.tags`, `receivers.receiver[0].type`. */
function propertyAt(spec: OperationSpec, path: string): INodeProperties | undefined {
	const description = descriptionOf(spec);
	const node = { typeVersion: 1 };
	const values = NodeHelpers.getNodeParameters(description.properties, spec.parameters as INodeParameters, true, false, node, description) ?? {};
	const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter((part) => !/^\d+$/.test(part));
	let property = description.properties.find(
		(candidate) => candidate.name === parts[0] && NodeHelpers.displayParameter(values, candidate, node, description, values),
	);
	// A fixed collection's path names a group, then (past the entry number) a field of it.
	let group: INodePropertyCollection | undefined;
	for (const part of parts.slice(1)) {
		if (group) {
			property = group.values.find((child) => child.name === part);
			group = undefined;
		} else if (property?.type === 'collection') {
			property = (property.options as INodeProperties[]).find((child) => child.name === part);
		} else if (property?.type === 'fixedCollection') {
			group = (property.options as INodePropertyCollection[]).find((candidate) => candidate.name === part);
			if (!group) return undefined;
		} else if (property?.type !== 'resourceLocator') {
			return undefined;
		}
	}
	return group ? undefined : property;
}

/** The parameter that maps an item field (`item.email` ← `={{ $json.email }}`), for the field's name in errors. */
function parameterMapping(spec: OperationSpec, itemPath: string): string | undefined {
	const key = itemPath.slice(5);
	const mapping = new RegExp(`\\$json\\.${key.replace(/[.[\]]/g, '\\$&')}(?![\\w$])`);
	return leavesOf(spec.parameters, '').find((leaf) => typeof leaf.value === 'string' && mapping.test(leaf.value))?.path;
}

/** The name the user sees for the field at a path, as errors must name it. */
function fieldName(spec: OperationSpec, path: string): string | undefined {
	const parameter = path.startsWith('item.') ? parameterMapping(spec, path) : path;
	return parameter === undefined ? undefined : propertyAt(spec, parameter)?.displayName;
}

const isTextProperty = (property: INodeProperties | undefined) => property?.type === 'string' || property?.type === 'resourceLocator';
const isListProperty = (property: INodeProperties) =>
	property.typeOptions?.multipleValues === true || /^Comma-separated/.test(property.description ?? '');

// ------------------------------------------------------------------------------------------------- assertions

/** Refused before any request, naming the field and `[item 0]`, with a description of how to fix it. */
function refusalProblems(attempted: Attempt, field: string, mustSay?: RegExp): string[] {
	const problems: string[] = [];
	if (attempted.requests.length > 0) problems.push(`sent ${attempted.requests.map((request) => `${request.method} ${request.path}`).join(', ')}`);
	if (!attempted.message?.includes(field)) problems.push(`the error does not name "${field}": ${attempted.message ?? 'no error'}`);
	if (!attempted.byN8n && !attempted.message?.includes('[item 0]')) problems.push(`the error does not name the item: ${attempted.message ?? 'no error'}`);
	if (!attempted.byN8n && !attempted.description) problems.push('the error does not say how to fix it');
	if (mustSay && !attempted.byN8n && !mustSay.test(attempted.message ?? '')) problems.push(`the error does not say ${String(mustSay)}: ${attempted.message ?? ''}`);
	return problems;
}

function count(figures: Figures, attempted: Attempt, refused: boolean): void {
	figures.cases++;
	figures.itemsIn++;
	figures.itemsOut += attempted.itemsOut;
	if (refused) figures.rejectedRequests += attempted.requests.length;
}

// ---------------------------------------------------------------------------------------------- path segments

/** Values a server resolves to the path around the segment, or no segment at all. */
const DOT_VALUES = ['', '.', '..', '%2e%2e', '.%2E', '%2e', '%252e%252e'];
/** Values that must travel inside one segment. */
const ONE_SEGMENT_VALUES = ['../x', 'a/b', 'a?b#c', 'x/../../y', 'a%2Fb', 'a;b=c'];

interface PathField {
	leaf: Leaf;
	field: string;
}

let markers = 0;

/** The leaves of the operation whose marker arrives in a request path. */
async function pathFieldsOf(spec: OperationSpec): Promise<{ found: PathField[]; problems: string[] }> {
	const found: PathField[] = [];
	const problems: string[] = [];
	for (const leaf of dataLeaves(spec)) {
		const marker = markerFor(leaf, ++markers);
		const attempted = await attempt(spec, leaf.path, marker.value);
		if (!attempted.requests.some((request) => decoded(request.path).includes(marker.text))) continue;
		const field = fieldName(spec, leaf.path);
		if (field === undefined) problems.push(`${leaf.path} goes into the path, but no parameter of the operation maps it`);
		else found.push({ leaf, field });
	}
	return { found, problems };
}

const discovered: string[] = [];
const arrivals = { oneSegment: 0, refusedByFormat: 0 };

/** Sent as exactly one segment (the encoded value inside one `/`-separated part), or refused by the field's format. */
function oneSegmentProblems(attempted: Attempt, field: string, value: string): string[] {
	const encoded = encodeURIComponent(value);
	const arrived = attempted.requests.some((request) => request.path.split('/').some((segment) => segment.includes(encoded)));
	if (arrived) {
		arrivals.oneSegment++;
		return [];
	}
	if (attempted.requests.length === 0 && attempted.message?.includes(field) && attempted.message.includes('[item 0]')) {
		arrivals.refusedByFormat++;
		return [];
	}
	const sent = attempted.requests.map((request) => `${request.method} ${request.path}`).join(', ');
	return [`"${value}" did not arrive as the one segment ${encoded}: ${sent || attempted.message || 'nothing sent'}`];
}

describe('path segments', () => {
	it.each(everyOperation)('%s: every path value is one segment; empty and dot values are refused', async (_label, _catalogue, spec) => {
		const { found, problems } = await pathFieldsOf(spec);
		for (const { leaf, field } of found) {
			discovered.push(`${spec.label}: ${leaf.path} (${field})`);
			for (const value of DOT_VALUES) {
				const attempted = await attempt(spec, leaf.path, value);
				const wrong = refusalProblems(attempted, field);
				count(tally('path: dot values'), attempted, true);
				problems.push(...wrong.map((problem) => `${leaf.path}=${JSON.stringify(value)}: ${problem}`));
			}
			for (const value of ONE_SEGMENT_VALUES) {
				const attempted = await attempt(spec, leaf.path, shaped(leaf, value));
				count(tally('path: one segment'), attempted, false);
				problems.push(...oneSegmentProblems(attempted, field, shaped(leaf, value)).map((problem) => `${leaf.path}: ${problem}`));
			}
		}
		expect(problems).toEqual([]);
	});

	it('found the path values of the catalogue, and sent most attacks as one segment', () => {
		process.stdout.write(`\npath values found:\n${discovered.join('\n')}\n`);
		process.stdout.write(`one-segment values: ${arrivals.oneSegment} arrived as one segment, ${arrivals.refusedByFormat} refused by the field's format\n`);
		// Bird and Cordial put IDs into paths (contacts, messages, channels, batch messages, templates), ExpertSender
		// its message and subscriber IDs; Mapp none.
		if (!only) expect(discovered.length).toBeGreaterThanOrEqual(20);
		expect(arrivals.oneSegment).toBeGreaterThan(arrivals.refusedByFormat);
	});
});

// ------------------------------------------------------------------------------------ objects, arrays, broken text

/** The text parameters the operation sets (literal or mapped), with the property that describes each. */
function textParameters(spec: OperationSpec): Array<{ path: string; property: INodeProperties }> {
	return leavesOf(spec.parameters, '')
		.map((leaf) => {
			// A resource locator's text is its `value`; the path to set stays the leaf's.
			const property = propertyAt(spec, leaf.path);
			return { path: leaf.path, property: property! };
		})
		.filter(({ path, property }) => isTextProperty(property) && (property.type !== 'resourceLocator' || path.endsWith('.value')));
}

const OBJECT = '={{ { a: 1 } }}';
const ARRAY = '={{ [1, 2] }}';
const ARRAY_OF_OBJECTS = '={{ [{ a: 1 }] }}';
const LONE_SURROGATE = 'half \uD83D of an emoji';

const withText = everyOperation.filter(([, , spec]) => textParameters(spec).length > 0);

describe('objects, arrays and broken text', () => {
	it('the catalogue sets text fields', () => {
		expect(withText.length).toBeGreaterThan(0);
	});

	it.each(withText)('%s: every text field refuses them before any request, naming the field and the item', async (_label, _catalogue, spec) => {
		const problems: string[] = [];
		for (const { path, property } of textParameters(spec)) {
			const attacks: Array<[string, unknown, RegExp]> = [
				['objects', OBJECT, /an object/],
				['objects', isListProperty(property) ? ARRAY_OF_OBJECTS : ARRAY, /list/],
				['broken text', LONE_SURROGATE, /lone surrogate/],
			];
			for (const [category, value, says] of attacks) {
				const attempted = await attempt(spec, path, value);
				count(tally(category === 'objects' ? 'objects, arrays' : 'lone surrogates'), attempted, true);
				problems.push(...refusalProblems(attempted, property.displayName, says).map((problem) => `${path}=${JSON.stringify(value)}: ${problem}`));
			}
		}
		expect(problems).toEqual([]);
	});
});

// --------------------------------------------------------------------------------------------- empty binaries

const withBinaries = everyOperation.filter(([, , spec]) => Object.keys(spec.items[0].binary ?? {}).length > 0);

describe('empty binaries', () => {
	it('the catalogue has operations that send files', () => {
		if (!only || only === 'bird' || only === 'expertsender') expect(withBinaries.length).toBeGreaterThan(0);
	});

	if (withBinaries.length > 0) {
		it.each(withBinaries)('%s: a file of 0 bytes is refused before any request, naming the property and the item', async (_label, _catalogue, spec) => {
			const problems: string[] = [];
			for (const name of Object.keys(spec.items[0].binary!)) {
				const items = structuredClone(spec.items.slice(0, 1));
				items[0].binary![name] = { ...items[0].binary![name], base64: '', text: undefined };
				const attempted = await attempt(spec, '', undefined, items);
				count(tally('empty binaries'), attempted, true);
				problems.push(...refusalProblems(attempted, `"${name}"`, /0 bytes/).map((problem) => `${name}: ${problem}`));
			}
			expect(problems).toEqual([]);
		});
	}
});

// ---------------------------------------------------------------------------------------------------- secrets


describe('secrets', () => {
	it('no credential secret appears in any output item, error or log line the suite produced', () => {
		expect(suite.observed.length).toBeGreaterThan(0);
		expect(suite.countLeaks()).toBe(0);
	});
});

