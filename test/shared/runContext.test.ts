import { mock } from 'jest-mock-extended';
import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { runContext } from '../../nodes/shared/runContext';
import { ParameterCache } from '../../nodes/shared/runContext/parameterCache';
import { runWorkflow } from '../harness/engine';

const ITEMS: IDataObject[] = [
	{ email: 'a@example.com', n: 5, f: 0.1 + 0.2, neg: -0, big: 1e21, yes: true, nested: { city: 'Zürich', list: ['x', 'y'] }, 'odd key': 'spaced', empty: '' },
	{ email: 'b@example.com', n: -12.5, f: 3, neg: 7, big: 2, yes: false, nested: { city: '<&>"\'', list: [] }, 'odd key': '', empty: null },
	{ email: 'c@example.com', nested: null, n: Number.NaN },
	{},
];

async function resolveBoth(parameters: IDataObject) {
	const result = await runWorkflow({
		nodes: [
			{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify(ITEMS.map((json) => ({ json }))) } },
			{ name: 'Probe', type: 'test.parameterProbe', parameters },
		],
	});
	return result.output('Probe').map((item) => item.json as Record<string, { engine: unknown; fast: unknown }>);
}

describe('run context: parameters resolved as n8n resolves them', () => {
	const texts = [
		'plain text',
		'={{ $json.email }}',
		'={{$json.email}}',
		'=Dear {{ $json.email }}, order {{ $json.n }} ({{ $json.yes }})',
		'={{ $json.n }}',
		'={{ $json.f }}',
		'={{ $json.neg }}',
		'={{ $json.big }}',
		'={{ $json.yes }}',
		'={{ $json.nested.city }}',
		'={{ $json.nested.list[1] }}',
		'={{ $json["odd key"] }}',
		"={{ $json['odd key'] }}",
		'={{ $json.empty }}',
		'={{ $json.missing }}',
		'=prefix {{ $json.missing }} suffix',
		'={{ $json.nested }}',
		'={{ $json.email.toUpperCase() }}',
		'={{ $json.constructor }}',
		'={{ $json.__proto__ }}',
		'=  {{ $json.email }}  ',
		'=no expression at all',
		'={{ $json.email }}{{ $json.n }}',
		'={{ 1 + 1 }}',
	];

	it.each(texts)('the text %j', async (text) => {
		for (const row of await resolveBoth({ text })) expect(row.text.fast).toEqual(row.text.engine);
	});

	it('numbers, booleans and collections with expressions in them', async () => {
		const rows = await resolveBoth({
			number: '={{ $json.n }}',
			flag: '={{ $json.yes }}',
			rows: { row: [{ name: 'static', value: '={{ $json.email }}' }, { name: '={{ $json.nested.city }}', value: 'x {{ $json.n }}' }] },
		});
		for (const row of rows) {
			expect(row.number.fast).toEqual(row.number.engine);
			expect(row.flag.fast).toEqual(row.flag.engine);
			expect(row['rows.row'].fast).toEqual(row['rows.row'].engine);
		}
		// The values did differ per item: the memo did not freeze the first item's.
		expect(rows.map((row) => (row['rows.row'].fast as { value: Array<{ value: string }> }).value[0].value)).toEqual([
			'a@example.com',
			'b@example.com',
			'c@example.com',
			undefined,
		]);
	});

	it.each([
		['a plain text', { text: '={{ $json.email }}' }],
		['a resource locator by ID', { locator: { __rl: true, mode: 'id', value: '={{ $json.email }}' } }],
		['a resource locator by URL', { locator: { __rl: true, mode: 'url', value: '=https://example.com/items/{{ $json.n }}' } }],
	])('reads %s with extractValue as n8n does', async (_, parameters) => {
		for (const row of await resolveBoth(parameters)) {
			expect(row['text:extract'].fast).toEqual(row['text:extract'].engine);
			expect(row['locator:extract'].fast).toEqual(row['locator:extract'].engine);
		}
	});

	it('gives every item its own copy of a parameter without expressions', async () => {
		const rows = await resolveBoth({ rows: { row: [{ name: 'a', value: 'b' }] } });
		for (const row of rows) expect(row['rows.row'].fast).toEqual({ value: [{ name: 'a', value: 'b' }] });
	});
});

