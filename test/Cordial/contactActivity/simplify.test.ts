import { simplifyActivity } from '../../../nodes/Cordial/helpers/simplify';
import { cordialSandbox } from '../helpers';

describe('Cordial Contact Activity > Get Many, Simplify', () => {
	const { run, provider } = cordialSandbox();

	// A record as Cordial's "Contact activities (events) API" page shows one, with the device and location data
	// Cordial adds to tracked events.
	const record = {
		_id: '5f2b1c',
		cID: '5d1a',
		email: 'ann@example.com',
		action: 'open',
		time: '2026-06-01T09:00:00+0000',
		mcID: '645:1:1',
		bmID: '645:5c9d:ot',
		first: 1,
		properties: { subject: 'Hi' },
		ua: 'Mozilla/5.0',
		geo: { country: 'NL' },
		tzo: 2,
	};

	it('keeps the activity fields of the Swagger with the record ID and e-mail, and drops the rest', () => {
		expect(simplifyActivity(record)).toEqual({
			_id: '5f2b1c',
			cID: '5d1a',
			email: 'ann@example.com',
			action: 'open',
			time: '2026-06-01T09:00:00+0000',
			mcID: '645:1:1',
			bmID: '645:5c9d:ot',
			first: 1,
			properties: { subject: 'Hi' },
		});
	});

	it('is on by default and gives the raw records when off', async () => {
		provider.addActivity({ action: 'browse', email: 'a@example.com', time: '2026-06-01T09:00:00Z', _id: 'e1', properties: { sku: 'A1' } });
		const expected = { _id: 'e1', cID: 'c-a@example.com', email: 'a@example.com', action: 'browse', time: '2026-06-01T09:00:00+0000', properties: { sku: 'A1' } };
		const simplified = await run({ resource: 'contactActivity', operation: 'getAll', returnAll: true });
		expect(simplified.items).toEqual([{ json: expected, pairedItem: { item: 0 } }]);
		const raw = await run({ resource: 'contactActivity', operation: 'getAll', returnAll: true, simplify: false });
		expect(raw.items).toEqual([{ json: expected, pairedItem: { item: 0 } }]);
	});
});
