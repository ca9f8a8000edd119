import type { IDataObject } from 'n8n-workflow';

import { EXPERTSENDER_API_KEY } from '../../../sandbox/providers/expertsender';
import { customEvents } from '../../../sandbox/providers/expertsender/workflowCustomEvents';
import { API_REQUEST_START, apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const ESCAPED_KEY = EXPERTSENDER_API_KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const send = (extra: Record<string, unknown> = {}) => ({
	resource: 'customEvent',
	operation: 'send',
	customEventId: '1',
	receiverBy: 'email',
	receiverEmail: 'patrick@mydomain.com',
	...extra,
});

const field = (name: string, type: string, value: unknown) => ({ name, type, value });

describe('ExpertSender › Workflow Custom Event › Send', () => {
	const state = useExpertSenderSandbox();

	it('sends the documented simple request (CustomEventId, SubscriberId) byte for byte', async () => {
		// help.expertsender.com "Trigger workflow custom event", first example:
		// <Data><CustomEventId>1</CustomEventId><SubscriberId>1</SubscriberId></Data> (here for subscriber 1001).
		const run = await runExpertSender(state, send({ receiverBy: 'id', receiverId: '1001' }));
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { sent: true, customEventId: 1, subscriberId: 1001 }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path, entry.query]).toEqual(['POST', '/v2/Api/WorkflowCustomEvents', {}]);
		expect(entry.body).toBe(
			`${API_REQUEST_START}<ApiKey>${ESCAPED_KEY}</ApiKey><Data><CustomEventId>1</CustomEventId><SubscriberId>1001</SubscriberId></Data></ApiRequest>`,
		);
		expect(customEvents(state.provider)).toEqual([{ customEventId: 1, subscriberId: 1001, dataFields: [] }]);
	});

	it('writes typed data fields in order, with dates in the workflow time zone (America/New_York)', async () => {
		const run = await runExpertSender(
			state,
			send({
				dataFields: {
					dataField: [
						field('OrderId', 'Text', '={{ $json.orderId }}'),
						field('Total', 'Number', '={{ $json.total }}'),
						field('Paid', 'Boolean', '1'),
						field('DeliveryDay', 'Date', '2026-01-20'),
						field('OrderedAt', 'Datetime', '2026-01-15T14:30:00Z'),
						field('PromisedAt', 'Datetime', '2026-01-16 08:00:00'),
					],
				},
			}),
			{ items: [{ json: { orderId: 'A-1 <&>', total: 49.9 } }] },
		);
		expect(run.error).toBeUndefined();
		const dataFields = {
			OrderId: 'A-1 <&>',
			Total: '49.9',
			Paid: 'true',
			DeliveryDay: '2026-01-20',
			OrderedAt: '2026-01-15 09:30:00',
			PromisedAt: '2026-01-16 08:00:00',
		};
		expect(run.items).toEqual([{ json: { sent: true, customEventId: 1, email: 'patrick@mydomain.com', dataFields }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect(wireRequest(entry)).toEqual(
			apiRequest({
				Data: {
					CustomEventId: '1',
					SubscriberEmail: 'patrick@mydomain.com',
					DataFields: {
						DataField: [
							{ Name: 'OrderId', Type: 'Text', Value: 'A-1 <&>' },
							{ Name: 'Total', Type: 'Number', Value: '49.9' },
							{ Name: 'Paid', Type: 'Boolean', Value: 'true' },
							{ Name: 'DeliveryDay', Type: 'Date', Value: '2026-01-20' },
							{ Name: 'OrderedAt', Type: 'Datetime', Value: '2026-01-15 09:30:00' },
							{ Name: 'PromisedAt', Type: 'Datetime', Value: '2026-01-16 08:00:00' },
						],
					},
				},
			}),
		);
		expect(entry.body).toContain('<DataField><Name>OrderId</Name><Type>Text</Type><Value>A-1 &lt;&amp;&gt;</Value></DataField>');
		expect(customEvents(state.provider)[0].dataFields.map((entry) => entry.value)).toEqual(Object.values(dataFields));
	});

	it('names the subscriber by custom subscriber ID or phone with the documented elements', async () => {
		state.provider.addSubscriber({ id: 1500, email: 'ann@example.com', customSubscriberId: 'CRM-7', phone: '48501202365', properties: new Map(), lists: new Map(), events: [], subscriptions: [] });
		await runExpertSender(state, send({ receiverBy: 'customSubscriberId', receiverCustomId: 'CRM-7' }));
		await runExpertSender(state, send({ receiverBy: 'phone', receiverPhone: '+48 501 202 365', customEventId: '2' }));
		const bodies = state.sandbox.requests('expertsender').map((entry) => entry.body.slice(entry.body.indexOf('<Data>')));
		expect(bodies).toEqual([
			'<Data><CustomEventId>1</CustomEventId><CustomSubscriberId>CRM-7</CustomSubscriberId></Data></ApiRequest>',
			'<Data><CustomEventId>2</CustomEventId><SubscriberPhone>48501202365</SubscriberPhone></Data></ApiRequest>',
		]);
		expect(customEvents(state.provider).map((event) => [event.customEventId, event.subscriberId])).toEqual([
			[1, 1500],
			[2, 1500],
		]);
	});

	it('refuses bad input before any request, naming the field and the item', async () => {
		const cases: Array<[IDataObject, string]> = [
			[{ customEventId: '={{ "" }}' }, 'Custom Event ID: is empty [item 0]'],
			[{ customEventId: '1.5' }, 'Custom Event ID: "1.5" is not an ExpertSender ID [item 0]'],
			[{ receiverEmail: 'a@b' }, 'Email: "a@b" is not an e-mail address [item 0]'],
			[{ receiverBy: 'phone', receiverPhone: '12ab' }, 'Phone: "12ab" is not a phone number ExpertSender accepts [item 0]'],
			[{ receiverBy: 'customSubscriberId', receiverCustomId: '  ' }, 'Custom Subscriber ID: is empty [item 0]'],
			[{ dataFields: { dataField: [field('', 'Text', 'x')] } }, 'Data Fields › Data Field 1 › Name: is empty [item 0]'],
			[{ dataFields: { dataField: [field('A', 'Text', 'x'), field('a', 'Text', 'y')] } }, 'Data Fields › Data Field 2 › Name: the data field "a" is given twice [item 0]'],
			[{ dataFields: { dataField: [field('A', 'Number', '1,5')] } }, 'Data Fields › Data Field 1 › Value: "1,5" is not of type Number [item 0]'],
			[{ dataFields: { dataField: [field('A', 'Date', '2026-02-30')] } }, 'Data Fields › Data Field 1 › Value: "2026-02-30" is not of type Date [item 0]'],
			[{ dataFields: { dataField: [field('A', 'Datetime', 'yesterday')] } }, 'Data Fields › Data Field 1 › Value: "yesterday" is not of type Datetime [item 0]'],
			[{ dataFields: { dataField: [field('A', 'Boolean', 'yes')] } }, 'Data Fields › Data Field 1 › Value: "yes" is not of type Boolean [item 0]'],
			[{ dataFields: { dataField: [field('A', 'Text', '')] } }, 'Data Fields › Data Field 1 › Value: is empty [item 0]'],
		];
		for (const [parameters, message] of cases) {
			const run = await runExpertSender(state, send(parameters));
			expect(run.error?.message).toBe(message);
		}
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it("surfaces ExpertSender's message for an unknown event or subscriber, one output item per input item with Continue On Fail", async () => {
		const run = await runExpertSender(state, send({ customEventId: '={{ $json.event }}', receiverEmail: '={{ $json.email }}' }), {
			continueOnFail: true,
			items: [
				{ json: { event: '1', email: 'patrick@mydomain.com' } },
				{ json: { event: '99', email: 'patrick@mydomain.com' } },
				{ json: { event: '2', email: 'nobody@example.com' } },
			],
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ json: { sent: true, customEventId: 1, email: 'patrick@mydomain.com' }, pairedItem: { item: 0 } },
			{
				json: { error: 'ExpertSender Send Workflow Custom Event failed: Custom event 99 does not exist. (400) [item 1]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 1 },
			},
			{
				json: { error: 'ExpertSender Send Workflow Custom Event failed: Subscriber not found. (400) [item 2]', description: 'HTTP 400.', httpCode: '400' },
				pairedItem: { item: 2 },
			},
		]);
		expect(customEvents(state.provider)).toHaveLength(1);
	});
});
