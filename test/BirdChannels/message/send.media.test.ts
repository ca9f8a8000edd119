import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { nodeRegistry, runWorkflow, type WorkflowRun } from '../../harness/engine';
import { NODE_TYPE, WS, birdSandbox, channelById, outputOf } from '../helpers';

// A 1×1 PNG.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SMS = BIRD_CHANNELS.sms.id;

/**
 * Test-only node: every input item `copies` times, each copy with the same binary (the same binary data ID), as n8n
 * items are after a node that copies or splits items without touching their files.
 */
class FanOut implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fan Out',
		name: 'fanOut',
		group: ['transform'],
		version: 1,
		description: 'Copies every item, keeping its binary',
		defaults: { name: 'Fan Out' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Copies', name: 'copies', type: 'number', default: 1 },
			{ displayName: 'In Memory', name: 'inMemory', type: 'boolean', default: false, description: 'Whether each copy holds the file itself (base64, no binary data ID), as n8n in memory mode' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const copies = this.getNodeParameter('copies', 0) as number;
		const inMemory = this.getNodeParameter('inMemory', 0) as boolean;
		const items = this.getInputData();
		const held = inMemory ? await Promise.all(items.map(async (_, index) => (await this.helpers.getBinaryDataBuffer(index, 'photo')).toString('base64'))) : [];
		return [
			items.flatMap((item, index) =>
				Array.from({ length: copies }, (_, n) => ({
					json: { ...item.json, phone: `+3161000${String(n).padStart(4, '0')}` },
					binary: inMemory ? { photo: { data: held[index], mimeType: 'image/png', fileName: 'dot.png', fileExtension: 'png' } } : item.binary,
					pairedItem: { item: index },
				})),
			),
		];
	}
}

const IMAGE = { content: 'image', mediaSource: 'binary', binaryPropertyName: 'photo', channel: channelById(SMS) };
const RECEIVERS = { receiver: [{ identifyBy: 'identifier', identifierKey: 'phonenumber', identifierValue: '={{ $json.phone }}' }] };

