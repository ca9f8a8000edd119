import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { jsonResponse } from '../../sandbox/framework';
import { MappEngage } from '../../nodes/MappEngage/MappEngage.node';
import { APIS, mappListContext, REST, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from './helpers';

const search = new MappEngage().methods.listSearch.searchPreparedMessages;

describe.each(APIS)('Message ID picker (prepared messages of a group) over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const listOf = (parameters: IDataObject) =>
		mappListContext(credentials(), { api, resource: 'message', operation: 'sendPrepared', ...parameters } as INodeParameters);
	const listCall = (groupId: string) =>
		api === 'rest'
			? { method: 'GET', path: `${REST}/group/getPreparedMessages`, query: { groupId }, contentType: undefined, body: '' }
			: soapCall('groupGetPreparedMessages', `<groupId>${groupId}</groupId>`);

	it('lists the prepared messages of the Group ID, as "Message <id>", with the call Get Prepared Messages makes', async () => {
		expect(await search.call(listOf({ groupId: '1200' }))).toEqual({
			results: [
				{ name: 'Message 23541', value: '23541' },
				{ name: 'Message 23542', value: '23542' },
			],
		});
		expect(requests()).toEqual([listCall('1200')]);
	});

	it('filters by the search text (Mapp gives IDs only), and lists nothing for a group without prepared messages', async () => {
		expect(await search.call(listOf({ groupId: ' 1400 ' }), '611')).toEqual({ results: [{ name: 'Message 23611', value: '23611' }] });
		expect(await search.call(listOf({ groupId: '1400' }), '2354')).toEqual({ results: [] });
		expect(await search.call(listOf({ groupId: '1300' }))).toEqual({ results: [] });
		expect(requests()).toEqual([listCall('1400'), listCall('1400'), listCall('1300')]);
	});

	it.each([
		[{}, 'Enter a Group ID first to list its prepared messages'],
		[{ groupId: '' }, 'Enter a Group ID first to list its prepared messages'],
		[{ groupId: 'news' }, 'Group ID: "news" is not a number'],
		// The editor does not resolve an expression for a list.
		[{ groupId: '={{ $json.group }}' }, 'Group ID: "={{ $json.group }}" is not a number'],
	])('with Group ID %j says what to enter, before any request', async (parameters, message) => {
		await expect(search.call(listOf(parameters))).rejects.toThrow(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('names Mapp\'s own error for an unknown group, without an item', async () => {
		const error = (await search.call(listOf({ groupId: '7777' })).catch((caught: unknown) => caught)) as Error & { description?: string };
		expect(error.message).toBe('Mapp Engage List Prepared Messages failed: Group with groupId=7777 does not exist. (NO_SUCH_OBJECT)');
		expect(error.description).toContain('for a message or group, check its ID');
	});

	describe('the Message ID locator on the send operations', () => {
		it('Send Prepared sends the message picked From List (the Group ID is not sent)', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'message',
				operation: 'sendPrepared',
				groupId: '1400',
				messageId: { __rl: true, mode: 'list', value: '23611', cachedResultName: 'Message 23611' },
				recipientBy: 'contactId',
				recipientId: '33457',
			});
			expect(result.error).toBeUndefined();
			expect(result.output('Mapp')).toEqual([
				{
					json: { sent: true, messageId: '23611', contactId: '33457', parameters: [], attachments: [] },
					pairedItem: { item: 0 },
				},
			]);
			expect(requests()).toEqual([
				api === 'rest'
					? restCall('/message/sendSingle', { messageId: '23611', recipientId: '33457' }, { parameters: [] })
					: soapCall('messageSendSingle', '<messageId>23611</messageId><recipientId>33457</recipientId><additionalContent/>'),
			]);
			expect(provider.sendouts.map((sendout) => sendout.messageId)).toEqual([23611]);
			// Sending adds the recipient to the message's group, the group the list was for.
			expect(provider.groups.get(1400)?.get(33457)).toBe('OPT_IN');
		});

		it('Send Transactional sends the message given By ID, also mapped by an expression', async () => {
			const result = await runMapp(
				credentials(),
				{
					api,
					resource: 'message',
					operation: 'sendTransactional',
					messageId: { __rl: true, mode: 'id', value: '={{ $json.message }}' },
					recipientBy: 'contactId',
					recipientId: '33457',
					externalTransactionFormula: 'ORDER-7',
				},
				{ items: [{ json: { message: '23542' } }, { json: { message: 23612 } }] },
			);
			expect(result.error).toBeUndefined();
			expect(result.output('Mapp').map((item) => [item.json.messageId, item.pairedItem])).toEqual([
				['23542', { item: 0 }],
				['23612', { item: 1 }],
			]);
			expect(provider.sendouts.map((sendout) => sendout.messageId).sort()).toEqual([23542, 23612]);
		});

		it('still runs a workflow saved before the locator, whose Message ID is a plain string', async () => {
			const result = await runMapp(credentials(), {
				api,
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'contactId',
				recipientId: '33457',
			});
			expect(result.error).toBeUndefined();
			expect(result.output('Mapp')[0].json).toMatchObject({ sent: true, messageId: '23541' });
			expect(provider.sendouts.map((sendout) => sendout.messageId)).toEqual([23541]);
		});

		it('refuses a locator value that is no message ID before any request, naming the field and the item', async () => {
			const result = await runMapp(
				credentials(),
				{
					api,
					resource: 'message',
					operation: 'sendPrepared',
					messageId: { __rl: true, mode: 'list', value: '={{ $json.message }}' },
					recipientBy: 'contactId',
					recipientId: '33457',
				},
				{ items: [{ json: { message: 'welcome' } }] },
			);
			expect(result.error?.message).toBe('Message ID: "welcome" is not a number [item 0]');
			expect(sandbox.requests('mapp')).toEqual([]);
		});

		it('has n8n refuse a By ID value that is not digits, with the field named', async () => {
			const run = runMapp(credentials(), {
				api,
				resource: 'message',
				operation: 'sendPrepared',
				messageId: { __rl: true, mode: 'id', value: 'welcome' },
				recipientBy: 'contactId',
				recipientId: '33457',
			});
			// n8n checks the mode's regex before the node runs (WorkflowHasIssuesError).
			await expect(run).rejects.toThrow(
				"The 'Mapp' node has issues:\n- Message ID: the ID of a prepared message is a whole number, e.g. 23541",
			);
			expect(sandbox.requests('mapp')).toEqual([]);
		});
	});
});

