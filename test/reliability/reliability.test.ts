/**
 * The reliability and security suite: every operation of every node under injected faults, hundreds of invalid
 * inputs, hostile content in every XML/SOAP field, DOCTYPE responses, and a scan of everything the suite saw for
 * credential secrets. It prints one line per category (cases, items in, items out, duplicates, leaks, requests sent
 * for rejected input).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { XMLValidator } from 'fast-xml-parser';
import {
	NodeHelpers,
	type IDataObject,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodeTypeDescription,
} from 'n8n-workflow';

import type { FaultSpec, SandboxResponse } from '../../sandbox';
import { nodeRegistry, PACKAGE_NAME } from '../harness/engine';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from './catalogue/types';
import { catalogues, everyOperation, only, secretsOf, setPath, TIMEOUT_MS, useCatalogueSuite } from './harness';

const suite = useCatalogueSuite('reliability');
const { sandbox, run, tally, observed, duplicatesOf } = suite;

/**
 * n8n itself refuses to start a node whose required parameter is empty ("The 'Node' node has issues: Parameter
 * "Message ID" is required."); the suite treats that like the node's own refusal, which names the field.
 */
class RefusedByN8n extends Error {}

/** One output item per input item (or, for lists, at least one), each paired; error items name provider and item. */
function checkItems(spec: OperationSpec, items: INodeExecutionData[], inputCount: number): string[] {
	const problems: string[] = [];
	const paired = items.map((item) => (item.pairedItem as { item: number } | undefined)?.item);
	for (let index = 0; index < inputCount; index++) {
		const mine = items.filter((_, position) => paired[position] === index);
		if (mine.length === 0) problems.push(`input item ${index} has no output item`);
		const errors = mine.filter((item) => typeof item.json.error === 'string');
		if (errors.length > 0 && mine.length !== 1) problems.push(`input item ${index} has an error and other items`);
		for (const error of errors) {
			const message = String(error.json.error);
			if (!message.includes(spec.providerName) || !message.includes(`[item ${index}]`)) {
				problems.push(`error item does not name the provider and item ${index}: ${message}`);
			}
		}
	}
	if (spec.oneToOne !== false && items.length !== inputCount) problems.push(`${items.length} items out for ${inputCount} in`);
	if (paired.some((index) => index === undefined || index >= inputCount)) problems.push('an output item has no valid pairedItem');
	return problems;
}

interface FaultKind {
	name: string;
	/** The provider guarantees the request was not processed: the node must retry and succeed. */
	notProcessed?: boolean;
	fault: (catalogue: ProviderCatalogue, spec: OperationSpec) => FaultSpec | undefined;
}

const HTML_PAGE = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

