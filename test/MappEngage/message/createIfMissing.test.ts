import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

/** Create Contact If Missing on the three sends: look up, create only on NO_SUCH_OBJECT, never twice. */
describe.each(APIS)('Message › Create Contact If Missing over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);
	const NEW = 'ann.new@example.com';
	const recipient = {
		recipientBy: 'identifier',
		identifierType: 'EMAIL',
		identifierValue: NEW,
		createIfMissing: true,
		creationAttributes: { pairs: [{ name: 'FirstName', value: 'Ann' }] },
	};
	const getNew = call(
		restCall('/contact/get', {}, { type: 'EMAIL', value: NEW }),
		soapCall('contactGet', `<identifier><type>EMAIL</type><value>${NEW}</value></identifier>`),
	);
	const createNew = call(
		restCall('/contact/create', {}, { emailAddress: NEW, attributes: [{ name: 'FirstName', value: 'Ann' }] }),
		soapCall('contactCreate', `<contact><emailAddress>${NEW}</emailAddress><attributes><name>FirstName</name><value>Ann</value></attributes></contact>`),
	);

	it('Send Prepared: creates the unknown contact with the identifier and attributes, then sends to it', async () => {
		const result = await runMapp(credentials(), { api, resource: 'message', operation: 'sendPrepared', messageId: '23541', ...recipient });
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			getNew,
			createNew,
			call(
				restCall('/message/sendSingle', { messageId: '23541', recipientId: '40000' }, { parameters: [] }),
				soapCall('messageSendSingle', '<messageId>23541</messageId><recipientId>40000</recipientId><additionalContent></additionalContent>'),
			),
		]);
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					sent: true,
					messageId: '23541',
					contactId: '40000',
					identifierType: 'EMAIL',
					identifierValue: NEW,
					contactCreated: true,
					parameters: [],
					attachments: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(provider.changes).toEqual(['create:40000']);
		expect(provider.contacts.get(40000)!.attributes).toEqual([{ name: 'FirstName', value: 'Ann' }]);
	});

	it('Send Transactional: an existing contact is not created again (contactCreated false)', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendTransactional',
			messageId: '23541',
			...recipient,
			identifierValue: 'j.mcexample@example.com',
			externalTransactionFormula: 'ORDER-7',
		});
		expect(result.error).toBeUndefined();
		expect(requests().map((request) => (api === 'rest' ? request.path : JSON.stringify(request.body).match(/ecm:(\w+)/)![1]))).toEqual(
			api === 'rest' ? ['/api/rest/v19/contact/get', '/api/rest/v19/message/sendTransactional'] : ['contactGet', 'messageSendTransactional'],
		);
		expect(result.output('Mapp')[0].json).toMatchObject({ contactId: '33457', contactCreated: false });
		expect(provider.changes).toEqual([]);
	});

	it('Send With Event Details: creates the contact, then sends over REST', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendTransactionalWithEventDetails',
			messageId: '23541',
			...recipient,
			eventDetailsSource: 'json',
			eventDetailsJson: '[{"sku": "C1"}]',
		});
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([
			getNew,
			createNew,
			restCall('/message/sendTransactionalWithEventDetails', { messageId: '23541', recipientId: '40000', externalTransactionFormula: 'null' }, {
				parameters: [],
				eventDetails: [{ itemDetails: [{ name: 'sku', value: 'C1' }] }],
			}),
		]);
		expect(result.output('Mapp')[0].json).toMatchObject({ contactCreated: true, contactId: '40000' });
	});

	it('does not repeat the create when Mapp says it exists by then: it fetches the contact again and sends', async () => {
		sandbox.injectFault({
			provider: 'mapp',
			...(api === 'rest' ? { path: '/contact/create' } : { bodyIncludes: 'ecm:contactCreate>' }),
			// Someone else creates the same contact between the look-up and the create.
			answer: (request) => {
				provider.contacts.set(33500, { contactId: 33500, emailAddress: NEW, mobileNumber: null, applicationAlias: null, identifier: null, attributes: [] });
				return provider.handle(request);
			},
		});
		const result = await runMapp(credentials(), { api, resource: 'message', operation: 'sendPrepared', messageId: '23541', ...recipient });
		expect(result.error).toBeUndefined();
		expect(requests()).toEqual([getNew, createNew, getNew, expect.objectContaining({ method: 'POST' })]);
		expect(result.output('Mapp')[0].json).toMatchObject({ contactId: '33500', contactCreated: false });
		expect(provider.sendouts.map((sendout) => sendout.contactId)).toEqual([33500]);
	});

	it('surfaces an error of the look-up other than NO_SUCH_OBJECT and creates nothing', async () => {
		sandbox.injectFault({
			provider: 'mapp',
			// Over REST in both runs: the point is the node's decision, not the encoding.
			path: '/contact/get',
			respond: { status: 400, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ errorActor: 'CLIENT', errorCode: 'PERMISSION_DENIED', message: 'No permission for contact/get' }) },
		});
		const result = await runMapp(credentials(), { ...recipient, api: 'rest', resource: 'message', operation: 'sendPrepared', messageId: '23541' });
		expect(result.error?.message).toBe('Mapp Engage Send Prepared Message failed: No permission for contact/get (PERMISSION_DENIED) [item 0]');
		expect(sandbox.requests('mapp')).toHaveLength(1);
		expect(provider.changes).toEqual([]);
	});

	it('refuses a creation attribute without a name before any request', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendPrepared',
			messageId: '23541',
			...recipient,
			creationAttributes: { pairs: [{ name: ' ', value: 'Ann' }] },
		});
		expect(result.error?.message).toBe('Attributes on Creation: entry 1 has no name [item 0]');
		expect(sandbox.requests('mapp')).toEqual([]);
	});

	it('gives one item per input item with Continue On Fail, creating each missing contact once', async () => {
		const result = await runMapp(
			credentials(),
			{ api, resource: 'message', operation: 'sendPrepared', messageId: '={{ $json.messageId }}', ...recipient, identifierValue: '={{ $json.email }}' },
			{ continueOnFail: true, items: [{ json: { email: NEW, messageId: '99999' } }, { json: { email: NEW, messageId: '23541' } }] },
		);
		expect(result.error).toBeUndefined();
		const output = result.output('Mapp');
		expect(output).toHaveLength(2);
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(String(output[0].json.error)).toContain('(NO_SUCH_OBJECT) [item 0]');
		// The first item created the contact before its send failed; the second finds it.
		expect(output[1]).toMatchObject({ json: { contactCreated: false, contactId: '40000' }, pairedItem: { item: 1 } });
		expect(provider.changes).toEqual(['create:40000']);
	});
});
