import { birdSignature, signatureMatches, timestampFresh } from '../../../nodes/BirdChannels/trigger/signature';
import { birdWebhookSignature } from '../../../sandbox/providers/bird';

/**
 * Published vectors of MessageBird's signed requests (messagebird/ruby-rest-api, spec/signed_request_spec.rb):
 * base64(HMAC-SHA256(key, timestamp + "\n" + query + "\n" + SHA256(body) as raw bytes)). Bird's Channels webhooks
 * ("Verifying a webhook subscription") sign the same layout with the requested URL in the query's place, so these
 * vectors pin the newlines, the raw digest and the base64 independently of both the node and the emulator.
 */
const KEY = 'PlLrKaqvZNRR5zAjm42ZT6q1SQxgbbGd';
const TIMESTAMP = '1547198231';
// The spec's query parameters, sorted and form-encoded as its `to_query` does.
const QUERY = 'id=eef0ab57a9e049be946f3821568c2b2e&mccmnc=20408&ported=1&recipient=31612345678&reference=FOO&status=delivered&statusDatetime=2019-01-11T09%3A17%3A11%2B00%3A00';

describe('Bird webhook signature', () => {
	it.each([
		['without a body', '', 'KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w='],
		['with a body', '{"foo":"bar"}', '2bl+38H4oHVg03pC3bk2LvCB0IHFgfC4cL5HPQ0LdmI='],
	])('matches the published MessageBird vector %s (node and emulator)', (_name, body, expected) => {
		expect(birdSignature(KEY, TIMESTAMP, QUERY, Buffer.from(body))).toBe(expected);
		expect(birdWebhookSignature(KEY, TIMESTAMP, QUERY, Buffer.from(body))).toBe(expected);
		expect(signatureMatches(expected, KEY, TIMESTAMP, QUERY, Buffer.from(body))).toBe(true);
	});

	it('refuses the vector with another reference (the spec’s failing case), a wrong length and garbage', () => {
		const other = QUERY.replace('reference=FOO', 'reference=BAR');
		expect(signatureMatches('KVBdcVdz2lYMwcBLZCRITgxUfA/WkwSi+T3Wxl2HL6w=', KEY, TIMESTAMP, other, Buffer.alloc(0))).toBe(false);
		expect(signatureMatches('AAAA', KEY, TIMESTAMP, QUERY, Buffer.alloc(0))).toBe(false);
		expect(signatureMatches('not base64 at all!', KEY, TIMESTAMP, QUERY, Buffer.alloc(0))).toBe(false);
	});

	it('bounds the timestamp both ways and refuses a non-number', () => {
		const now = 1_700_000_000_000;
		expect(timestampFresh('1700000000', now, 300_000)).toBe(true);
		expect(timestampFresh('1699999700', now, 300_000)).toBe(true);
		expect(timestampFresh('1699999699', now, 300_000)).toBe(false);
		expect(timestampFresh('1700000301', now, 300_000)).toBe(false);
		expect(timestampFresh('17e8', now, 300_000)).toBe(false);
		expect(timestampFresh('', now, 300_000)).toBe(false);
	});
});