describe('run context: pickers set by an expression', () => {
	const properties: INodeProperties[] = [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			options: [
				{ name: 'One Channel', value: 'channel' },
				{ name: 'Whole Workspace', value: 'workspace' },
			],
			default: 'channel',
		},
		{ displayName: 'Page Size', name: 'pageSize', type: 'options', options: [{ name: 'Ten', value: 10 }], default: 10 },
		{ displayName: 'List', name: 'list', type: 'options', typeOptions: { loadOptionsMethod: 'getLists' }, default: '' },
		{ displayName: 'Hidden', name: 'hidden', type: 'options', options: [{ name: 'A', value: 'a' }], default: 'a' },
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			default: {},
			options: [
				{ displayName: 'Status', name: 'status', type: 'options', options: [{ name: 'Draft', value: 'draft' }], default: 'draft' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			],
		},
		{
			displayName: 'Receivers',
			name: 'receivers',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			options: [
				{
					displayName: 'Receiver',
					name: 'receiver',
					values: [{ displayName: 'Type', name: 'type', type: 'options', options: [{ name: 'To', value: 'to' }], default: 'to' }],
				},
			],
		},
	];

	function contextWith(parameters: IDataObject, items: IDataObject[]) {
		return runContext(
			mock<IExecuteFunctions>({
				getNode: () => ({ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: parameters as INodeParameters }),
				getInputData: () => items.map((json) => ({ json })),
				// Dot paths as n8n reads them (`filters.status`); expressions stay raw, the run context resolves them.
				getNodeParameter: ((name: string, _itemIndex: number, fallback?: unknown) =>
					name.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], parameters) ?? fallback) as IExecuteFunctions['getNodeParameter'],
			}),
			properties,
		);
	}

	it('refuses a value the picker does not list, naming the field, the item and the options', () => {
		const context = contextWith({ scope: '={{ $json.scope }}' }, [{ scope: 'workspace' }, { scope: 'everything' }]);
		expect(context.getNodeParameter('scope', 0)).toBe('workspace');
		let error: NodeOperationError | undefined;
		try {
			context.getNodeParameter('scope', 1);
		} catch (caught) {
			error = caught as NodeOperationError;
		}
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toBe('Scope: "everything" is not one of its options [item 1]');
		expect(error?.description).toBe('Use one of One Channel (channel), Whole Workspace (workspace).');
	});

	it('takes a listed value whatever its type (the number 10 as "10"), and checks values without expressions too', () => {
		expect(contextWith({ pageSize: '={{ $json.size }}' }, [{ size: '10' }]).getNodeParameter('pageSize', 0)).toBe('10');
		expect(() => contextWith({ scope: 'channels' }, [{}]).getNodeParameter('scope', 0)).toThrow('Scope: "channels" is not one of its options [item 0]');
	});

	it('checks the pickers of a collection, read whole or one by one', () => {
		const context = contextWith({ filters: { status: '={{ $json.status }}', name: 'x' } }, [{ status: 'draft' }, { status: 'sent' }]);
		expect(context.getNodeParameter('filters', 0)).toEqual({ status: 'draft', name: 'x' });
		expect(() => context.getNodeParameter('filters', 1)).toThrow('Filters › Status: "sent" is not one of its options [item 1]');
		expect(() => contextWith({ filters: { status: 'sent' } }, [{}]).getNodeParameter('filters.status', 0)).toThrow(
			'Filters › Status: "sent" is not one of its options [item 0]',
		);
		expect(contextWith({ filters: {} }, [{}]).getNodeParameter('filters.status', 0, 'any fallback')).toBe('any fallback');
	});

	it('checks the pickers of every entry of a fixed collection, naming the entry', () => {
		const context = contextWith({ receivers: { receiver: [{ type: 'to' }, { type: '={{ $json.type }}' }] } }, [{ type: 'to' }, { type: 'reply-to' }]);
		expect(context.getNodeParameter('receivers', 0)).toEqual({ receiver: [{ type: 'to' }, { type: 'to' }] });
		expect(() => context.getNodeParameter('receivers.receiver', 1)).toThrow(
			'Receivers › Receiver 2 › Type: "reply-to" is not one of its options [item 1]',
		);
	});

	it('leaves alone lists loaded from the provider and fallbacks of parameters the node does not have', () => {
		const context = contextWith({ list: '={{ $json.list }}' }, [{ list: 'any-list-id' }]);
		expect(context.getNodeParameter('list', 0)).toBe('any-list-id');
		expect(context.getNodeParameter('hidden', 0, 'not-listed')).toBe('not-listed');
	});
});

