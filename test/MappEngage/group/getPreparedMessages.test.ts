import type { IDataObject } from 'n8n-workflow';

import { jsonResponse, xmlResponse } from '../../../sandbox/framework';
import { MAPP_ECM_NAMESPACE } from '../../../sandbox/providers/mapp';
import { APIS, REST, runMapp, SOAPENV, soapCall, useMappSandbox, wire, type Api } from '../helpers';

const NO_SUCH_OBJECT_HINT =
	'Mapp has no such object. For a contact, check the identifier type and value (Mapp answers 400, not 404, for an unknown contact); for a message or group, check its ID.';

/** What `wire` gives for the REST read: a GET with the group in the query and no body. */
function restGet(groupId: string): IDataObject {
	return { method: 'GET', path: `${REST}/group/getPreparedMessages`, query: { groupId }, contentType: undefined, body: '' };
}

/** A SOAP answer of groupGetPreparedMessages with `inner` as the response element's content. */
function soapAnswer(inner: string): ReturnType<typeof xmlResponse> {
	return xmlResponse(
		200,
		`<S:Envelope xmlns:S="${SOAPENV}"><S:Body><ns2:groupGetPreparedMessagesResponse xmlns:ns2="${MAPP_ECM_NAMESPACE}">${inner}</ns2:groupGetPreparedMessagesResponse></S:Body></S:Envelope>`,
	);
}

