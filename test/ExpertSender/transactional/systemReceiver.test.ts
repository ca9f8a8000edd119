import { createHash } from 'node:crypto';

import { accountLists } from '../../../sandbox/providers/expertsender/lists';
import { apiRequest, runExpertSender, useExpertSenderSandbox, wireRequest } from '../helpers';

const SHA256 = createHash('sha256').update('patrick@mydomain.com').digest('hex');

describe('ExpertSender › Transactional › Send System Transactional: receiver fields and the Message ID locator', () => {
	const state = useExpertSenderSandbox();

	it('writes EmailSha256, Firstname, Lastname, TrackingCode and Name in the documented order, and the subscriber is updated', async () => {
		const run = await runExpertSender(state, {
			resource: 'transactional',
			operation: 'sendSystem',
			messageId: { __rl: true, mode: 'list', value: '200' },
			options: { receiverEmailSha256: SHA256.toUpperCase(), firstName: 'Pat', lastName: 'Jones', name: 'Pat Jones', trackingCode: 'reset-form', listId: '1', bcc: 'audit@example.com' },
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ json: { success: true, messageId: 200 }, pairedItem: { item: 0 } }]);
		const [entry] = state.sandbox.requests('expertsender');
		expect([entry.method, entry.path]).toEqual(['POST', '/v2/Api/SystemTransactionals/200']);
		expect(wireRequest(entry)).toEqual(
			apiRequest({
				Data: {
					Receiver: { EmailSha256: SHA256, Firstname: 'Pat', Lastname: 'Jones', TrackingCode: 'reset-form', Name: 'Pat Jones', ListId: '1', Bcc: 'audit@example.com' },
				},
			}),
		);
		// help.expertsender.com/emp/api/methods/email-messages/send-system-transactional-messages, Receiver element
		// children: Id, Email, EmailMd5, EmailSha256, Firstname, Lastname, TrackingCode, Name, …
		expect(entry.body).toMatch(/<Receiver><EmailSha256>[0-9a-f]{64}<\/EmailSha256><Firstname>Pat<\/Firstname><Lastname>Jones<\/Lastname><TrackingCode>reset-form<\/TrackingCode><Name>Pat Jones<\/Name><ListId>1<\/ListId><Bcc>/);
		expect(state.provider.sent.map((sent) => sent.subscriberId)).toEqual([1001]);
		expect(state.provider.subscribers.get(1001)).toMatchObject({ firstname: 'Pat', lastname: 'Jones', name: 'Pat Jones', trackingCode: 'reset-form' });
	});

	it('sends the receiver of the public client test (citilinkru/expert-sender-api tests/Request/SystemTransactionalPostRequestTest.php)', async () => {
		// testRequestWithAnyReceiverCompileValidXml: Receiver::createWithId(12, 25) gives <Receiver><Id>12</Id><ListId>25</ListId></Receiver>.
		state.provider.addSubscriber({ id: 12, email: 'twelve@example.com', properties: new Map(), lists: new Map(), events: [], subscriptions: [] });
		accountLists(state.provider).push({ id: 25, name: 'Citilink', friendlyName: 'Citilink', language: 'en-US', optInMode: 'SingleOptIn', seed: false });
		const run = await runExpertSender(state, { resource: 'transactional', operation: 'sendSystem', messageId: '200', receiverId: '12', options: { listId: '25' } });
		expect(run.error).toBeUndefined();
		const [entry] = state.sandbox.requests('expertsender');
		expect(entry.body).toContain('<Data><Receiver><Id>12</Id><ListId>25</ListId></Receiver></Data>');
	});

	it('refuses a bad SHA-256 and names Email SHA256 among the receivers when none is given', async () => {
		const bad = await runExpertSender(state, { resource: 'transactional', operation: 'sendSystem', messageId: '200', options: { receiverEmailSha256: 'abc' } });
		expect(bad.error?.message).toBe('Email SHA256: "abc" is not a SHA-256 hash [item 0]');
		const none = await runExpertSender(state, { resource: 'transactional', operation: 'sendSystem', messageId: '200', options: { firstName: 'Pat' } });
		expect(none.error?.message).toBe('Receiver: no Subscriber ID, Email, Email MD5 or Email SHA256 is given [item 0]');
		expect(state.sandbox.requests('expertsender')).toHaveLength(0);
	});

	it('keeps Send free of the system fields, and reads its Message ID from the locator or a saved plain ID alike', async () => {
		const fromList = await runExpertSender(state, { resource: 'transactional', operation: 'send', messageId: { __rl: true, mode: 'list', value: '123' }, receiverId: '1001' });
		const plain = await runExpertSender(state, { resource: 'transactional', operation: 'send', messageId: '123', receiverId: '1001', options: { firstName: 'ignored' } });
		expect([fromList.error, plain.error]).toEqual([undefined, undefined]);
		const bodies = state.sandbox.requests('expertsender').map((entry) => wireRequest(entry));
		expect(bodies).toEqual([apiRequest({ Data: { Receiver: { Id: '1001' } } }), apiRequest({ Data: { Receiver: { Id: '1001' } } })]);
		const bad = await runExpertSender(state, { resource: 'transactional', operation: 'send', messageId: { __rl: true, mode: 'id', value: '={{ "12/../34" }}' }, receiverId: '1001' });
		expect(bad.error?.message).toBe('Message ID: "12/../34" is not an ExpertSender ID [item 0]');
	});
});