describe('run context: text fields given something else than text', () => {
	const properties: INodeProperties[] = [
		{ displayName: 'Text', name: 'text', type: 'string', default: '' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Comma-separated, at most 10' },
		{ displayName: 'Payload', name: 'payload', type: 'json', default: '{}' },
		{ displayName: 'Channel', name: 'channel', type: 'resourceLocator', default: { mode: 'id', value: '' }, modes: [{ displayName: 'ID', name: 'id', type: 'string' }] },
		// The same name as text for one operation and as JSON for another: the operation judges it.
		{ displayName: 'Body', name: 'body', type: 'string', default: '', displayOptions: { show: { mode: ['text'] } } },
		{ displayName: 'Body', name: 'body', type: 'json', default: '{}', displayOptions: { show: { mode: ['json'] } } },
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			default: {},
			options: [{ displayName: 'Reference', name: 'reference', type: 'string', default: '' }],
		},
		{
			displayName: 'Snippets',
			name: 'snippets',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			options: [{ displayName: 'Snippet', name: 'snippet', values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }] }],
		},
	];

	function contextWith(parameters: IDataObject) {
		return runContext(
			mock<IExecuteFunctions>({
				getNode: () => ({ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: parameters as INodeParameters }),
				getInputData: () => [{ json: {} }, { json: {} }],
				// What n8n's engine gives for `{{ { a: 1 } }}` and the like: the object itself.
				getNodeParameter: ((name: string, _itemIndex: number, fallback?: unknown) =>
					name.split('.').reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], parameters) ?? fallback) as IExecuteFunctions['getNodeParameter'],
			}),
			properties,
		);
	}

	function errorOf(read: () => unknown): NodeOperationError | undefined {
		try {
			read();
		} catch (caught) {
			return caught as NodeOperationError;
		}
		return undefined;
	}

	it('refuses an object or an array for a text field, naming the field and the item, and says how to fix it', () => {
		const object = errorOf(() => contextWith({ text: { city: 'Zürich' } }).getNodeParameter('text', 1));
		expect(object?.message).toBe('Text: an expression gave an object, not text [item 1]');
		expect(object?.description).toContain('JSON.stringify');
		const array = errorOf(() => contextWith({ text: ['a', 'b'] }).getNodeParameter('text', 0));
		expect(array?.message).toBe('Text: an expression gave a list (array), not text [item 0]');
		expect(array?.description).toContain('.join(');
	});

	it('refuses text with a lone surrogate, and takes whole emoji', () => {
		expect(errorOf(() => contextWith({ text: 'half \uD83D' }).getNodeParameter('text', 0))?.message).toBe(
			'Text: contains a lone surrogate (half of an emoji or other character), which is not text [item 0]',
		);
		expect(contextWith({ text: 'whole 😀 𝄞' }).getNodeParameter('text', 0)).toBe('whole 😀 𝄞');
	});

	it('takes an array of texts and numbers for a comma-separated list, but not one with objects in it', () => {
		expect(contextWith({ tags: ['a', 2] }).getNodeParameter('tags', 0)).toEqual(['a', 2]);
		expect(errorOf(() => contextWith({ tags: [{ a: 1 }] }).getNodeParameter('tags', 0))?.message).toBe(
			'Tags: an expression gave a list with an entry that is not text [item 0]',
		);
		expect(errorOf(() => contextWith({ tags: { a: 1 } }).getNodeParameter('tags', 0))?.message).toBe('Tags: an expression gave an object, not text [item 0]');
	});

	it('leaves JSON fields, and names that are JSON in another variant, to the operation', () => {
		expect(contextWith({ payload: { a: 1 } }).getNodeParameter('payload', 0)).toEqual({ a: 1 });
		expect(contextWith({ body: { a: 1 } }).getNodeParameter('body', 0)).toEqual({ a: 1 });
	});

	it('checks the value of a resource locator, and text in collections and fixed collections, naming the entry', () => {
		expect(errorOf(() => contextWith({ channel: { __rl: true, mode: 'id', value: { id: 1 } } }).getNodeParameter('channel', 0))?.message).toBe(
			'Channel: an expression gave an object, not text [item 0]',
		);
		expect(contextWith({ channel: { __rl: true, mode: 'id', value: 'c-1' } }).getNodeParameter('channel', 0)).toEqual({ __rl: true, mode: 'id', value: 'c-1' });
		expect(errorOf(() => contextWith({ options: { reference: ['r'] } }).getNodeParameter('options', 0))?.message).toBe(
			'Options › Reference: an expression gave a list (array), not text [item 0]',
		);
		expect(errorOf(() => contextWith({ options: { reference: { r: 1 } } }).getNodeParameter('options.reference', 1))?.message).toBe(
			'Options › Reference: an expression gave an object, not text [item 1]',
		);
		const snippets = { snippet: [{ value: 'ok' }, { value: { no: 1 } }] };
		expect(errorOf(() => contextWith({ snippets }).getNodeParameter('snippets.snippet', 0))?.message).toBe(
			'Snippets › Snippet 2 › Value: an expression gave an object, not text [item 0]',
		);
	});
});

