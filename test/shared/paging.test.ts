import { mock } from 'jest-mock-extended';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	exactPerPage,
	includePagingInfoOption,
	listOutput,
	pageSizeOption,
	readIncludePagingInfo,
	readNumberedPages,
	readPageSize,
	readPageToken,
	readTokenPages,
	startPageTokenOption,
} from '../../nodes/shared/paging';
import { MAX_PAGES } from '../../nodes/shared/transport';

const context = mock<IExecuteFunctions>({ getNode: () => ({ id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }) });

function messageOf(action: () => unknown): string | undefined {
	try {
		action();
	} catch (error) {
		return (error as Error).message;
	}
	return undefined;
}

const records = (from: number, count: number): IDataObject[] => Array.from({ length: count }, (_, n) => ({ id: from + n }));

describe('paging options', () => {
	it('describe themselves with the names every node uses', () => {
		expect(pageSizeOption(100)).toMatchObject({ name: 'pageSize', type: 'number', default: 100, typeOptions: { minValue: 1, maxValue: 100 } });
		expect(startPageTokenOption('nextPageToken')).toMatchObject({ name: 'pageToken', type: 'string', default: '', placeholder: '={{ $json.nextPageToken }}' });
		const info = includePagingInfoOption('nextPage', 'First Page', 'Cordial counts pages.');
		expect(info).toMatchObject({ displayName: 'Include Paging Info', name: 'includePagingInfo', type: 'boolean', default: false });
		expect(info.description).toMatch(/^Whether .*"nextPage".* First Page .*\. Cordial counts pages\.$/);
	});
});

describe('readPageSize', () => {
	it.each([
		[undefined, 100],
		[null, 100],
		[1, 1],
		[100, 100],
		['25', 25],
	])('reads %j as %j', (value, size) => {
		expect(readPageSize(context, 0, value, 100)).toBe(size);
	});

	it.each([0, 101, -1, 2.5, 'x', '', ' ', NaN, true])('refuses %j naming Page Size and the item', (value) => {
		expect(messageOf(() => readPageSize(context, 4, value, 100))).toBe(`Page Size: ${typeof value === 'string' ? `"${value}"` : String(value)} is not a whole number from 1 to 100 [item 4]`);
	});
});

describe('readPageToken', () => {
	it.each([
		[undefined, undefined],
		[null, undefined],
		['', undefined],
		['   ', undefined],
		[' abc ', 'abc'],
		['a'.repeat(8000), 'a'.repeat(8000)],
		[12345, '12345'],
	])('reads %j as %j', (value, token) => {
		expect(readPageToken(context, 0, value, 8000)).toBe(token);
	});

	it.each([
		['a'.repeat(8001), 'is 8001 characters long, more than the 8000 a page token may have'],
		['a\u0000b', 'has a control character or half of an emoji, which no page token has'],
		['a\tb', 'has a control character or half of an emoji, which no page token has'],
		['a\u009fb', 'has a control character or half of an emoji, which no page token has'],
		['a\uDC00', 'has a control character or half of an emoji, which no page token has'],
		[{ token: 'a' }, 'is an object, not text'],
		[['a'], 'is a list, not text'],
		[true, 'is a boolean, not text'],
	])('refuses %j naming Start Page Token and the item', (value, problem) => {
		expect(messageOf(() => readPageToken(context, 2, value, 8000))).toBe(`Start Page Token: ${problem} [item 2]`);
	});
});

describe('readIncludePagingInfo', () => {
	it('is on only for true', () => {
		expect([{}, { includePagingInfo: false }, { includePagingInfo: 'true' }, { includePagingInfo: true }].map(readIncludePagingInfo)).toEqual([false, false, false, true]);
	});
});

describe('exactPerPage', () => {
	it.each([
		[30, 10, 10],
		[100, 100, 100],
		[30, undefined, 30],
		[1000, undefined, 1000],
		[3000, undefined, 1000],
	])('Limit %j with Per Page %j reads pages of %j', (limit, perPage, size) => {
		expect(exactPerPage(context, 0, limit, perPage, 1000)).toBe(size);
	});

	it('refuses a Limit that would end inside a page, naming Limit and the item', () => {
		expect(messageOf(() => exactPerPage(context, 1, 30, 100, 1000))).toBe('Limit: 30 is not a multiple of Per Page (100), so the next page would skip records [item 1]');
		expect(messageOf(() => exactPerPage(context, 1, 1500, undefined, 1000))).toBe(
			'Limit: 1500 is more than 1000 (the most one page holds) and not a multiple of it, so the next page would skip records [item 1]',
		);
	});
});

