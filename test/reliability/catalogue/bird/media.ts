import type { Sandbox } from '../../../../sandbox/framework';
import { BIRD_CHANNELS, BirdProvider } from '../../../../sandbox/providers/bird';
import type { OperationSpec, ProviderCatalogue } from '../types';

const bird = (sandbox: Sandbox) => sandbox.provider<BirdProvider>('bird');
const base = { node: 'birdChannels', credentialType: 'birdChannelsApi', provider: 'bird', providerName: 'Bird' };
const EMAIL = BIRD_CHANNELS.email.id;

/**
 * Media › Upload: each item's own file through the presigned upload. No `deliveries`: both of its requests are safe
 * to repeat (a second presigned upload only issues another URL; the storage overwrites the same object), so the node
 * repeats them after a lost answer, as the suite's stop case does not expect of a delivering request.
 */
const uploadMedia: OperationSpec = {
	...base,
	label: 'Bird Channels Upload Media',
	parameters: { resource: 'media', operation: 'upload', binaryPropertyName: 'file' },
	items: [
		{ json: { n: 1 }, binary: { file: { text: '%PDF-1.4 one', fileName: 'one.pdf', mimeType: 'application/pdf' } } },
		{ json: { n: 2 }, binary: { file: { text: '%PDF-1.4 two', fileName: 'two.pdf', mimeType: 'application/pdf' } } },
	],
};

/** The same upload with the faults on the storage's side (the form POST), after Bird issued the upload. */
const uploadMediaStorageFaults: OperationSpec = {
	...uploadMedia,
	label: 'Bird Channels Upload Media (faults on the storage upload)',
	faultOn: { path: '/storage-upload' },
};

/** Two e-mails sent earlier, each opened and clicked ("Message interactions"). */
function seedInteractions(sandbox: Sandbox): void {
	for (const message of bird(sandbox).seedMessages(EMAIL, 2)) bird(sandbox).seedInteractions(String(message.id), ['opened', 'clicked']);
}
const MESSAGE_IDS = new BirdProvider().seedMessages(EMAIL, 2).map((message) => String(message.id));

const getInteractions: OperationSpec = {
	...base,
	label: 'Bird Channels Get Message Interactions',
	parameters: { resource: 'message', operation: 'getInteractions', channel: { __rl: true, mode: 'id', value: EMAIL }, messageId: '={{ $json.messageId }}', returnAll: true, simplify: false },
	items: MESSAGE_IDS.map((messageId) => ({ json: { messageId } })),
	oneToOne: false,
	setup: seedInteractions,
};

export const operations: OperationSpec[] = [uploadMedia, uploadMediaStorageFaults, getInteractions];

const DOT_IDS = ['.', '..', '%2e%2e', '%2E.'];

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: uploadMedia.label,
		inputs: [{ path: 'binaryPropertyName', values: ['photo', '  ', ''], field: 'Input Binary Field' }],
	},
	{
		operation: getInteractions.label,
		inputs: [
			{ path: 'item.messageId', values: ['', '   ', null, ...DOT_IDS, { id: 'm1' }], field: 'Message' },
			{ path: 'channel.value', values: ['', '  ', ...DOT_IDS], field: 'Channel' },
			{ path: 'limit', values: [0, -1, 1.5], field: 'Limit', with: { returnAll: false } },
			{ path: 'options.pageSize', values: [0, 101], field: 'Page Size' },
		],
	},
];