describe('run context: the parameter cache', () => {
	const items = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
	const raw: Record<string, unknown> = { channel: 'sms', options: { tags: 'a' }, count: '={{ $json.n }}' };
	const read = (name: string) => structuredClone(raw[name]);

	it('checks a constant once for the run, an expression for every item, and hands every item its own copy', () => {
		const checked: Array<[string, number]> = [];
		const cache = new ParameterCache(read, items, (name, itemIndex, value) => (checked.push([name, itemIndex]), value));
		const values = items.map((_, itemIndex) => [cache.value('channel', itemIndex), cache.value('options', itemIndex, {}), cache.value('count', itemIndex)]);
		expect(values).toEqual([['sms', { tags: 'a' }, 1], ['sms', { tags: 'a' }, 2], ['sms', { tags: 'a' }, 3]]);
		expect(values[0][1]).not.toBe(values[1][1]);
		expect(checked).toEqual([['channel', 0], ['options', 0], ['count', 0], ['count', 1], ['count', 2]]);
	});

	it('refuses a constant that fails its check for every item that reads it, not only the first', () => {
		const cache = new ParameterCache(read, items, (name, itemIndex) => {
			throw new Error(`${name} refused [item ${itemIndex}]`);
		});
		expect(() => cache.value('channel', 0)).toThrow('channel refused [item 0]');
		expect(() => cache.value('channel', 1)).toThrow('channel refused [item 1]');
	});

	it('keeps reads with different fallbacks and options apart', () => {
		const cache = new ParameterCache((name, _itemIndex, fallback, options) => (name === 'missing' ? fallback : options?.extractValue ? 'extracted' : read(name)), items);
		expect([cache.value('missing', 0, ''), cache.value('missing', 0, 0), cache.value('missing', 0, []), cache.value('missing', 0, {}), cache.value('missing', 0, { a: 1 })]).toEqual(['', 0, [], {}, { a: 1 }]);
		expect([cache.value('channel', 0), cache.value('channel', 0, undefined, { extractValue: true })]).toEqual(['sms', 'extracted']);
	});
});
