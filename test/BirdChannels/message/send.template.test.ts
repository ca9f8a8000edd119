import type { INodeProperties } from 'n8n-workflow';

import { BirdChannels } from '../../../nodes/BirdChannels/BirdChannels.node';
import { BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { birdSandbox, channelById, outputOf, smsTo } from '../helpers';

const PROJECT = 'f1e2d3c4-0000-4000-8000-000000000010';
const SEND = {
	resource: 'message',
	operation: 'send',
	channel: channelById(BIRD_CHANNELS.whatsapp.id),
	receivers: smsTo('+31612345678'),
	content: 'template',
	templateVersion: 'v3',
	templateLocale: 'nl',
};
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Bird Channels: Message → Send, Template content', () => {
	const ctx = birdSandbox();

	it('the template by project ID (resource locator) with typed parameters, as an independent client sends it', async () => {
		const result = await ctx.run({
			...SEND,
			templateProjectId: byId(PROJECT),
			templateParameters: { parameter: [{ key: 'name', type: 'string', value: 'Jane' }, { key: 'items', type: 'number', value: '3' }] },
		});
		expect(result.error).toBeUndefined();
		// Spits-online/laravel-bird-api tests/Feature/SendingTest.php, "sends a WhatsApp template": exactly this template object.
		expect(ctx.calls()[0].body).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
			template: {
				projectId: PROJECT,
				version: 'v3',
				locale: 'nl',
				parameters: [
					{ type: 'string', key: 'name', value: 'Jane' },
					{ type: 'number', key: 'items', value: 3 },
				],
			},
		});
		expect(outputOf(result)[0].json.status).toBe('accepted');
	});

	it('a workflow from before the picker (the project ID as plain text) sends the same', async () => {
		await ctx.run({ ...SEND, templateProjectId: PROJECT });
		expect((ctx.calls()[0].body as { template: { projectId: string } }).template.projectId).toBe(PROJECT);
	});

	it('Template Options: variables, attachments by URL, short links and UTM parameters (fixed or filled in by Bird)', async () => {
		const result = await ctx.run({
			...SEND,
			templateProjectId: byId(PROJECT),
			templateOptions: {
				variables: { variable: [{ name: 'default', value: 'Hi there' }, { name: 'city', value: '={{ "Amsterdam" }}' }] },
				attachments: { attachment: [{ url: 'https://example.com/terms.pdf', fileName: 'terms.pdf' }] },
				shortLinksDomain: 'default',
				utmParameters: {
					parameter: [
						{ key: 'utm_source', source: 'value', value: 'n8n' },
						{ key: 'utm_medium', source: 'reference', reference: 'channel_name' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect((ctx.calls()[0].body as { template: unknown }).template).toEqual({
			projectId: PROJECT,
			version: 'v3',
			locale: 'nl',
			variables: { default: 'Hi there', city: 'Amsterdam' },
			attachments: [{ mediaUrl: 'https://example.com/terms.pdf', filename: 'terms.pdf' }],
			shortLinks: { enabled: true, domain: 'default' },
			utmParameters: [
				{ key: 'utm_source', value: 'n8n' },
				{ key: 'utm_medium', reference: 'channel_name' },
			],
		});
	});

	it.each([
		['an empty template', { templateProjectId: byId('  ') }, /^Template: is empty \[item 0\]$/],
		['an attachment without a URL', { templateOptions: { attachments: { attachment: [{ url: '', fileName: 'a.pdf' }] } } }, /^Template Options › Attachments \(attachment 1\) URL: is empty \[item 0\]$/],
		['an attachment without a file name', { templateOptions: { attachments: { attachment: [{ url: 'https://example.com/a.pdf', fileName: ' ' }] } } }, /^Template Options › Attachments \(attachment 1\) File Name: is empty \[item 0\]$/],
		['a variable without a name', { templateOptions: { variables: { variable: [{ name: '', value: 'x' }] } } }, /^Template Options › Variables \(variable 1\) Name: is empty \[item 0\]$/],
		[
			'nine UTM parameters',
			{ templateOptions: { utmParameters: { parameter: Array.from({ length: 9 }, (_, n) => ({ key: `k${n}`, source: 'value', value: 'v' })) } } },
			/^Template Options › UTM Parameters: has 9 parameters; Bird takes at most 8 \[item 0\]$/,
		],
	])('refuses %s before any request', async (_name, change, message) => {
		const result = await ctx.run({ ...SEND, templateProjectId: byId(PROJECT), ...change });
		expect(result.error?.message).toMatch(message);
		expect(ctx.calls()).toEqual([]);
	});

	it('the template picker: a searchable list (searchTemplates) and an ID, keeping the name templateProjectId', () => {
		const field = new BirdChannels().description.properties.find(
			(property) => property.name === 'templateProjectId' && property.displayOptions?.show?.resource?.includes('message'),
		) as INodeProperties;
		expect(field).toMatchObject({ type: 'resourceLocator', default: { mode: 'list', value: '' }, required: true });
		expect(field.modes).toEqual([
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchTemplates', searchable: true } },
			{ displayName: 'By Project ID', name: 'id', type: 'string', placeholder: 'e.g. f1e2d3c4-0000-4000-8000-000000000010' },
		]);
	});
});
