import { CORDIAL_API_KEY, cordialSandbox } from '../Cordial/helpers';

/** What the emulator refuses for account lists, supplement records and automation templates (Cordial's API v2 Swagger). */
describe('Cordial sandbox: account lists, supplements, automation templates', () => {
	const { sandbox, provider } = cordialSandbox();
	const call = async (method: string, path: string, body?: string) => {
		const base = sandbox.credentials()[0].data.baseUrl as string;
		const response = await fetch(`${base}${path}`, {
			method,
			body,
			headers: { Authorization: `Basic ${Buffer.from(`${CORDIAL_API_KEY}:`).toString('base64')}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
		});
		return [response.status, await response.json()];
	};
	const generic = (message: unknown) => ({ error: true, errorKey: 'GENERIC_ERROR_KEY', message });

	it('addList: name required, letters/digits/dashes, not cid, unique; no unknown fields; enhanced a boolean', async () => {
		expect(await call('POST', '/accountlists', '{}')).toEqual([422, generic('name is required')]);
		expect(await call('POST', '/accountlists', '{"name":"a b"}')).toEqual([422, generic('Name must contain only letters, numbers, and dashes. Should not exceed 128 characters.')]);
		expect(await call('POST', '/accountlists', `{"name":"${'x'.repeat(129)}"}`)).toEqual([422, generic('Name must contain only letters, numbers, and dashes. Should not exceed 128 characters.')]);
		expect(await call('POST', '/accountlists', '{"name":"cid"}')).toEqual([422, generic('cid is not allowed for list names.')]);
		expect(await call('POST', '/accountlists', '{"name":"vip"}')).toEqual([422, generic('Name must be unique')]);
		expect(await call('POST', '/accountlists', '{"name":"x","color":"red"}')).toEqual([422, { error: true, errorKey: 'GENERIC_ERROR_KEY', messages: { color: ['Unknown field'] } }]);
		expect(await call('POST', '/accountlists', '{"name":"x","enhanced":"yes"}')).toEqual([422, { error: true, errorKey: 'GENERIC_ERROR_KEY', messages: { enhanced: ['Possible values: true, false'] } }]);
		expect(await call('POST', '/accountlists', '{"name":"x"}')).toEqual([200, { success: true, id: 103 }]);
	});

	it('lists: no paging parameters on getLists, integer IDs, the documented 404 bodies, Clear without a body', async () => {
		expect(await call('GET', '/accountlists?page=1')).toEqual([422, { error: true, errorKey: 'VALIDATION_ERROR', messages: { page: ['Unknown parameter'] } }]);
		const notExist = { error: true, errorKey: 'ACCOUNT_LISTS_NOT_FOUND', message: 'List does not exist' };
		expect(await call('GET', '/accountlists/vip')).toEqual([404, notExist]);
		expect(await call('GET', '/accountlists/999/count')).toEqual([404, notExist]);
		expect(await call('PUT', '/accountlists/999/clear')).toEqual([404, notExist]);
		expect(await call('PUT', '/accountlists/999', '{"name":"y"}')).toEqual([404, generic('List is not found')]);
		expect(await call('DELETE', '/accountlists/999')).toEqual([404, { error: true, errorKey: 'RECORD_NOT_FOUND', message: 'record not found' }]);
		expect(await call('PUT', '/accountlists/101/clear', '{"all":true}')).toEqual([422, { error: true, errorKey: 'GENERIC_ERROR_KEY', messages: { body: ['Clear takes no body'] } }]);
	});

	it('Count and Clear read and change the contacts\' memberships; Delete removes them', async () => {
		const cID = provider.addContact('jane@example.com');
		provider.contacts.get(cID)!.lists.push('vip', 'newsletter');
		expect(await call('GET', '/accountlists/102/count')).toEqual([200, { id: 102, name: 'vip', enhanced: false, count: 1 }]);
		expect(await call('PUT', '/accountlists/102/clear')).toEqual([200, { success: true, id: 102 }]);
		expect(provider.contacts.get(cID)!.lists).toEqual(['newsletter']);
		expect(await call('DELETE', '/accountlists/101')).toEqual([200, { success: true }]);
		expect(provider.contacts.get(cID)!.lists).toEqual([]);
	});

	it('supplement records: id required and not 24-hex, indexed types, contact objects need email or cID, unknown supplement', async () => {
		expect(await call('POST', '/supplements/cars/records', '{}')).toEqual([422, generic('empty post')]);
		expect(await call('POST', '/supplements/cars/records', '{"make":"Jeep"}')).toEqual([422, generic({ validationErrors: { id: ['id is required'] } })]);
		expect(await call('POST', '/supplements/cars/records', '{"id":"5f27b8c3965afd5165265393"}')).toEqual([422, generic({ validationErrors: { id: ['Cannot be a 24-character hex string'] } })]);
		expect(await call('POST', '/supplements/cars/records', '{"id":"1","year":"old"}')).toEqual([422, generic({ validationErrors: { year: ['The year must be a number.'] } })]);
		expect(await call('POST', '/supplements/cars/records', '{"id":"1","suppressTriggers":"no"}')).toEqual([422, generic({ validationErrors: { suppressTriggers: ['Possible values: true, false'] } })]);
		expect(await call('POST', '/supplements/stores/records', '{"id":"s1","city":"Paris"}')).toEqual([422, generic('Must include email or secondaryKey email,cID,push')]);
		expect(await call('POST', '/supplements/boats/records', '{"id":"1"}')).toEqual([422, generic("The supplement 'boats' does not exist.")]);
		expect(await call('GET', '/supplements/cars/records?limit=5')).toEqual([422, { error: true, errorKey: 'VALIDATION_ERROR', messages: { limit: ['Unknown parameter'] } }]);
		expect(await call('GET', '/supplements/cars/records/404')).toEqual([404, { error: true, errorKey: 'RECORD_NOT_FOUND', message: 'record not found' }]);
		expect(await call('POST', '/supplements/cars/records', '{"id":"1","year":2007}')).toEqual([201, { success: true, message: 'record created' }]);
		expect(await call('POST', '/supplements/cars/records', '{"id":"1","year":"2008"}')).toEqual([200, { success: true, message: 'record updated' }]);
	});

	it('automation templates: unknown parameters refused, unknown key RECORD_NOT_FOUND, fields projection', async () => {
		expect(await call('GET', '/automationtemplates?status=live')).toEqual([422, { error: true, errorKey: 'VALIDATION_ERROR', messages: { status: ['Unknown parameter'] } }]);
		expect(await call('GET', '/automationtemplates/nope')).toEqual([404, { error: true, errorKey: 'RECORD_NOT_FOUND', message: 'record not found' }]);
		expect(await call('GET', '/automationtemplates/weekly-promo?fields=channel')).toEqual([200, { key: 'weekly-promo', channel: 'email' }]);
		expect(await call('GET', '/automationtemplates?ct[gt]=2026-03-15T00:00:00Z&fields=name')).toEqual([200, [{ key: 'weekly-promo', name: 'Weekly promo' }]]);
	});

	it('batch message status filter: Cordial\'s "canceled", and unknown statuses refused', async () => {
		expect(await call('GET', '/batchmessages?status=cancelled')).toEqual([
			422,
			{ error: true, errorKey: 'VALIDATION_ERROR', messages: { status: ['Possible values: draft, scheduled, pending, processing, sending, sent, paused, canceled'] } },
		]);
		expect(await call('GET', '/batchmessages?status=canceled')).toEqual([200, []]);
	});
});
