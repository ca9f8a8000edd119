import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { BirdChannels } from '../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_ACCESS_KEY, BIRD_CHANNELS } from '../../sandbox/providers/bird';
import { birdSandbox, channelById, outputOf, smsTo } from './helpers';

const ROOT = path.resolve(__dirname, '../..');

describe('Bird Channels: node description', () => {
	const { description } = new BirdChannels();

	it('says it targets the Channels API and is usable as a tool', () => {
		expect(description.name).toBe('birdChannels');
		expect(description.displayName).toBe('Bird Channels');
		expect(description.description).toContain('Bird Channels API (api.bird.com');
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'birdChannelsApi', required: true }]);
	});

	it('has resource and operation pickers without expressions, sorted, each operation with an action', () => {
		const pickers = description.properties.filter((property) => property.name === 'resource' || property.name === 'operation');
		const resourceValues = (pickers[0].options as INodePropertyOptions[]).map((option) => option.value);
		// One Operation picker per resource, each shown for its resource only.
		expect(pickers.map((picker) => picker.displayOptions?.show?.resource ?? 'resource')).toEqual(['resource', ...resourceValues.map((value) => [value])]);
		for (const picker of pickers) {
			expect(picker.noDataExpression).toBe(true);
			const names = (picker.options as INodePropertyOptions[]).map((option) => option.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			if (picker.name === 'operation') for (const option of picker.options as INodePropertyOptions[]) expect(option.action).toEqual(expect.any(String));
		}
		const contactPicker = pickers.find((picker) => picker.displayOptions?.show?.resource?.[0] === 'contact') as INodeProperties;
		const contactOperations = (contactPicker.options as INodePropertyOptions[]).map((option) => option.value);
		expect(contactOperations).toEqual(expect.arrayContaining(['create', 'upsert', 'delete', 'get', 'getAll', 'search', 'update']));
	});

	it('offers the channel as a resource locator with a searchable list and an ID mode', () => {
		const channel = description.properties.find((property) => property.name === 'channel') as INodeProperties;
		expect(channel.type).toBe('resourceLocator');
		expect(channel.modes?.map((mode) => [mode.name, mode.typeOptions?.searchListMethod, mode.typeOptions?.searchable])).toEqual([
			['list', 'searchChannels', true],
			['id', undefined, undefined],
		]);
	});

	it('ships a codex file and two different icons', () => {
		const codex = JSON.parse(readFileSync(path.join(ROOT, 'nodes/BirdChannels/BirdChannels.node.json'), 'utf8')) as { node: string };
		expect(codex.node).toBe('n8n-nodes-messaging-suite.birdChannels');
		const icon = description.icon as { light: string; dark: string };
		const light = path.join(ROOT, 'nodes/BirdChannels', icon.light.replace('file:', ''));
		const dark = path.join(ROOT, 'nodes/BirdChannels', icon.dark.replace('file:', ''));
		expect(existsSync(light) && existsSync(dark)).toBe(true);
		expect(readFileSync(light, 'utf8')).not.toBe(readFileSync(dark, 'utf8'));
	});
});

describe('Bird Channels: secrets', () => {
	const ctx = birdSandbox();

	it('never shows the access key, even when Bird echoes it in an error', async () => {
		ctx.sandbox.injectFault({
			provider: 'bird',
			times: 2,
			respond: {
				status: 403,
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ code: 'Forbidden', message: `Access key ${BIRD_ACCESS_KEY} may not send on this channel`, details: { '.key': [BIRD_ACCESS_KEY] } }),
			},
		});
		const parameters = { resource: 'message', operation: 'send', channel: channelById(BIRD_CHANNELS.sms.id), receivers: smsTo('+31612345678'), content: 'text', text: 'Hi' };
		const continued = await ctx.run(parameters, [{ json: {} }], { continueOnFail: true });
		const [item] = outputOf(continued);
		expect(item.json.error).toBe('Bird Send Message failed: Access key *** may not send on this channel (Forbidden) [item 0]');
		expect(item.json.description).toContain('.key: ***');
		const stopped = await ctx.run(parameters);
		const serialized = JSON.stringify([continued.run.data, stopped.run.data, stopped.error?.message, (stopped.error as { description?: string })?.description]);
		expect(serialized).not.toContain(BIRD_ACCESS_KEY);
		expect(serialized).not.toContain(encodeURIComponent(BIRD_ACCESS_KEY));
	});
});
