import type { INodeParameters } from 'n8n-workflow';

import { BirdChannels } from '../../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { loadOptionsContext } from '../../harness/loadOptions';
import { WS, birdSandbox, channelById, outputOf } from '../helpers';

const SMS = BIRD_CHANNELS.sms.id;

describe('Bird Channels: the Message picker of Message → Get and Get Interactions', () => {
	const ctx = birdSandbox();
	const search = new BirdChannels().methods.listSearch.searchMessages;
	const contextWith = (channel: object) =>
		loadOptionsContext({
			node: 'birdChannels',
			credentialType: 'birdChannelsApi',
			credentials: ctx.credentials(),
			parameters: { resource: 'message', operation: 'get', channel } as INodeParameters,
			path: 'parameters.messageId',
		});

	it('lists the chosen channel\'s messages (GET …/channels/{ch}/messages, 100 a page), filtered by the search text', async () => {
		const [first, second] = ctx.bird.seedMessages(SMS, 2);
		const all = await search.call(contextWith(channelById(SMS)));
		expect(all.results.map((entry) => entry.value)).toEqual([String(first.id), String(second.id)]);
		expect(all.results[0].name).toBe(`+31610000000 · text · accepted · ${String(first.createdAt)}`);
		expect(ctx.calls()).toEqual([{ method: 'GET', path: `${WS}/channels/${SMS}/messages`, query: { limit: '100' }, body: undefined }]);
		const found = await search.call(contextWith(channelById(SMS)), '+31610000001');
		expect(found.results.map((entry) => entry.value)).toEqual([String(second.id)]);
	});

	it('asks for the channel first, without a request, when none is picked', async () => {
		await expect(search.call(contextWith({ __rl: true, mode: 'list', value: '' }))).rejects.toThrow('Pick a Channel first to list its messages');
		expect(ctx.calls()).toEqual([]);
	});

	it('a message picked from the list, and a saved plain Message ID, both get the message', async () => {
		const [message] = ctx.bird.seedMessages(SMS, 1);
		const picked = await ctx.run({ resource: 'message', operation: 'get', channel: channelById(SMS), messageId: { __rl: true, mode: 'list', value: message.id }, simplify: false });
		expect(outputOf(picked)[0].json.id).toBe(message.id);
		const plain = await ctx.run({ resource: 'message', operation: 'get', channel: channelById(SMS), messageId: message.id, simplify: false });
		expect(outputOf(plain)[0].json.id).toBe(message.id);
	});
});
