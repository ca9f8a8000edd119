/**
 * The emulator's contacts, contact merge and account contact attributes refuse what Cordial's API v2 Swagger refuses
 * (ContactCPost channels, MergeContacts with its required options, Attribute with key/name/type), with its error bodies.
 */
import { CORDIAL_API_KEY, cordialSandbox } from '../Cordial/helpers';

const MERGE_OPTIONS = {
	email_channels: 'destinationContact',
	sms_channels: 'destinationContact',
	push_channels: 'merge',
	orders: 'merge',
	events: 'merge',
	supplements: 'destinationContact',
	cart: 'lastModified',
	attributes: 'destinationContact',
	lists: 'destinationContact',
};

describe('Cordial emulator: contacts, merge and contact attributes', () => {
	const { sandbox, provider } = cordialSandbox();
	const call = async (method: string, path: string, body?: unknown) => {
		const base = sandbox.credentials()[0].data.baseUrl as string;
		const response = await fetch(`${base}${path}`, {
			method,
			body: body === undefined ? undefined : JSON.stringify(body),
			headers: { Authorization: `Basic ${Buffer.from(`${CORDIAL_API_KEY}:`).toString('base64')}`, 'Content-Type': 'application/json' },
		});
		return [response.status, await response.json()];
	};
	const problem = (messages: unknown) => ({ error: true, errorKey: 'GENERIC_ERROR_KEY', messages });

	it('refuses channels the account lacks, bad addresses and statuses, and unknown channel fields', async () => {
		expect(await call('POST', '/contacts', { channels: { push: { address: 'token' } } })).toEqual([422, problem({ 'channels.push': ["Channel doesn't exist"] })]);
		expect(await call('POST', '/contacts', { channels: { sms: { address: '555-12' } }, identifyBy: ['channels.sms.address'] })).toEqual([
			422,
			problem({ 'channels.sms.address': ['Address not exists'] }),
		]);
		expect(await call('POST', '/contacts', { channels: { email: { address: 'a@example.com', subscribeStatus: 'yes' } } })).toEqual([
			422,
			problem({ 'channels.email.subscribeStatus': ['Possible values: none, subscribed, unsubscribed'] }),
		]);
		expect(await call('POST', '/contacts', { channels: { email: { address: 'a@example.com', status: 'none' } } })).toEqual([
			422,
			problem({ 'channels.email.status': ['Unknown field'] }),
		]);
		expect(await call('POST', '/contacts', { channels: { sms: { address: '15555551234' } } })).toEqual([422, problem({ 'channels.email.address': ['Address not exists'] })]);
		expect(provider.contacts.size).toBe(0);
	});

	it('finds a contact by channels.sms.address in the path, and gives a new contact no subscription by default', async () => {
		expect(await call('POST', '/contacts', { channels: { sms: { address: '15555551234' } }, identifyBy: ['channels.sms.address'] })).toEqual([
			201,
			{ success: true, message: 'contact created', cID: expect.any(String) },
		]);
		const [status, contact] = await call('GET', '/contacts/channels.sms.address:15555551234');
		expect([status, (contact as { channels: unknown }).channels]).toEqual([200, { sms: { address: '15555551234', subscribeStatus: 'none' } }]);
	});

	it('merge needs both contacts and every option with a documented value', async () => {
		const source = provider.addContact('old@example.com');
		const destination = provider.addContact('new@example.com');
		expect(await call('POST', '/contacts/merge', { sourceContact: source, destinationContact: destination })).toEqual([
			422,
			{ error: true, errorKey: 'GENERIC_ERROR_KEY', message: 'options is required' },
		]);
		const withoutLists: Record<string, string> = { ...MERGE_OPTIONS };
		delete withoutLists.lists;
		expect((await call('POST', '/contacts/merge', { sourceContact: source, destinationContact: destination, options: withoutLists }))[1]).toMatchObject({
			message: 'options.lists must be one of: sourceContact, destinationContact',
		});
		expect((await call('POST', '/contacts/merge', { sourceContact: source, destinationContact: destination, options: { ...MERGE_OPTIONS, cart: 'newest' } }))[1]).toMatchObject({
			message: 'options.cart must be one of: sourceContact, destinationContact, lastModified',
		});
		expect(await call('POST', '/contacts/merge', { sourceContact: 'ghost@example.com', destinationContact: destination, options: MERGE_OPTIONS })).toEqual([
			422,
			{ error: true, errorKey: 'GENERIC_ERROR_KEY', message: "Source contact doesn't exist" },
		]);
		expect(await call('POST', '/contacts/merge', { sourceContact: 'old@example.com', destinationContact: destination, options: MERGE_OPTIONS })).toEqual([
			201,
			{ jobID: expect.any(String), message: 'Contacts merge job has been created' },
		]);
		expect([...provider.contacts.keys()]).toEqual([destination]);
	});

	it('attributes: key, name and type required, the type enum, unique keys, unknown fields and list parameters refused', async () => {
		const refusal = (message: string) => [422, { error: true, errorKey: 'GENERIC_ERROR_KEY', message }];
		expect(await call('POST', '/accountcontactattributes', { key: 'shoe_size', name: 'Shoe Size' })).toEqual(refusal('type is required'));
		expect(await call('POST', '/accountcontactattributes', { key: 'shoe_size', name: 'Shoe Size', type: 'integer' })).toEqual(refusal('invalid field type'));
		expect(await call('POST', '/accountcontactattributes', { key: 'first_name', name: 'Given Name', type: 'string' })).toEqual(refusal('Key must be unique'));
		expect(await call('POST', '/accountcontactattributes', { key: 'size', name: 'first_name', type: 'string' })).toEqual(refusal('Name must be unique'));
		expect(await call('POST', '/accountcontactattributes', { key: 'size', name: 'Size', type: 'string', unique: true })).toEqual(refusal('Unknown field: unique'));
		expect(await call('POST', '/accountcontactattributes', { key: 'size', name: 'Size', type: 'string', retainOnDestroy: 'keep' })).toEqual(
			refusal('retainOnDestroy: possible values anonymized, unchanged, null, ""'),
		);
		expect(await call('GET', '/accountcontactattributes?page=1')).toEqual([422, problem({ page: ['Unknown parameter'] })]);
		expect(await call('GET', '/accountcontactattributes?type=integer')).toEqual(refusal('invalid field type'));
		expect(await call('GET', '/accountcontactattributes/shoe_size')).toEqual([404, { error: true, errorKey: 'RECORD_NOT_FOUND', message: 'record not found' }]);
		expect(await call('POST', '/accountcontactattributes', { key: 'home', name: 'Home', type: 'geo' })).toEqual([200, { success: true }]);
		expect((await call('GET', '/accountcontactattributes/home'))[1]).toMatchObject({ key: 'home', type: 'geo', index: true });
	});
});
