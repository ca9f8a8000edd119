import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Message › Send Transactional Message over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('sends with the external transaction formula (TMID) after looking the contact up', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendTransactional',
			messageId: '23541',
			recipientBy: 'identifier',
			identifierType: 'EXTERNAL',
			identifierValue: 'CRM-0001',
			externalTransactionFormula: 'ORDER-42',
			parameters: { pairs: [{ name: 'Total', value: '19.90' }] },
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([
			{
				json: {
					sent: true,
					messageId: '23541',
					contactId: '33457',
					identifierType: 'EXTERNAL',
					identifierValue: 'CRM-0001',
					externalTransactionFormula: 'ORDER-42',
					parameters: [{ name: 'Total', value: '19.90' }],
					attachments: [],
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(requests()[1]).toEqual(
			call(
				restCall(
					'/message/sendTransactional',
					{ messageId: '23541', recipientId: '33457', externalTransactionFormula: 'ORDER-42' },
					{ parameters: [{ name: 'Total', value: '19.90' }] },
				),
				soapCall(
					'messageSendTransactional',
					'<messageId>23541</messageId><externalTransactionFormula>ORDER-42</externalTransactionFormula><recipientId>33457</recipientId><additionalContent><parameters><name>Total</name><value>19.90</value></parameters></additionalContent>',
				),
			),
		);
		expect(provider.sendouts).toEqual([
			{
				method: 'sendTransactional',
				messageId: 23541,
				contactId: 33457,
				externalTransactionFormula: 'ORDER-42',
				parameters: [{ name: 'Total', value: '19.90' }],
				attachments: [],
			},
		]);
	});

	it('sends the literal null as TMID when none is given, as Mapp documents', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'message',
			operation: 'sendTransactional',
			messageId: '23542',
			recipientBy: 'contactId',
			recipientId: '33457',
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')[0].json).toEqual({
			sent: true,
			messageId: '23542',
			contactId: '33457',
			externalTransactionFormula: 'null',
			parameters: [],
			attachments: [],
		});
		expect(requests()).toEqual([
			call(
				restCall('/message/sendTransactional', { messageId: '23542', recipientId: '33457', externalTransactionFormula: 'null' }, { parameters: [] }),
				soapCall(
					'messageSendTransactional',
					'<messageId>23542</messageId><externalTransactionFormula>null</externalTransactionFormula><recipientId>33457</recipientId><additionalContent/>',
				),
			),
		]);
	});
});