const FAULT_KINDS: FaultKind[] = [
	{ name: '429 with Retry-After', notProcessed: true, fault: () => ({ respond: { status: 429, headers: { 'Retry-After': '0' }, body: '' } }) },
	{ name: '429 without Retry-After', notProcessed: true, fault: () => ({ respond: { status: 429, body: '' } }) },
	{
		name: "the provider's own not-processed answer",
		notProcessed: true,
		fault: (catalogue) => (catalogue.notProcessed ? { respond: catalogue.notProcessed as SandboxResponse } : undefined),
	},
	{ name: '500 after processing', fault: () => ({ process: true, respond: { status: 500, headers: { 'Content-Type': 'text/plain' }, body: 'Internal Server Error' } }) },
	{ name: '502 HTML page', fault: () => ({ respond: { status: 502, headers: { 'Content-Type': 'text/html' }, body: HTML_PAGE } }) },
	{ name: '503 after processing', fault: () => ({ process: true, respond: { status: 503, body: '' } }) },
	{ name: 'reset before the response', fault: () => ({ process: true, reset: true }) },
	{ name: 'timeout after the request was sent', fault: () => ({ process: true, delayMs: TIMEOUT_MS + 300 }) },
	{ name: 'empty body', fault: () => ({ process: true, respond: { status: 200, body: '' } }) },
	{ name: 'HTML page with 200', fault: () => ({ process: true, respond: { status: 200, headers: { 'Content-Type': 'text/html' }, body: HTML_PAGE } }) },
	{ name: 'truncated body', fault: () => ({ process: true, truncateTo: 12 }) },
	{ name: 'invalid JSON', fault: () => ({ process: true, respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"id": "1", "status": ' } }) },
	{
		name: 'truncated XML',
		fault: () => ({ process: true, respond: { status: 200, headers: { 'Content-Type': 'text/xml' }, body: '<ApiResponse><Data><Id>1</Id>' } }),
	},
	{
		name: 'body far larger than expected',
		fault: () => ({ process: true, respond: { status: 200, headers: { 'Content-Type': 'application/json' }, body: `{"data":"${'x'.repeat(8 * 1024 * 1024)}"}` } }),
	},
];

describe('faults', () => {
	describe.each(everyOperation)('%s', (_label, catalogue, spec) => {
		const kinds = FAULT_KINDS.filter((kind) => kind.fault(catalogue, spec) !== undefined);
		it.each(kinds.map((kind) => [kind.name, kind] as const))('%s: one item out per item in, nothing sent twice', async (_name, kind) => {
			sandbox.injectFault({ provider: spec.provider, times: 1, ...spec.faultOn, ...kind.fault(catalogue, spec)! });
			const result = await run(spec, { continueOnFail: true });
			expect(result.error).toBeUndefined();
			const items = result.output('Node');
			const f = tally('faults');
			f.cases++;
			f.itemsIn += spec.items.length;
			f.itemsOut += items.length;
			f.duplicates += duplicatesOf(spec);
			expect(checkItems(spec, items, spec.items.length)).toEqual([]);
			if (kind.notProcessed && (!kind.name.startsWith('429') || catalogue.retries429)) {
				expect(items.filter((item) => typeof item.json.error === 'string').map((item) => item.json.error)).toEqual([]);
			}
			expect(duplicatesOf(spec)).toBe(0);
		});

		it('without Continue On Fail, an ambiguous failure stops the node naming the item, and is not repeated', async () => {
			sandbox.injectFault({ provider: spec.provider, times: 1, ...spec.faultOn, process: true, reset: true });
			const result = await run(spec);
			const f = tally('faults (stop)');
			f.cases++;
			f.duplicates += duplicatesOf(spec);
			const error = result.error as unknown as { message: string } | undefined;
			if (spec.deliveries) {
				// A delivering request cut after the provider had it: the node must stop, not send it again.
				expect(error?.message).toMatch(/\[item \d+\]/);
				expect(error?.message).toContain(spec.providerName);
			} else if (error) {
				expect(error.message).toMatch(/\[item \d+\]/);
			}
			expect(duplicatesOf(spec)).toBe(0);
		});
	});
});

/** What an expression can give for a picker: a value it does not list. */
const UNLISTED_OPTION = '={{ "notAnOption" }}';

/**
 * Every picker (options parameter) the operation shows and an expression can set, alone or in a collection, given a
 * value it does not list. Resource, Operation and the like take no expression (`noDataExpression`), so n8n offers
 * only their options.
 */
function unlistedOptionInputs(spec: OperationSpec): InvalidInput[] {
	const description = nodeRegistry().getByName(`${PACKAGE_NAME}.${spec.node}`).description as INodeTypeDescription;
	const node = { typeVersion: 1 };
	const values = NodeHelpers.getNodeParameters(description.properties, spec.parameters as INodeParameters, true, false, node, description) ?? {};
	const shown = (property: INodeProperties) => NodeHelpers.displayParameter(values, property, node, description, values);
	const isPicker = (property: INodeProperties) =>
		property.type === 'options' && !property.noDataExpression && !property.typeOptions?.loadOptionsMethod && shown(property);
	const pickers: InvalidInput[] = description.properties
		.filter(isPicker)
		.map((property) => ({ path: property.name, values: [UNLISTED_OPTION], field: property.displayName, with: requiredWith(spec, description, property.name) }));
	const inCollections: InvalidInput[] = description.properties
		.filter((property) => property.type === 'collection' && shown(property))
		.flatMap((collection) =>
			((collection.options ?? []) as INodeProperties[])
				.filter(isPicker)
				.map((child) => ({ path: `${collection.name}.${child.name}`, values: [UNLISTED_OPTION], field: child.displayName })),
		);
	// In a fixed collection, the pickers of the first entry of each group the operation's parameters fill.
	const inFixedCollections: InvalidInput[] = description.properties
		.filter((property) => property.type === 'fixedCollection' && shown(property))
		.flatMap((collection) =>
			((collection.options ?? []) as INodePropertyCollection[]).flatMap((group) => {
				const entries = (spec.parameters[collection.name] as IDataObject | undefined)?.[group.name];
				if (entries === undefined) return [];
				const at = Array.isArray(entries) ? `${collection.name}.${group.name}[0]` : `${collection.name}.${group.name}`;
				return group.values
					.filter((child) => child.type === 'options' && !child.typeOptions?.loadOptionsMethod)
					.map((child) => ({ path: `${at}.${child.name}`, values: [UNLISTED_OPTION], field: child.displayName }));
			}),
		);
	return [...pickers, ...inCollections, ...inFixedCollections];
}

/**
 * With a picker set by an expression, n8n shows, and so requires, every field any of its options shows: filled with
 * "1" here, so that the node itself gets to judge the picker's value.
 */
function requiredWith(spec: OperationSpec, description: INodeTypeDescription, picker: string): IDataObject {
	const parameters = { ...spec.parameters, [picker]: UNLISTED_OPTION } as INodeParameters;
	const node = { id: '1', name: 'Node', type: description.name, typeVersion: 1, position: [0, 0] as [number, number], parameters };
	node.parameters = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description) ?? {};
	const issues = NodeHelpers.getNodeParametersIssues(description.properties, node, description);
	return Object.fromEntries(Object.keys(issues?.parameters ?? {}).map((name) => [name, '1']));
}

const badInputs = catalogues.flatMap((catalogue) => [
	...catalogue.invalid.flatMap(({ operation, inputs }) => {
		const spec = catalogue.operations.find((candidate) => candidate.label === operation);
		if (!spec) throw new Error(`The invalid inputs name an unknown operation: ${operation}`);
		return inputs.map((input) => [spec, input] as const);
	}),
	...catalogue.operations.flatMap((spec) => unlistedOptionInputs(spec).map((input) => [spec, input] as const)),
].flatMap(([spec, input]) => input.values.map((value) => [`${spec.label} ${input.path}=${JSON.stringify(value)}`, spec, input, value] as const)));

describe('bad input', () => {
	it('has at least 200 generated invalid combinations', () => {
		expect(badInputs.length).toBeGreaterThanOrEqual(only ? 1 : 200);
	});

	it.each(badInputs)('%s is refused before any request, naming the field and the item', async (_label, spec, input, value) => {
		const parameters = structuredClone(spec.parameters);
		const items = structuredClone(spec.items.slice(0, 1));
		if (input.path.startsWith('item.')) setPath(items[0].json, input.path.slice(5), value);
		else setPath(parameters, input.path, value);
		Object.assign(parameters, input.with);
		let message: string | undefined;
		let byN8n = false;
		try {
			message = ((await run(spec, { parameters, items })).error as unknown as { message: string } | undefined)?.message;
		} catch (error) {
			if ((error as Error).constructor.name !== 'WorkflowHasIssuesError') throw error;
			message = new RefusedByN8n((error as Error).message).message;
			byN8n = true;
			observed.push(message);
		}
		const f = tally('bad input');
		f.cases++;
		f.itemsIn += 1;
		const sent = sandbox.requests(spec.provider).length;
		f.rejectedRequests += sent;
		expect(message).toContain(input.field);
		if (!byN8n) expect(message).toContain('[item 0]');
		expect(sent).toBe(0);
	});
});

const HOSTILE_VALUES = [
	'a]]>b',
	'<script>alert(1)</script>',
	'Tom & Jerry &amp; &lt;',
	`"double" and 'single' quotes`,
	'tab\tnew line\ncarriage\rreturn\r\n',
	'astral 😀 𝄞 \u{10FFFF} and ]]]]><![CDATA[',
	'<![CDATA[ nested ]]> end',
	'  padded  ',
];

const hostileCases = catalogues.flatMap((catalogue) =>
	catalogue.operations
		.filter((spec) => spec.xml && spec.hostile)
		.flatMap((spec) =>
			spec.hostile!.fields.flatMap((field) =>
				HOSTILE_VALUES.map((value) => [`${spec.label} ${field} = ${JSON.stringify(value)}`, spec, field, value] as const),
			),
		),
);

describe('hostile content', () => {
	// jest refuses an empty table: a run without XML/SOAP operations (RELIABILITY_ONLY=bird) has none.
	if (hostileCases.length > 0) {
		it.each(hostileCases)('%s arrives exactly, in well-formed XML', async (_label, spec, field, value) => {
			const parameters = structuredClone(spec.parameters);
			const items = structuredClone(spec.items.slice(0, 1));
			if (field.startsWith('item.')) setPath(items[0].json, field.slice(5), value);
			else setPath(parameters, field, value);
			const result = await run(spec, { parameters, items });
			const f = tally('hostile content');
			f.cases++;
			f.itemsIn += 1;
			expect(result.error).toBeUndefined();
			f.itemsOut += result.output('Node').length;
			for (const request of sandbox.requests(spec.provider).filter((entry) => entry.body.trim().startsWith('<'))) {
				expect(XMLValidator.validate(request.body)).toBe(true);
			}
			expect(spec.hostile!.received(sandbox)).toContain(value);
		});
	}

	const canaryFolder = mkdtempSync(path.join(tmpdir(), 'xxe-'));
	const canaryFile = path.join(canaryFolder, 'secret.txt');
	writeFileSync(canaryFile, 'CANARY-7f3a9c');
	const doctypeBodies = [
		`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://${canaryFile}">]><ApiResponse><Data>&x;</Data></ApiResponse>`,
		'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><ApiResponse><Data>&lol2;</Data></ApiResponse>',
	];
	const doctypeCases = catalogues.flatMap((catalogue) =>
		catalogue.operations.filter((spec) => spec.xml).flatMap((spec) => doctypeBodies.map((body, index) => [`${spec.label} (${index === 0 ? 'XXE' : 'entity bomb'})`, spec, body] as const)),
	);

	// Likewise.
	if (doctypeCases.length > 0) {
		it.each(doctypeCases)('%s: a DOCTYPE response is refused without expansion or file access', async (_label, spec, body) => {
			sandbox.injectFault({ provider: spec.provider, times: 1, respond: { status: 200, headers: { 'Content-Type': 'text/xml' }, body } });
			const result = await run(spec, { continueOnFail: true, items: spec.items.slice(0, 1) });
			const f = tally('hostile content');
			f.cases++;
			f.itemsIn += 1;
			const items = result.output('Node');
			f.itemsOut += items.length;
			const text = JSON.stringify(items);
			expect(text).not.toContain('CANARY-7f3a9c');
			expect(text).not.toContain('lollollol');
			expect(String(items[0].json.error)).toMatch(/DOCTYPE/);
		});
	}
});


describe('secrets', () => {
	it('no credential secret appears in any output item, error or log line the suite produced', () => {
		expect(catalogues.every((catalogue) => secretsOf(catalogue, suite.credentials()).length > 0)).toBe(true);
		expect(observed.length).toBeGreaterThan(0);
		expect(suite.countLeaks()).toBe(0);
	});
});