describe.each(APIS)('Group ID picker (the account\'s groups) over %s', (api: Api) => {
	const searchGroups = new MappEngage().methods.listSearch.searchGroups;
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const listOf = () => mappListContext(credentials(), { api, resource: 'group', operation: 'get' } as INodeParameters);
	const groupGet = (groupId: string) =>
		api === 'rest'
			? { method: 'GET', path: `${REST}/group/get`, query: { groupId }, contentType: undefined, body: '' }
			: soapCall('groupGet', `<groupId>${groupId}</groupId>`);

	it('lists every group by name and ID: the listing over REST, each name with the call Get makes', async () => {
		expect(await searchGroups.call(listOf())).toEqual({
			results: [
				{ name: 'Newsletter (1200)', value: '1200' },
				{ name: 'Transactional (1300)', value: '1300' },
				{ name: 'Offers (1400)', value: '1400' },
			],
		});
		expect(requests()).toEqual([restCall('/group/findIdsByAttributes', {}, []), groupGet('1200'), groupGet('1300'), groupGet('1400')]);
	});

	it('filters by name or ID, case-insensitively', async () => {
		expect(await searchGroups.call(listOf(), 'offer')).toEqual({ results: [{ name: 'Offers (1400)', value: '1400' }] });
		expect(await searchGroups.call(listOf(), '130')).toEqual({ results: [{ name: 'Transactional (1300)', value: '1300' }] });
		expect(await searchGroups.call(listOf(), 'none such')).toEqual({ results: [] });
	});

	it('names at most 50 groups (one group/get each) and lists the rest by ID', async () => {
		for (let id = 2000; id < 2060; id++) provider.groups.set(id, new Map());
		const { results } = await searchGroups.call(listOf());
		expect(results).toHaveLength(63);
		expect(results[49]).toEqual({ name: 'Group 2046 (2046)', value: '2046' });
		expect(results[50]).toEqual({ name: 'Group 2047', value: '2047' });
		expect(sandbox.requests('mapp')).toHaveLength(51);
	});

	it("names Mapp's own error, without an item", async () => {
		sandbox.injectFault({
			provider: 'mapp',
			respond: jsonResponse(403 as never, { errorActor: 'CLIENT', errorCode: 'PERMISSION_DENIED', message: 'Permission denied for group/findIdsByAttributes' }),
		});
		await expect(searchGroups.call(listOf())).rejects.toThrow('Mapp Engage List Groups failed: Permission denied for group/findIdsByAttributes (PERMISSION_DENIED)');
	});

	it('lets the Message ID picker read a Group ID picked from this list (a locator) or typed By ID', async () => {
		const byList = mappListContext(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			groupId: { __rl: true, mode: 'list', value: '1200', cachedResultName: 'Newsletter (1200)' },
		} as unknown as INodeParameters);
		expect((await search.call(byList)).results.map((result) => result.value)).toEqual(['23541', '23542']);
		const byId = mappListContext(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			groupId: { __rl: true, mode: 'id', value: 'news' },
		} as unknown as INodeParameters);
		await expect(search.call(byId)).rejects.toThrow('Group ID: "news" is not a number');
	});
});
