import type { IDataObject, INodeParameters } from 'n8n-workflow';

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