describe('readTokenPages', () => {
	/** A list of `total` records in pages handed out by token `t<offset>`. */
	function list(total: number) {
		const asked: Array<[string | undefined, number]> = [];
		const fetchPage = async (token: string | undefined, size: number) => {
			asked.push([token, size]);
			const offset = token === undefined ? 0 : Number(token.slice(1));
			const end = Math.min(total, offset + size);
			return { records: records(offset, end - offset), nextToken: end < total ? `t${end}` : undefined };
		};
		return { asked, fetchPage };
	}
	const refuse = (problem: string) => new Error(problem);

	it('reads all pages of Page Size, from the start token, to the last page (next token null)', async () => {
		const { asked, fetchPage } = list(10);
		expect(await readTokenPages(fetchPage, { pageSize: 4, startToken: 't2' }, refuse)).toEqual({ records: records(2, 8), nextToken: null });
		expect(asked).toEqual([['t2', 4], ['t6', 4]]);
	});

	it('with a limit asks the last page only for the rest, and gives the token after it', async () => {
		const { asked, fetchPage } = list(20);
		expect(await readTokenPages(fetchPage, { pageSize: 4, limit: 10 }, refuse)).toEqual({ records: records(0, 10), nextToken: 't10' });
		expect(asked).toEqual([[undefined, 4], ['t4', 4], ['t8', 2]]);
	});

	it('keeps every record of a page that gives more than it was asked for, so that none falls between two runs', async () => {
		const result = await readTokenPages(async () => ({ records: records(0, 5), nextToken: 'next' }), { pageSize: 3, limit: 3 }, refuse);
		expect(result).toEqual({ records: records(0, 5), nextToken: 'next' });
	});

	it('an empty next token is the last page', async () => {
		expect(await readTokenPages(async () => ({ records: [], nextToken: '' }), { pageSize: 10 }, refuse)).toEqual({ records: [], nextToken: null });
	});

	it('refuses a list that hands back the start token or a token already followed', async () => {
		await expect(readTokenPages(async () => ({ records: records(0, 1), nextToken: 'start' }), { pageSize: 1, startToken: 'start' }, refuse)).rejects.toThrow(
			'page 1 of the list gives a page token already followed, so the list would never end',
		);
		const loop = async () => ({ records: records(0, 1), nextToken: 'a' });
		await expect(readTokenPages(loop, { pageSize: 1 }, refuse)).rejects.toThrow('page 2 of the list gives a page token already followed, so the list would never end');
	});

	it(`refuses a list that goes on past ${MAX_PAGES} pages`, async () => {
		let n = 0;
		const endless = async () => ({ records: records(n, 1), nextToken: `t${++n}` });
		await expect(readTokenPages(endless, { pageSize: 1 }, refuse)).rejects.toThrow(`the list goes on past ${MAX_PAGES} pages, the most one read follows`);
		expect(n).toBe(MAX_PAGES);
	});
});

describe('readNumberedPages', () => {
	function list(total: number) {
		const asked: Array<[number, number]> = [];
		const fetchPage = async (page: number, perPage: number) => {
			asked.push([page, perPage]);
			const start = (page - 1) * perPage;
			return records(start, Math.max(0, Math.min(total, start + perPage) - start));
		};
		return { asked, fetchPage };
	}
	const tooMany = (problem: string) => new Error(`Provider: ${problem}`);

	it('reads to the short page with Return All: nextPage null', async () => {
		const { asked, fetchPage } = list(5);
		expect(await readNumberedPages(fetchPage, { returnAll: true, limit: 0, firstPage: 1, perPage: 2 }, tooMany)).toEqual({ records: records(0, 5), nextPage: null });
		expect(asked).toEqual([[1, 2], [2, 2], [3, 2]]);
	});

	it('stops at the limit on a full page: nextPage is the page after it', async () => {
		const { asked, fetchPage } = list(20);
		expect(await readNumberedPages(fetchPage, { returnAll: false, limit: 4, firstPage: 3, perPage: 2 }, tooMany)).toEqual({ records: records(4, 4), nextPage: 5 });
		expect(asked).toEqual([[3, 2], [4, 2]]);
	});

	it('returns every record read; a limit inside a page reads that page whole (the output cuts it)', async () => {
		const { fetchPage } = list(20);
		expect(await readNumberedPages(fetchPage, { returnAll: false, limit: 3, firstPage: 1, perPage: 2 }, tooMany)).toEqual({ records: records(0, 4), nextPage: 3 });
	});

	it(`refuses a list still full after ${MAX_PAGES} pages with the provider's error`, async () => {
		let pages = 0;
		const endless = async (_page: number, perPage: number) => {
			pages++;
			return records(0, perPage);
		};
		await expect(readNumberedPages(endless, { returnAll: true, limit: 0, firstPage: 1, perPage: 1 }, tooMany)).rejects.toThrow(
			`Provider: the list goes on past ${MAX_PAGES} pages, the most one read follows`,
		);
		expect(pages).toBe(MAX_PAGES);
	});
});

describe('listOutput', () => {
	it('gives one item per record up to the limit, or one item with the paging info', () => {
		expect(listOutput(records(0, 4), { includePagingInfo: false, limit: 3 }, 'nextPage', 3)).toEqual(records(0, 3));
		expect(listOutput(records(0, 4), { includePagingInfo: false }, 'nextPage', null)).toEqual(records(0, 4));
		expect(listOutput(records(0, 4), { includePagingInfo: true, limit: 3 }, 'nextPageToken', 'abc')).toEqual({ results: records(0, 4), nextPageToken: 'abc' });
		expect(listOutput([], { includePagingInfo: true }, 'nextPage', null)).toEqual({ results: [], nextPage: null });
	});
});
