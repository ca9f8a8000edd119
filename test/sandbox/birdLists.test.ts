import { BIRD_ACCESS_KEY } from '../../sandbox/providers/bird';
import { BIRD_LISTS } from '../../sandbox/providers/bird/lists';
import { WS, birdSandbox } from '../BirdChannels/helpers';

type Answer = { status: number; body?: Record<string, unknown> };

/**
 * The emulator's lists and contact identifiers must refuse what Bird's Contacts API reference documents as refused
 * ("Manage contact lists", "Manage contact identifiers" on docs.bird.com), or the node tests would prove nothing.
 */
describe('Bird sandbox: contact lists and identifiers', () => {
	const ctx = birdSandbox();
	const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
		const response = await fetch(`${ctx.sandbox.url}/bird${WS}${path}`, {
			method,
			headers: { Authorization: `AccessKey ${BIRD_ACCESS_KEY}`, 'Content-Type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
	};
	const detailsOf = (answer: Answer) => answer.body?.details as Record<string, string[]>;
	const NEWSLETTER = BIRD_LISTS.newsletter.id;

	it('creates a list with the body of "Create a list" and answers 201 with the documented list object', async () => {
		// The request body of the page's example, with a tag ID as the page shows it.
		const created = await api('POST', '/lists', { name: 'US Customers', description: 'A list of all US customers', consentType: 'single', tags: ['123e4567-e89b-12d3-a456-426614174000'], isProof: true });
		expect(created.status).toBe(201);
		expect(created.body).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			name: 'US Customers',
			description: 'A list of all US customers',
			createdAt: expect.any(String),
			updatedAt: expect.any(String),
			contactCount: 0,
			consentType: 'single',
			tags: ['123e4567-e89b-12d3-a456-426614174000'],
			isProof: true,
			counter: { count: 0, updatedAt: expect.any(String) },
		});
		expect((await api('GET', `/lists/${String(created.body!.id)}`)).body).toEqual(created.body);
	});

	it.each([
		['no name', {}, '.name', "Property 'name' is missing"],
		['a one-letter name', { name: 'A' }, '.name', 'Must be 2 to 256 characters'],
		['a name of 257 characters', { name: 'x'.repeat(257) }, '.name', 'Must be 2 to 256 characters'],
		['an unknown property', { name: 'VIP', color: 'red' }, '.color', "Unknown property 'color'"],
		['a consent type not documented', { name: 'VIP', consentType: 'triple' }, '.consentType', 'Must be one of single, double'],
		['tags that are not UUIDs', { name: 'VIP', tags: ['vip'] }, '.tags', 'Must be an array of UUIDs'],
		['a proof flag that is text', { name: 'VIP', isProof: 'yes' }, '.isProof', 'Must be a boolean'],
	])('422 on create for %s', async (_name, body, field, detail) => {
		const answer = await api('POST', '/lists', body);
		expect(answer.status).toBe(422);
		expect(answer.body).toMatchObject({ code: 'MalformedRequest', message: 'One or more fields provided in the request body are malformed' });
		expect(detailsOf(answer)[field]).toContain(detail);
		expect((await api('GET', '/lists')).body!.results).toHaveLength(Object.keys(BIRD_LISTS).length);
	});

	it('404 NotFound for an unknown list on every list route; an update needs a property', async () => {
		const unknown = '0f0f0f0f-0000-4000-8000-000000000000';
		for (const [method, path, body] of [
			['GET', `/lists/${unknown}`],
			['PATCH', `/lists/${unknown}`, { name: 'New' }],
			['DELETE', `/lists/${unknown}`],
			['POST', `/lists/${unknown}/contacts`, { contacts: [unknown] }],
			['GET', `/lists/${unknown}/contacts`],
			['DELETE', `/lists/${unknown}/contacts`, { contacts: [unknown] }],
		] as const) {
			expect(await api(method, path, body)).toEqual({ status: 404, body: { code: 'NotFound', message: 'List not found' } });
		}
		const empty = await api('PATCH', `/lists/${NEWSLETTER}`, {});
		expect(empty.status).toBe(422);
		expect(detailsOf(empty)['.']).toContain('At least one property is required');
	});

	it('adds by contact ID and identifier, counts only existing contacts, and the contacts\' listIds follow', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		const bob = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31612345678' }], 'Bob');
		const nobody = '0f0f0f0f-0000-4000-8000-000000000000';
		// The bodies of the page's two examples: by contact IDs, and by identifiers.
		const added = await api('POST', `/lists/${NEWSLETTER}/contacts`, { contacts: [ann.id, nobody] });
		expect(added).toEqual({ status: 201, body: { itemsProcessed: 1 } });
		const byIdentifier = await api('POST', `/lists/${NEWSLETTER}/contacts`, {
			identifiers: [
				{ key: 'phonenumber', value: '+31612345678' },
				{ key: 'emailaddress', value: 'nobody@example.com' },
			],
		});
		expect(byIdentifier).toEqual({ status: 201, body: { itemsProcessed: 1 } });
		expect(ctx.bird.contacts.get(String(ann.id))!.listIds).toEqual([NEWSLETTER]);
		expect(ctx.bird.contacts.get(String(bob.id))!.listIds).toEqual([NEWSLETTER]);
		expect((await api('GET', `/lists/${NEWSLETTER}`)).body).toMatchObject({ contactCount: 2, counter: { count: 2 } });
		const members = await api('GET', `/lists/${NEWSLETTER}/contacts?limit=1`);
		expect((members.body!.results as Array<{ id: string }>).map((contact) => contact.id)).toEqual([ann.id]);
		const rest = await api('GET', `/lists/${NEWSLETTER}/contacts?limit=1&pageToken=${String(members.body!.nextPageToken)}`);
		expect(rest.body).toEqual({ results: [expect.objectContaining({ id: bob.id, listIds: [NEWSLETTER] })] });
	});

	it.each([
		['neither contacts nor identifiers', {}, '.', "At least one of 'contacts' or 'identifiers' is required"],
		['101 contacts and identifiers together', { contacts: Array.from({ length: 100 }, (_, n) => `0f0f0f0f-0000-4000-8000-${String(n).padStart(12, '0')}`), identifiers: [{ key: 'emailaddress', value: 'a@example.com' }] }, '.', 'Maximum combined count of contacts and identifiers is 100'],
		['a contact ID that is not a UUID', { contacts: ['c-1'] }, '.contacts', 'Must be an array of contact IDs (UUIDs)'],
		['an identifier without a value', { identifiers: [{ key: 'emailaddress' }] }, '.identifiers[0]', "Properties 'key' and 'value' are required"],
		['an unknown property', { contacts: [], contactIds: ['x'] }, '.contactIds', "Unknown property 'contactIds'"],
	])('422 when adding or removing %s', async (_name, body, field, detail) => {
		for (const method of ['POST', 'DELETE']) {
			const answer = await api(method, `/lists/${NEWSLETTER}/contacts`, body);
			expect(answer.status).toBe(422);
			expect(detailsOf(answer)[field]).toContain(detail);
		}
	});

	it('removes with a JSON body on DELETE (415 without one), and deleting a list takes it off its contacts', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		ctx.bird.contacts.get(String(ann.id))!.listIds.push(NEWSLETTER, BIRD_LISTS.vip.id);
		expect((await api('DELETE', `/lists/${NEWSLETTER}/contacts`, { contacts: [ann.id] }, { 'Content-Type': 'text/plain' })).status).toBe(415);
		expect(await api('DELETE', `/lists/${NEWSLETTER}/contacts`, { identifiers: [{ key: 'emailaddress', value: 'ann@example.com' }] })).toEqual({ status: 200, body: { itemsProcessed: 1 } });
		expect(ctx.bird.contacts.get(String(ann.id))!.listIds).toEqual([BIRD_LISTS.vip.id]);
		expect(await api('DELETE', `/lists/${BIRD_LISTS.vip.id}`)).toEqual({ status: 204, body: undefined });
		expect(ctx.bird.contacts.get(String(ann.id))!.listIds).toEqual([]);
		expect((await api('GET', `/lists/${BIRD_LISTS.vip.id}`)).status).toBe(404);
	});

	it('identifiers: create (201, documented shape), 409 for a taken one, list, and delete with a JSON body (204)', async () => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		ctx.bird.seedContact([{ key: 'emailaddress', value: 'bob@example.com' }], 'Bob');
		const path = `/contacts/${String(ann.id)}/identifiers`;
		// The body of "Create contact identifier" (with properties).
		const created = await api('POST', path, { key: 'secondaryEmailAddress', value: 'ann.work@example.com', properties: { countryCode: 'US', isGmail: true } });
		expect(created).toEqual({ status: 201, body: { contactId: ann.id, key: 'secondaryEmailAddress', value: 'ann.work@example.com', properties: { countryCode: 'US', isGmail: true }, createdAt: expect.any(String) } });
		expect((await api('POST', path, { key: 'emailaddress', value: 'bob@example.com' })).status).toBe(409);
		const listed = await api('GET', `${path}?limit=10`);
		expect((listed.body!.results as Array<{ key: string }>).map((identifier) => identifier.key)).toEqual(['emailaddress', 'secondaryEmailAddress']);
		const search = { identifier: { key: 'secondaryEmailAddress', value: 'ann.work@example.com' } };
		expect((await api('POST', '/contacts/search', search)).body!.results).toEqual([expect.objectContaining({ id: ann.id, identifierCount: 2 })]);
		expect(await api('DELETE', path, { key: 'secondaryEmailAddress', value: 'ann.work@example.com' })).toEqual({ status: 204, body: undefined });
		expect((await api('POST', '/contacts/search', search)).body!.results).toEqual([]);
		expect(await api('DELETE', path, { key: 'secondaryEmailAddress', value: 'ann.work@example.com' })).toEqual({ status: 404, body: { code: 'NotFound', message: 'Identifier not found' } });
		expect(await api('GET', '/contacts/0f0f0f0f-0000-4000-8000-000000000000/identifiers')).toEqual({ status: 404, body: { code: 'NotFound', message: 'Contact not found' } });
	});

	it.each([
		['no value', { key: 'emailaddress' }, '.value', "Property 'value' is missing"],
		['a key of 65 characters', { key: 'k'.repeat(65), value: 'x' }, '.key', 'Must be 1 to 64 characters'],
		['a value of 501 characters', { key: 'note', value: 'x'.repeat(501) }, '.value', 'Must be 1 to 500 characters'],
		['an e-mail key with no address', { key: 'emailaddress', value: 'ann' }, '.value', 'Must be an email address'],
		['a property key with a dash', { key: 'note', value: 'x', properties: { 'is-gmail': true } }, '.properties.is-gmail', 'Keys are up to 64 letters and digits'],
		['an unknown property', { key: 'note', value: 'x', primary: true }, '.primary', "Unknown property 'primary'"],
	])('422 on creating an identifier with %s', async (_name, body, field, detail) => {
		const ann = ctx.bird.seedContact([{ key: 'emailaddress', value: 'ann@example.com' }], 'Ann');
		const answer = await api('POST', `/contacts/${String(ann.id)}/identifiers`, body);
		expect(answer.status).toBe(422);
		expect(detailsOf(answer)[field]).toContain(detail);
		expect(ctx.bird.contacts.get(String(ann.id))!.identifiers).toHaveLength(1);
	});

	it('the upsert and the update take the documented account and list fields, at most 10 account IDs', async () => {
		const account = '123e4567-e89b-12d3-a456-426614174000';
		const upserted = await api('PATCH', '/contacts/identifiers/emailaddress/ann%40example.com', { addToAccounts: [account], addToLists: [NEWSLETTER] });
		expect(upserted.body).toMatchObject({ accountIds: [account], listIds: [NEWSLETTER] });
		const id = String(upserted.body!.id);
		expect((await api('PATCH', `/contacts/${id}`, { removeFromAccounts: [account], removeFromLists: [NEWSLETTER] })).body).toMatchObject({ accountIds: [], listIds: [] });
		const eleven = Array.from({ length: 11 }, () => account);
		const refused = await api('PATCH', '/contacts/identifiers/emailaddress/ann%40example.com', { addToAccounts: eleven });
		expect(refused.status).toBe(422);
		expect(detailsOf(refused)['.addToAccounts']).toContain('At most 10 items are allowed');
	});
});
