import { BirdChannels } from '../../../nodes/BirdChannels/BirdChannels.node';
import { loadOptionsContext } from '../../harness/loadOptions';
import { WS, birdSandbox } from '../helpers';

describe('Bird Channels: Contact ID picker (searchContacts)', () => {
	const ctx = birdSandbox();
	const search = new BirdChannels().methods.listSearch.searchContacts;
	const context = () =>
		loadOptionsContext({
			node: 'birdChannels',
			credentialType: 'birdChannelsApi',
			credentials: ctx.credentials(),
			parameters: { resource: 'contact', operation: 'get' },
			path: 'parameters.contactId',
		});

	it('pages through the contacts, named by display name and first identifier, and filters a page by the text', async () => {
		const seeded = Array.from({ length: 120 }, (_, n) => ctx.bird.seedContact([{ key: 'emailaddress', value: `user${n}@example.com` }], `User ${n}`));
		const first = await search.call(context());
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'User 0 (user0@example.com)', value: seeded[0].id });
		const second = await search.call(context(), undefined, first.paginationToken);
		expect(second).toEqual({ results: seeded.slice(100).map((contact, n) => ({ name: `User ${100 + n} (user${100 + n}@example.com)`, value: contact.id })), paginationToken: undefined });
		expect(ctx.calls().map((call) => [call.method, call.path, call.query.limit, typeof call.query.pageToken])).toEqual([
			['GET', `${WS}/contacts`, '100', 'undefined'],
			['GET', `${WS}/contacts`, '100', 'string'],
		]);
		// The first page holds User 0 to User 99: of those, only User 11 has the text; User 110 to 119 are on the next.
		const filtered = await search.call(context(), 'user 11');
		expect(filtered).toEqual({ results: [{ name: 'User 11 (user11@example.com)', value: seeded[11].id }], paginationToken: first.paginationToken });
	});

	it('looks an e-mail address or a phone number up with Bird\'s identifier search', async () => {
		const jane = ctx.bird.seedContact([{ key: 'emailaddress', value: 'jane@example.com' }], 'Jane');
		const piet = ctx.bird.seedContact([{ key: 'phonenumber', value: '+31612345678' }]);
		expect(await search.call(context(), ' jane@example.com ')).toEqual({ results: [{ name: 'Jane (jane@example.com)', value: jane.id }] });
		expect(await search.call(context(), '+31612345678')).toEqual({ results: [{ name: '+31612345678', value: piet.id }] });
		expect(ctx.calls()).toEqual([
			{ method: 'POST', path: `${WS}/contacts/search`, query: {}, body: { identifier: { key: 'emailaddress', value: 'jane@example.com' } } },
			{ method: 'POST', path: `${WS}/contacts/search`, query: {}, body: { identifier: { key: 'phonenumber', value: '+31612345678' } } },
		]);
	});
});