describe.each(APIS)('Group › Get Prepared Messages over %s', (api: Api) => {
	const { sandbox, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const onWire = (groupId: string) =>
		api === 'rest' ? restGet(groupId) : soapCall('groupGetPreparedMessages', `<groupId>${groupId}</groupId>`);
	const get = (groupId: string) => ({ api, resource: 'group', operation: 'getPreparedMessages', groupId });

	it('gives one item per prepared message of the group, as group and message ID', async () => {
		const result = await runMapp(credentials(), get('1400'));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{ json: { groupId: '1400', messageId: '23610' }, pairedItem: { item: 0 } },
			{ json: { groupId: '1400', messageId: '23611' }, pairedItem: { item: 0 } },
			{ json: { groupId: '1400', messageId: '23612' }, pairedItem: { item: 0 } },
		]);
		expect(requests()).toEqual([onWire('1400')]);
		expect(sandbox.requests('mapp')[0].status).toBe(200);
	});

	it('sends the request public clients send and reads the answer they read', async () => {
		// REST: MappCTSAmericas/api-form-demo inc/api.php get_prepared_messages() calls
		// GET <rest url>group/getPreparedMessages?groupId=<id> with Accept: application/json; Mapp documents the answer
		// as a JSON array of message IDs (reference notes §1.5, "GET /group/getPreparedMessages?groupId= returns [ids]").
		// SOAP: romankot/eCmConnector src/com/ecircle/developer/ecmapi/Ecm.java declares groupGetPreparedMessages with
		// one unqualified `long groupId` and @WebResult(name = "messageIds"), GroupGetPreparedMessagesResponse.java a
		// `messageIds` list (minOccurs 0, unbounded); MappCTSAmericas/phpdmc dmc.php get_prepared_messages() reads
		// `messageIds`, one element being a single value rather than a list.
		sandbox.injectFault({
			provider: 'mapp',
			respond: api === 'rest' ? jsonResponse(200, [23541]) : soapAnswer('<messageIds>23541</messageIds>'),
		});
		const result = await runMapp(credentials(), get('1200'));
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([{ json: { groupId: '1200', messageId: '23541' }, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([onWire('1200')]);
		const [entry] = sandbox.requests('mapp');
		if (api === 'rest') expect(entry.headers.accept).toContain('application/json');
	});

	if (api === 'soap') {
		it('also reads the IDs as <return> elements, the JAX-WS default name', async () => {
			sandbox.injectFault({ provider: 'mapp', respond: soapAnswer('<return>23541</return><return>23542</return>') });
			const result = await runMapp(credentials(), get('1200'));
			expect(result.output('Mapp').map((item) => item.json.messageId)).toEqual(['23541', '23542']);
		});
	}

	it('gives no items for a group without prepared messages, and items only for the groups that have some', async () => {
		const empty = await runMapp(credentials(), get('1300'));
		expect(empty.error).toBeUndefined();
		expect(empty.output('Mapp')).toEqual([]);
		expect(requests()).toEqual([onWire('1300')]);
		const mixed = await runMapp(credentials(), { ...get('={{ $json.group }}') }, { items: [{ json: { group: '1300' } }, { json: { group: '1200' } }] });
		expect(mixed.output('Mapp')).toEqual([
			{ json: { groupId: '1200', messageId: '23541' }, pairedItem: { item: 1 } },
			{ json: { groupId: '1200', messageId: '23542' }, pairedItem: { item: 1 } },
		]);
	});

	it('names Mapp\'s own error for an unknown group; Continue On Fail gives one error item for it, paired', async () => {
		const result = await runMapp(credentials(), get('={{ $json.group }}'), {
			continueOnFail: true,
			items: [{ json: { group: '7777' } }, { json: { group: '1200' } }],
		});
		expect(result.error).toBeUndefined();
		const output = result.output('Mapp');
		expect(output).toEqual([
			{
				json: {
					error: 'Mapp Engage Get Prepared Messages failed: Group with groupId=7777 does not exist. (NO_SUCH_OBJECT) [item 0]',
					description: NO_SUCH_OBJECT_HINT,
					httpCode: api === 'rest' ? '400' : '500',
				},
				pairedItem: { item: 0 },
			},
			{ json: { groupId: '1200', messageId: '23541' }, pairedItem: { item: 1 } },
			{ json: { groupId: '1200', messageId: '23542' }, pairedItem: { item: 1 } },
		]);
		// Mapp's answer is an answer: asked once per item.
		expect(sandbox.requests('mapp')).toHaveLength(2);
	});

	it('stops the node on an unknown group without Continue On Fail, naming the item', async () => {
		const result = await runMapp(credentials(), get('7777'));
		expect(result.error?.message).toBe(
			'Mapp Engage Get Prepared Messages failed: Group with groupId=7777 does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
	});

	it.each([
		['news', 'Group ID: "news" is not a number [item 0]'],
		['12x', 'Group ID: "12x" is not a number [item 0]'],
		['-5', 'Group ID: "-5" is not a number [item 0]'],
		['99999999999999999', 'Group ID: "99999999999999999" is not a number [item 0]'],
		['  ', 'Group ID: is empty [item 0]'],
	])('refuses the Group ID %j before any request, naming the field and the item', async (groupId, message) => {
		const result = await runMapp(credentials(), get(groupId));
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('refuses a bad mapped Group ID for its own item only under Continue On Fail', async () => {
		const result = await runMapp(credentials(), get('={{ $json.group }}'), {
			continueOnFail: true,
			items: [{ json: { group: '1200' } }, { json: { group: 'abc' } }],
		});
		expect(result.output('Mapp').map((item) => [item.json.messageId ?? item.json.error, item.pairedItem])).toEqual([
			['23541', { item: 0 }],
			['23542', { item: 0 }],
			['Group ID: "abc" is not a number [item 1]', { item: 1 }],
		]);
		expect(requests()).toEqual([onWire('1200')]);
	});

	it.each(
		api === 'rest'
			? [
					['an object', jsonResponse(200, { messageIds: [23541] }), 'the answer is not a list of message IDs'],
					['an empty body', { status: 200, body: '' }, 'the answer is not a list of message IDs'],
					['an ID beyond 2^53', { status: 200, headers: { 'Content-Type': 'application/json' }, body: '[9007199254740993]' }, 'the answer holds 9007199254740992, which is not a message ID the node can read exactly'],
				]
			: [
					['another response element', xmlResponse(200, `<S:Envelope xmlns:S="${SOAPENV}"><S:Body><ns2:contactGetResponse xmlns:ns2="${MAPP_ECM_NAMESPACE}"/></S:Body></S:Envelope>`), 'the answer holds no groupGetPreparedMessagesResponse'],
					['an empty body', { status: 200, body: '' }, 'the answer holds no groupGetPreparedMessagesResponse'],
					['a non-numeric ID', soapAnswer('<messageIds>abc</messageIds>'), 'the answer holds "abc", which is not a message ID the node can read exactly'],
				],
	)('fails clearly on a success answer that is %s, saying nothing was changed', async (_what, respond, problem) => {
		sandbox.injectFault({ provider: 'mapp', respond: respond as never });
		const result = await runMapp(credentials(), get('1200'), { continueOnFail: true });
		const [item] = result.output('Mapp');
		expect(item.json.error).toBe(`Mapp Engage Get Prepared Messages: ${problem} [item 0]`);
		expect(item.json.description).toContain('nothing was changed');
		expect(item.pairedItem).toEqual({ item: 0 });
	});
});
