import type { IDataObject } from 'n8n-workflow';

import { Sandbox } from '../../../sandbox/framework';
import { BIRD_CHANNELS, BIRD_ORGANIZATION_ID, BIRD_WORKSPACE_ID, BirdProvider, type BirdEvent } from '../../../sandbox/providers/bird';
import { webhookTrigger, type WebhookTrigger } from '../../harness/webhook';

const TYPE = 'n8n-nodes-messaging-suite.birdChannelsTrigger';
const SUBSCRIPTIONS = `/organizations/${BIRD_ORGANIZATION_ID}/workspaces/${BIRD_WORKSPACE_ID}/webhook-subscriptions`;

/** An inbound WhatsApp message, shaped as the `whatsapp.inbound` example of PipedreamHQ/pipedream (components/messagebird/sources/new-message-received/test-event.mjs). */
function inbound(id = '404544c5-9920-45f1-8990-0855634ab7ac'): BirdEvent {
	return {
		event: 'whatsapp.inbound',
		payload: {
			id,
			channelId: BIRD_CHANNELS.whatsapp.id,
			sender: { contact: { id: 'd4e8935a-5f48-45a5-95a5-ee7ba1e2c5b4', identifierKey: 'phonenumber', identifierValue: '+3511111111' } },
			receiver: { connector: { id: BIRD_CHANNELS.whatsapp.connectorId, identifierValue: BIRD_CHANNELS.whatsapp.identifier } },
			body: { type: 'text', text: { text: 'Test' } },
			reference: '',
			status: 'delivered',
			reason: '',
			direction: 'incoming',
			lastStatusAt: '2023-12-13T19:34:01.858Z',
			createdAt: '2023-12-13T19:34:01.858Z',
			updatedAt: '2023-12-13T19:34:02.063Z',
		},
	};
}

