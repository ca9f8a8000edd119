import type { IDataObject } from 'n8n-workflow';

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