describe('Bird Channels: a binary shared by many items is uploaded once per run, streamed', () => {
	const ctx = birdSandbox();
	const fanOut = new FanOut();
	const binaryData = () => Container.get(BinaryDataService);

	beforeAll(() => {
		const registry = nodeRegistry();
		const original = registry.getByName.bind(registry);
		jest.spyOn(registry, 'getByName').mockImplementation((type) => (type === 'test.fanOut' ? fanOut : original(type)));
	});

	/** Items (one item with one PNG) → Fan Out (`copies` items, one binary) → Bird Channels. */
	async function runCopies(copies: number, parameters: IDataObject, continueOnFail = false, inMemory = false): Promise<WorkflowRun> {
		return await runWorkflow({
			credentials: { birdChannelsApi: ctx.credentials() },
			nodes: [
				{ name: 'Items', type: 'test.items', parameters: { items: JSON.stringify([{ json: {}, binary: { photo: { base64: PNG_BASE64, fileName: 'dot.png', mimeType: 'image/png' } } }]) } },
				{ name: 'Fan Out', type: 'test.fanOut', parameters: { copies, inMemory } },
				{ name: 'Bird', type: NODE_TYPE, parameters, credentials: { birdChannelsApi: { id: '1', name: 'Bird sandbox' } }, continueOnFail },
			],
		});
	}

	const paths = () => ctx.log().map((entry) => entry.path.replace(WS, ''));

	it('Message › Send, 10 items at once with one binary: 1 presigned upload, 1 storage upload, 10 messages with its media URL', async () => {
		const buffered = jest.spyOn(binaryData(), 'getAsBuffer');
		const streamed = jest.spyOn(binaryData(), 'getAsStream');
		const result = await runCopies(10, { resource: 'message', operation: 'send', receivers: RECEIVERS, ...IMAGE });
		expect(result.error).toBeUndefined();
		expect(paths().filter((path) => !path.endsWith('/messages'))).toEqual(['/channel-media/presigned-upload', '/storage-upload']);
		expect(paths().filter((path) => path === `/channels/${SMS}/messages`)).toHaveLength(10);
		const [mediaId] = [...ctx.bird.media.keys()];
		const mediaUrl = `${ctx.sandbox.url}/bird/media/${String(ctx.credentials().workspaceId)}/${mediaId}`;
		const sent = ctx.calls().filter((call) => call.path.endsWith('/messages')).map((call) => (call.body as { body: { image: { images: Array<{ mediaUrl: string }> } } }).body.image.images[0].mediaUrl);
		expect(sent).toEqual(Array(10).fill(mediaUrl));
		expect(ctx.bird.media.get(mediaId)!.data).toEqual(Buffer.from(PNG_BASE64, 'base64'));
		// Streamed from n8n's binary store for the one upload, never read whole into memory.
		expect(buffered).not.toHaveBeenCalled();
		expect(streamed).toHaveBeenCalledTimes(1);
		expect(outputOf(result).map((item) => item.pairedItem)).toEqual(Array.from({ length: 10 }, (_, n) => ({ item: n })));
		buffered.mockRestore();
		streamed.mockRestore();
	});

	it('files held in memory (no binary data ID) are told apart by their content: equal content, one upload', async () => {
		const result = await runCopies(4, { resource: 'message', operation: 'send', receivers: RECEIVERS, ...IMAGE }, false, true);
		expect(result.error).toBeUndefined();
		expect(paths().filter((path) => !path.endsWith('/messages'))).toEqual(['/channel-media/presigned-upload', '/storage-upload']);
		expect(ctx.bird.messages.size).toBe(4);
		expect([...ctx.bird.media.values()].map((media) => media.data)).toEqual([Buffer.from(PNG_BASE64, 'base64')]);
	});

	it('Batch Message › Send Batch, 10 items with one binary: 1 upload, 1 batch request', async () => {
		const result = await runCopies(10, { resource: 'batchMessage', operation: 'sendBatch', receivers: RECEIVERS, ...IMAGE });
		expect(result.error).toBeUndefined();
		expect(paths()).toEqual(['/channel-media/presigned-upload', '/storage-upload', `/channels/${SMS}/batch/messages`]);
		expect(ctx.bird.messages.size).toBe(10);
	});

	it('Media › Upload, 3 items with one binary: one upload, the same result for each item', async () => {
		const result = await runCopies(3, { resource: 'media', operation: 'upload', binaryPropertyName: 'photo' });
		expect(result.error).toBeUndefined();
		expect(paths()).toEqual(['/channel-media/presigned-upload', '/storage-upload']);
		const [mediaId] = [...ctx.bird.media.keys()];
		const uploaded = { mediaUrl: `${ctx.sandbox.url}/bird/media/${String(ctx.credentials().workspaceId)}/${mediaId}`, contentType: 'image/png', fileName: 'dot.png', size: 70 };
		expect(outputOf(result)).toEqual([0, 1, 2].map((n) => ({ json: uploaded, pairedItem: { item: n } })));
	});

	it('a failed shared upload fails every item that waited for it, each error naming its own item; nothing is sent', async () => {
		ctx.sandbox.injectFault({
			provider: 'bird',
			path: '/storage-upload',
			respond: { status: 403, headers: { 'Content-Type': 'application/xml' }, body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>' },
		});
		const result = await runCopies(3, { resource: 'message', operation: 'send', receivers: RECEIVERS, ...IMAGE }, true);
		expect(paths()).toEqual(['/channel-media/presigned-upload', '/storage-upload']);
		expect(outputOf(result).map((item) => [item.json.error, item.pairedItem])).toEqual(
			[0, 1, 2].map((n) => [`Bird media storage Send Message (upload dot.png) failed: Request has expired (AccessDenied) [item ${n}]`, { item: n }]),
		);
		expect(ctx.bird.messages.size).toBe(0);
	});
});
