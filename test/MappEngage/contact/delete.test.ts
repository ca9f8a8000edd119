import { APIS, restCall, runMapp, soapCall, useMappSandbox, wire, type Api } from '../helpers';

describe.each(APIS)('Contact › Delete over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const requests = () => sandbox.requests('mapp').map(wire);
	const call = (rest: ReturnType<typeof restCall>, soap: ReturnType<typeof soapCall>) => (api === 'rest' ? rest : soap);

	it('deletes a contact and answers { deleted: true }', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'delete',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Mapp')).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
		expect(requests()).toEqual([
			call(
				restCall('/contact/delete', {}, { type: 'EMAIL', value: 'j.mcexample@example.com' }),
				soapCall('contactDelete', '<identifier><type>EMAIL</type><value>j.mcexample@example.com</value></identifier>'),
			),
		]);
		expect(provider.contacts.has(33457)).toBe(false);
		expect(provider.groups.get(1300)?.has(33457)).toBe(false);
	});

	it('fails with NO_SUCH_OBJECT for a contact that does not exist', async () => {
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'delete',
			identifierType: 'ID',
			identifierValue: '99999',
		});
		expect(result.error?.message).toBe(
			'Mapp Engage Delete Contact failed: Contact with identifier=99999 does not exist. (NO_SUCH_OBJECT) [item 0]',
		);
	});
});