describe('Bird Channels Trigger', () => {
	const bird = new BirdProvider();
	const sandbox = new Sandbox([bird]);
	let credentials: IDataObject = {};
	beforeAll(async () => {
		await sandbox.start();
		credentials = sandbox.credentials().find((credential) => credential.type === 'birdChannelsApi')!.data;
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());

	const trigger = (parameters: IDataObject, credentialData: IDataObject = credentials): WebhookTrigger =>
		webhookTrigger({ type: TYPE, parameters, credentialType: 'birdChannelsApi', credentials: { birdChannelsApi: credentialData as never } });
	const calls = () =>
		sandbox.requests('bird').map((entry) => ({ method: entry.method, path: entry.path, query: entry.query, body: entry.body ? JSON.parse(entry.body) : undefined }));
	const deliverTo = async (node: WebhookTrigger, event: BirdEvent, timestamp?: number) =>
		await Promise.all(bird.deliver(event, timestamp).map(async (delivery) => await node.receive({ headers: delivery.headers, body: delivery.body })));

	// Bird takes one event per subscription; they are made in the order of the Events list.
	it('creates one subscription per event on activation, with the filters and a generated signing key', async () => {
		const node = trigger({ events: ['sms.inbound', 'email.interaction'], filters: { channel: { mode: 'list', value: BIRD_CHANNELS.email.id }, interactionType: 'opened' } });
		await node.activate();
		const state = node.staticData().birdWebhooks as Record<string, { signingKey: string; subscriptions: Array<{ id: string; event: string }> }>;
		const { signingKey, subscriptions } = state[node.url()];
		expect(Buffer.from(signingKey, 'base64')).toHaveLength(32);
		expect(calls()).toEqual([
			{ method: 'GET', path: SUBSCRIPTIONS, query: { limit: '100' }, body: undefined },
			{ method: 'GET', path: SUBSCRIPTIONS, query: { limit: '100' }, body: undefined },
			{
				method: 'POST',
				path: SUBSCRIPTIONS,
				query: {},
				body: {
					service: 'channels',
					event: 'email.interaction',
					url: node.url(),
					signingKey,
					eventFilters: [
						{ key: 'channelId', value: BIRD_CHANNELS.email.id },
						{ key: 'interactionType', value: 'opened' },
					],
				},
			},
			{
				method: 'POST',
				path: SUBSCRIPTIONS,
				query: {},
				body: { service: 'channels', event: 'sms.inbound', url: node.url(), signingKey, eventFilters: [{ key: 'channelId', value: BIRD_CHANNELS.email.id }] },
			},
		]);
		expect(subscriptions.map((entry) => entry.event)).toEqual(['email.interaction', 'sms.inbound']);
		expect([...bird.subscriptions.keys()]).toEqual(subscriptions.map((entry) => entry.id));
	});

	it('answers checkExists true while the subscriptions exist, false once one is gone, and deletes them on deactivation', async () => {
		const node = trigger({ events: ['sms.inbound', 'sms.outbound'] });
		expect(await node.checkExists()).toBe(false);
		await node.activate();
		expect(await node.checkExists()).toBe(true);
		const ids = [...bird.subscriptions.keys()];
		bird.subscriptions.delete(ids[1]);
		expect(await node.checkExists()).toBe(false);
		await node.activate();
		expect(bird.subscriptions.size).toBe(2);
		sandbox.reset();
		await node.activate();
		sandbox.log.length = 0;
		const remaining = [...bird.subscriptions.keys()];
		expect(await node.deactivate()).toBe(true);
		expect(calls()).toEqual(remaining.map((id) => ({ method: 'DELETE', path: `${SUBSCRIPTIONS}/${id}`, query: {}, body: undefined })));
		expect(bird.subscriptions.size).toBe(0);
		expect(node.staticData().birdWebhooks).toEqual({});
	});

	it('replaces a stale subscription of its URL that static data does not know', async () => {
		const node = trigger({ events: ['sms.inbound'] });
		await node.activate();
		node.setStaticData({});
		await node.activate();
		expect(bird.subscriptions.size).toBe(1);
		expect([...bird.subscriptions.values()][0].signingKey).toBe((node.staticData().birdWebhooks as IDataObject & Record<string, { signingKey: string }>)[node.url()].signingKey);
	});

	it('fails activation with a clear message when the credential has no Organization ID', async () => {
		const node = trigger({ events: ['sms.inbound'] }, { ...credentials, organizationId: '' });
		await expect(node.activate()).rejects.toMatchObject({
			message: 'The Bird Channels credential has no Organization ID',
			description: expect.stringContaining('Open the credential, enter the Organization ID'),
		});
		expect(calls()).toEqual([]);
	});

	it.each(['http://localhost:5678/webhook', 'https://127.0.0.1/webhook', 'https://localhost/webhook'])(
		'fails activation before any call when n8n\'s webhook URL is %s, which Bird does not deliver to',
		async (webhookBaseUrl) => {
			const node = webhookTrigger({ type: TYPE, parameters: { events: ['sms.inbound'] }, credentialType: 'birdChannelsApi', credentials: { birdChannelsApi: credentials as never }, webhookBaseUrl });
			await expect(node.activate()).rejects.toMatchObject({
				message: `Bird cannot deliver to n8n's webhook URL ${webhookBaseUrl}/5f0c8a2e-6b1d-4e3f-9a7c-2d4e6f8a0b1c/webhook`,
				description: expect.stringContaining("Set n8n's WEBHOOK_URL environment variable"),
			});
			expect(calls().filter((call) => call.method !== 'GET')).toEqual([]);
		},
	);

	it('emits a signed delivery as one simplified item, or raw without Simplify', async () => {
		const simple = trigger({ events: ['whatsapp.inbound'] });
		await simple.activate();
		const [answer] = await deliverTo(simple, inbound());
		expect(answer.status).toBe(200);
		expect(answer.items).toEqual([
			{
				json: {
					event: 'whatsapp.inbound',
					platform: 'whatsapp',
					messageId: '404544c5-9920-45f1-8990-0855634ab7ac',
					channelId: BIRD_CHANNELS.whatsapp.id,
					status: 'delivered',
					direction: 'incoming',
					from: '+3511111111',
					to: BIRD_CHANNELS.whatsapp.identifier,
					text: 'Test',
					interactionType: null,
					reference: '',
					reason: '',
					createdAt: '2023-12-13T19:34:01.858Z',
					updatedAt: '2023-12-13T19:34:02.063Z',
				},
			},
		]);
		sandbox.reset();
		const raw = trigger({ events: ['whatsapp.inbound'], simplify: false });
		await raw.activate();
		const [rawAnswer] = await deliverTo(raw, inbound());
		expect(rawAnswer.items).toEqual([{ json: { service: 'channels', ...inbound() } }]);
	});

	it('answers 401 and starts nothing for a bad signature, a changed body, a missing signature or a stale timestamp', async () => {
		const node = trigger({ events: ['whatsapp.inbound'] });
		await node.activate();
		const [delivery] = bird.deliver(inbound());
		const refused = [
			{ ...delivery.headers, 'messagebird-signature': Buffer.alloc(32, 1).toString('base64') },
			{ ...delivery.headers, 'messagebird-signature': '' },
		].map(async (headers) => await node.receive({ headers, body: delivery.body }));
		const tampered = node.receive({ headers: delivery.headers, body: Buffer.from(delivery.body.toString().replace('Test', 'Tset')) });
		for (const answer of await Promise.all([...refused, tampered])) {
			expect(answer).toEqual({ status: 401, body: { message: 'Signature does not verify' }, items: null });
		}
		const [stale] = await deliverTo(node, inbound(), Math.floor(Date.now() / 1000) - 6 * 60);
		expect(stale).toEqual({ status: 401, body: { message: 'Request timestamp is outside the tolerance' }, items: null });
		expect(node.staticData().birdSeenEvents).toBeUndefined();
	});

	it('accepts an older retry when the tolerance allows it', async () => {
		const node = trigger({ events: ['whatsapp.inbound'], options: { toleranceMinutes: 480 } });
		await node.activate();
		const [answer] = await deliverTo(node, inbound(), Math.floor(Date.now() / 1000) - 2 * 3600);
		expect(answer.items).toHaveLength(1);
	});

	it('starts one execution for a redelivered event, across calls, and a new one for its next status', async () => {
		const node = trigger({ events: ['whatsapp.inbound'] });
		await node.activate();
		const [delivery] = bird.deliver(inbound());
		const first = await node.receive({ headers: delivery.headers, body: delivery.body });
		const again = await node.receive({ headers: delivery.headers, body: delivery.body });
		expect(first.items).toHaveLength(1);
		expect(again).toEqual({ status: 200, body: { message: 'Already received' }, items: null });
		const next = inbound();
		next.payload.updatedAt = '2023-12-13T19:35:00.000Z';
		const [later] = await deliverTo(node, next);
		expect(later.items).toHaveLength(1);
		expect(node.staticData().birdSeenEvents).toEqual([
			'whatsapp.inbound|404544c5-9920-45f1-8990-0855634ab7ac|delivered|2023-12-13T19:34:02.063Z',
			'whatsapp.inbound|404544c5-9920-45f1-8990-0855634ab7ac|delivered|2023-12-13T19:35:00.000Z',
		]);
	});

	it('starts one execution for two deliveries of one event that arrive together, before either is saved', async () => {
		const node = trigger({ events: ['whatsapp.inbound'] });
		await node.activate();
		const [delivery] = bird.deliver(inbound('concurrent-1'));
		// Both calls read the static data as it was before either: only the in-process claim tells them apart.
		const answers = await Promise.all([1, 2].map(async () => await node.receive({ headers: delivery.headers, body: delivery.body })));
		expect(answers.map((answer) => answer.items?.length ?? 0).sort()).toEqual([0, 1]);
		// A new activation (a new signing key) is a new registration: the same event starts an execution again.
		await node.deactivate();
		node.setStaticData({});
		await node.activate();
		const [again] = await deliverTo(node, inbound('concurrent-1'));
		expect(again.items).toHaveLength(1);
	});

	it('keeps at most the last 1000 event IDs', async () => {
		const node = trigger({ events: ['whatsapp.inbound'] });
		await node.activate();
		const seen = Array.from({ length: 1000 }, (_, index) => `old-${index}`);
		node.setStaticData({ ...node.staticData(), birdSeenEvents: seen });
		await deliverTo(node, inbound());
		const kept = node.staticData().birdSeenEvents as string[];
		expect(kept).toHaveLength(1000);
		expect(kept[0]).toBe('old-1');
		expect(kept[999]).toContain('404544c5');
	});

	it('keeps test and production registrations apart', async () => {
		const node = trigger({ events: ['sms.inbound'] });
		await node.activate('production');
		await node.activate('test');
		expect([...bird.subscriptions.values()].map((subscription) => subscription.url).sort()).toEqual([node.url('production'), node.url('test')].sort());
		await node.deactivate('test');
		expect([...bird.subscriptions.values()].map((subscription) => subscription.url)).toEqual([node.url('production')]);
		expect(await node.checkExists('production')).toBe(true);
	});
});
