import { eventDetailSendouts } from '../../../sandbox/providers/mapp/messages';
import { APIS, restCall, runMapp, useMappSandbox, wire, type Api } from '../helpers';

const PATH = '/message/sendTransactionalWithEventDetails';

/** REST only: the node sends this method over REST whichever API is chosen (the WSDL has no such operation). */
describe.each(APIS)('Message › Send Transactional With Event Details (API: %s)', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const base = { api, resource: 'message', operation: 'sendTransactionalWithEventDetails', messageId: '23541' };

	it('sends the body of Mapp\'s documented example exactly (docs.mapp.com apidocs, message sendTransactionalWithEventDetails)', async () => {
		// The page's request body example: two parameters, transaction false, eventDetailsProcessing
		// {groupBy: brandName, groupLabel: brandName, valueField: productName}, three items (Chair C1 / aaa aaa, …).
		const result = await runMapp(credentials(), {
			...base,
			recipientBy: 'contactId',
			recipientId: '33457',
			externalTransactionFormula: 'ORDER-42',
			parameters: { pairs: [{ name: 'Parameter Name 1', value: 'Parameter Value 1' }, { name: 'Parameter Name 2', value: 'Parameter Value 2' }] },
			eventDetailsSource: 'fields',
			eventDetails: {
				items: [
					{ itemDetails: { pairs: [{ name: 'productName', value: 'Chair C1' }, { name: 'brandName', value: 'aaa aaa' }] } },
					{ itemDetails: { pairs: [{ name: 'productName', value: 'Sofa S1' }, { name: 'brandName', value: 'bbb bbb' }] } },
					{ itemDetails: { pairs: [{ name: 'productName', value: 'Bed B1' }, { name: 'brandName', value: 'cccc cccc' }] } },
				],
			},
			grouping: { groupBy: 'brandName', groupLabel: 'brandName', valueField: 'productName', transaction: false },
		});
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			restCall(PATH, { messageId: '23541', recipientId: '33457', externalTransactionFormula: 'ORDER-42' }, {
				parameters: [
					{ name: 'Parameter Name 1', value: 'Parameter Value 1' },
					{ name: 'Parameter Name 2', value: 'Parameter Value 2' },
				],
				transaction: false,
				eventDetailsProcessing: { groupBy: 'brandName', groupLabel: 'brandName', valueField: 'productName' },
				eventDetails: [
					{ itemDetails: [{ name: 'productName', value: 'Chair C1' }, { name: 'brandName', value: 'aaa aaa' }] },
					{ itemDetails: [{ name: 'productName', value: 'Sofa S1' }, { name: 'brandName', value: 'bbb bbb' }] },
					{ itemDetails: [{ name: 'productName', value: 'Bed B1' }, { name: 'brandName', value: 'cccc cccc' }] },
				],
			}),
		]);
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					sent: true,
					messageId: '23541',
					contactId: '33457',
					externalTransactionFormula: 'ORDER-42',
					eventDetails: [
						{ productName: 'Chair C1', brandName: 'aaa aaa' },
						{ productName: 'Sofa S1', brandName: 'bbb bbb' },
						{ productName: 'Bed B1', brandName: 'cccc cccc' },
					],
					eventDetailsProcessing: { groupBy: 'brandName', groupLabel: 'brandName', valueField: 'productName' },
					parameters: [
						{ name: 'Parameter Name 1', value: 'Parameter Value 1' },
						{ name: 'Parameter Name 2', value: 'Parameter Value 2' },
					],
					attachments: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(eventDetailSendouts(provider)).toHaveLength(1);
		expect(provider.groups.get(1200)!.get(33457)).toBe('OPT_IN');
	});

	it('takes the items from JSON mapped from the input (numbers and booleans as text), after looking the contact up', async () => {
		const result = await runMapp(
			credentials(),
			{
				...base,
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				eventDetailsSource: 'json',
				eventDetailsJson: '={{ $json.lines }}',
			},
			{ items: [{ json: { email: 'j.mcexample@example.com', lines: [{ sku: 'C1', qty: 2, price: 49.9, gift: true }, { sku: 'S1', qty: 1, price: 399, gift: false }] } }] },
		);
		expect(result.error).toBeUndefined();
		expect(requests()[1]).toEqual(
			restCall(PATH, { messageId: '23541', recipientId: '33457', externalTransactionFormula: 'null' }, {
				parameters: [],
				eventDetails: [
					{ itemDetails: [{ name: 'sku', value: 'C1' }, { name: 'qty', value: '2' }, { name: 'price', value: '49.9' }, { name: 'gift', value: 'true' }] },
					{ itemDetails: [{ name: 'sku', value: 'S1' }, { name: 'qty', value: '1' }, { name: 'price', value: '399' }, { name: 'gift', value: 'false' }] },
				],
			}),
		);
		expect(result.output('Mapp')[0].json).toMatchObject({ identifierType: 'EMAIL', identifierValue: 'j.mcexample@example.com' });
	});

	it.each([
		[{ eventDetailsSource: 'json', eventDetailsJson: '{"sku": "C1"}' }, 'Event Details (JSON): is not an array [item 0]'],
		[{ eventDetailsSource: 'json', eventDetailsJson: '[]' }, 'Event Details (JSON): has no items [item 0]'],
		[{ eventDetailsSource: 'json', eventDetailsJson: '["C1"]' }, 'Event Details (JSON): item 1 is not an object [item 0]'],
		[{ eventDetailsSource: 'json', eventDetailsJson: '[{"sku": {"id": 1}}]' }, 'Event Details (JSON): item 1 › sku is not a text, number or boolean [item 0]'],
		[{ eventDetailsSource: 'json', eventDetailsJson: '[{}]' }, 'Event Details (JSON): item 1 has no details [item 0]'],
		[{ eventDetailsSource: 'json', eventDetailsJson: '[{"sku": ' }, /^Event Details \(JSON\): .* \[item 0\]$/],
		[{ eventDetailsSource: 'fields', eventDetails: {} }, 'Event Details: has no items [item 0]'],
		[{ eventDetailsSource: 'fields', eventDetails: { items: [{ itemDetails: { pairs: [{ name: '', value: 'x' }] } }] } }, 'Event Details: entry 1 has no name [item 0]'],
		[{ eventDetailsSource: 'fields', eventDetails: { items: [{ itemDetails: {} }] } }, 'Event Details: item 1 has no details [item 0]'],
		[{ messageId: '../1', eventDetailsSource: 'json', eventDetailsJson: '[{"a": 1}]' }, 'Message ID: "../1" is not a number [item 0]'],
		[{ recipientId: '%2e%2e', eventDetailsSource: 'json', eventDetailsJson: '[{"a": 1}]' }, 'Contact ID: "%2e%2e" is not a number [item 0]'],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const result = await runMapp(credentials(), { ...base, recipientBy: 'contactId', recipientId: '33457', ...parameters });
		if (message instanceof RegExp) expect(result.error?.message).toMatch(message);
		else expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('surfaces Mapp\'s message for an unknown message (400 NO_SUCH_OBJECT), sent once', async () => {
		const result = await runMapp(credentials(), {
			...base,
			messageId: '99999',
			recipientBy: 'contactId',
			recipientId: '33457',
			eventDetailsSource: 'json',
			eventDetailsJson: '[{"sku": "C1"}]',
		});
		expect(result.error?.message).toBe('Mapp Engage Send Transactional Message With Event Details failed: Message with id=99999 does not exist. (NO_SUCH_OBJECT) [item 0]');
		expect(sandbox.requests('mapp')).toHaveLength(1);
	});

	it('gives one item per input item with Continue On Fail', async () => {
		const result = await runMapp(
			credentials(),
			{ ...base, recipientBy: 'contactId', recipientId: '={{ $json.id }}', eventDetailsSource: 'json', eventDetailsJson: '[{"sku": "C1"}]' },
			{ continueOnFail: true, items: [{ json: { id: '404404' } }, { json: { id: '33457' } }] },
		);
		expect(result.error).toBeUndefined();
		const output = result.output('Mapp');
		expect(output).toHaveLength(2);
		expect(output[0]).toMatchObject({ pairedItem: { item: 0 } });
		expect(output[0].json.error).toBe(
			'Mapp Engage Send Transactional Message With Event Details failed: Contact with recipientId=404404 does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
		expect(output[1]).toMatchObject({ json: { sent: true, contactId: '33457' }, pairedItem: { item: 1 } });
	});
});
