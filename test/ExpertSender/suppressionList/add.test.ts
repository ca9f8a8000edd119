import type { IDataObject } from 'n8n-workflow';

import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { suppressionLists } from '../../../sandbox/providers/expertsender/suppressionLists';
import { runExpertSender, useExpertSenderSandbox } from '../helpers';

const add = (entryType: string, entry: string, list = '1'): IDataObject => ({
	resource: 'suppressionList',
	operation: 'add',
	suppressionList: { __rl: true, mode: 'id', value: list },
	entryType,
	entry,
});

describe('ExpertSender › Suppression List › Add', () => {
	const state = useExpertSenderSandbox();
	const entriesOf = (id: number) => suppressionLists(state.provider).find((list) => list.id === id)!.entries;

	it('adds one entry per item with the documented query and no body, one output item each', async () => {
		// help.expertsender.com "Add to suppression list": POST /v2/Api/SuppressionLists/123?apiKey=…&entry=username%40domain.com
		const run = await runExpertSender(state, add('={{ $json.type }}', '={{ $json.entry }}'), {
			items: [
				{ json: { type: 'email', entry: 'nathan+test@example.com' } },
				{ json: { type: 'domain', entry: 'spam.example' } },
				{ json: { type: 'md5', entry: '2C2BA4DC950FD1162C47B08FDCFABE24' } },
			],
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { added: true, suppressionListId: 1, entry: 'nathan+test@example.com', entryType: 'email' }, pairedItem: { item: 0 } },
			{ json: { added: true, suppressionListId: 1, entry: 'spam.example', entryType: 'domain' }, pairedItem: { item: 1 } },
			{ json: { added: true, suppressionListId: 1, entry: '2c2ba4dc950fd1162c47b08fdcfabe24', entryType: 'md5' }, pairedItem: { item: 2 } },
		]);
		const requests = state.sandbox.requests('expertsender');
		expect(requests.map((entry) => [entry.method, entry.path, entry.query, entry.body])).toEqual([
			['POST', '/v2/Api/SuppressionLists/1', { apiKey: EXPERTSENDER_API_KEY, entry: 'nathan+test@example.com' }, ''],
			['POST', '/v2/Api/SuppressionLists/1', { apiKey: EXPERTSENDER_API_KEY, entry: 'spam.example' }, ''],
			['POST', '/v2/Api/SuppressionLists/1', { apiKey: EXPERTSENDER_API_KEY, entry: '2c2ba4dc950fd1162c47b08fdcfabe24' }, ''],
		]);
		// The "+" arrives as "+", so it was percent-encoded: a bare "+" in a query is a space.
		expect(entriesOf(1)).toEqual(['blocked@example.com', 'nathan+test@example.com', 'spam.example', '2c2ba4dc950fd1162c47b08fdcfabe24']);
	});

	it('sends entryType for phone lists, as the docs example …/SuppressionLists/456?…&entryType=prefix&entry=48', async () => {
		const run = await runExpertSender(state, add('={{ $json.type }}', '={{ $json.entry }}', '2'), {
			items: [{ json: { type: 'prefix', entry: '+48' } }, { json: { type: 'phone', entry: '+48 501 202 365' } }],
		});
		expect(run.error).toBeUndefined();
		expect(state.sandbox.requests('expertsender').map((entry) => entry.query)).toEqual([
			{ apiKey: EXPERTSENDER_API_KEY, entry: '48', entryType: 'prefix' },
			{ apiKey: EXPERTSENDER_API_KEY, entry: '48501202365', entryType: 'phone' },
		]);
		expect(entriesOf(2)).toEqual(['prefix:48', 'phone:48501202365']);
	});

	it('refuses bad input before any request, naming the field and the item', async () => {
		const cases: Array<[IDataObject, string]> = [
			[add('email', 'not-an-email'), 'Entry: "not-an-email" is not a valid email entry [item 0]'],
			[add('domain', 'http://example.com'), 'Entry: "http://example.com" is not a valid domain entry [item 0]'],
			[add('md5', 'abc'), 'Entry: "abc" is not a valid MD5 entry [item 0]'],
			[add('sha256', 'a'.repeat(63)), `Entry: "${'a'.repeat(63)}" is not a valid SHA256 entry [item 0]`],
			[add('phone', '12ab'), 'Entry: "12ab" is not a valid phone entry [item 0]'],
			[add('prefix', '12345'), 'Entry: "12345" is not a valid prefix entry [item 0]'],
			[add('email', '={{ "  " }}'), 'Entry: is empty [item 0]'],
			[add('email', 'a@example.com', '={{ ".." }}'), 'Suppression List: ".." is not an ExpertSender ID [item 0]'],
			[add('email', 'a@example.com', '={{ "1/../2" }}'), 'Suppression List: "1/../2" is not an ExpertSender ID [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const run = await runExpertSender(state, parameters);
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's message, and gives one output item per input item with Continue On Fail", async () => {
		const run = await runExpertSender(state, add('email', '={{ $json.entry }}', '={{ $json.list }}'), {
			continueOnFail: true,
			items: [
				{ json: { list: '3', entry: 'a@example.com' } },
				{ json: { list: '9', entry: 'a@example.com' } },
				{ json: { list: '2', entry: 'a@example.com' } },
			],
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { added: true, suppressionListId: 3, entry: 'a@example.com', entryType: 'email' }, pairedItem: { item: 0 } },
			{
				json: { error: 'ExpertSender Add to Suppression List failed: Suppression list 9 does not exist. (400) [item 1]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 1 },
			},
			{
				json: { error: 'ExpertSender Add to Suppression List failed: Entry is not a valid phone number. (400) [item 2]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 2 },
			},
		]);
	});

	it('passes the documented 400 text through for an entry ExpertSender refuses', async () => {
		state.sandbox.injectFault({
			provider: 'expertsender',
			respond: {
				status: 400,
				headers: { 'Content-Type': 'text/xml; charset=utf-8' },
				body: '<ApiResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><ErrorMessage><Code>400</Code><Message>Entry is not a valid email, domain, MD5 or SHA256.</Message></ErrorMessage></ApiResponse>',
			},
		});
		const run = await runExpertSender(state, add('email', 'a@example.com'));
		expect(run.error?.message).toBe('ExpertSender Add to Suppression List failed: Entry is not a valid email, domain, MD5 or SHA256. (400) [item 0]');
	});
});
