import { ExpertSenderProvider } from '../../../../sandbox/providers/expertsender';
import type { Sandbox } from '../../../../sandbox/framework';
import { accountMessages, type EsMessage } from '../../../../sandbox/providers/expertsender/messages';
import { createdNewsletters, newsletterActions } from '../../../../sandbox/providers/expertsender/newsletters';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

const expertsender = (sandbox: Sandbox) => sandbox.provider<ExpertSenderProvider>('expertsender');

const base = { node: 'expertSender', credentialType: 'expertSenderApi', provider: 'expertsender', providerName: 'ExpertSender', xml: true };

const IDS = ['abc', '12x', '-5', '0', '1.5', '1e3', '99999999999', '0x1F', '.', '..', '%2e%2e', '1/../2'];

/** A second newsletter in the given state, so that two items can each pause (or resume) one of their own. */
function addNewsletter(id: number, status: EsMessage['status']) {
	return (sandbox: Sandbox) => {
		accountMessages(expertsender(sandbox)).push({
			id,
			type: 'Newsletter',
			fromName: 'Acme Shop',
			fromEmail: 'news@acme.example',
			subject: `Newsletter ${id}`,
			sentDate: '2026-01-15T08:00:00',
			status,
			tags: [],
			listIds: [1],
			segmentIds: [],
			throttlingMethod: 'None',
		});
	};
}

const getMessages: OperationSpec = {
	...base,
	label: 'ExpertSender Get Many Messages',
	parameters: { resource: 'message', operation: 'getAll', returnAll: true, filters: { type: '={{ $json.type }}' } },
	items: [{ json: { type: 'Newsletter' } }, { json: { type: 'Trigger' } }],
	oneToOne: false,
};

const getMessage: OperationSpec = {
	...base,
	label: 'ExpertSender Get Message',
	parameters: { resource: 'message', operation: 'get', messageId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, simplify: true, options: { fullDetails: true } },
	items: [{ json: { id: '300' } }, { json: { id: '400' } }],
};

const createNewsletter: OperationSpec = {
	...base,
	label: 'ExpertSender Create and Send Newsletter',
	parameters: {
		resource: 'newsletter',
		operation: 'create',
		subscriberLists: ['1'],
		fromName: '={{ $json.fromName }}',
		fromEmail: 'news@acme.example',
		subject: '={{ $json.subject }}',
		html: '={{ $json.html }}',
		plain: '={{ $json.plain }}',
		options: { replyToName: '={{ $json.replyToName }}', tags: '={{ $json.tag }}' },
	},
	items: [1, 2].map((n) => ({
		json: { fromName: `Acme ${n}`, subject: `Deals ${n}`, html: `<p>Deals ${n}</p>`, plain: `Deals ${n}`, replyToName: `Support ${n}`, tag: `deals-${n}` },
	})),
	// One key per newsletter ExpertSender created: the same content twice is a newsletter sent twice.
	deliveries: (sandbox) => createdNewsletters(expertsender(sandbox)).map((newsletter) => `${newsletter.subject}:${newsletter.html ?? ''}:${newsletter.listIds.join(',')}`),
	// Tags are a comma-separated field, whose entries are trimmed as every such field's are: not sent as given.
	hostile: {
		fields: ['item.fromName', 'item.subject', 'item.html', 'item.plain', 'item.replyToName'],
		received: (sandbox) =>
			createdNewsletters(expertsender(sandbox)).flatMap((newsletter) =>
				[newsletter.fromName, newsletter.subject, newsletter.html, newsletter.plain, newsletter.replyToName, ...newsletter.tags].filter((value): value is string => value !== undefined),
			),
	},
};

function changeNewsletter(operation: 'pause' | 'resume'): OperationSpec {
	const pause = operation === 'pause';
	return {
		...base,
		label: pause ? 'ExpertSender Pause Newsletter' : 'ExpertSender Resume Newsletter',
		parameters: { resource: 'newsletter', operation, newsletterId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
		// 301 is in progress and 302 paused after a reset; the setup adds a second of each.
		items: pause ? [{ json: { id: '301' } }, { json: { id: '1301' } }] : [{ json: { id: '302' } }, { json: { id: '1302' } }],
		setup: pause ? addNewsletter(1301, 'InProgress') : addNewsletter(1302, 'Paused'),
		deliveries: (sandbox) => newsletterActions(expertsender(sandbox)),
	};
}

export const operations: OperationSpec[] = [getMessages, getMessage, createNewsletter, changeNewsletter('pause'), changeNewsletter('resume')];

const newsletterIdInvalid: InvalidInput[] = [{ path: 'item.id', values: ['', '  ', ...IDS], field: 'Newsletter' }];

export const invalid: ProviderCatalogue['invalid'] = [
	{
		operation: 'ExpertSender Get Many Messages',
		inputs: [
			{ path: 'item.type', values: ['Sms', 'newsletter', 'toString'], field: 'Type' },
			{ path: 'filters.startDate', values: ['yesterday', '2026-02-30T00:00:00', '15.01.2026'], field: 'Start Date' },
			{ path: 'filters.endDate', values: ['soon', '2026-13-01T00:00:00'], field: 'End Date' },
		],
	},
	{ operation: 'ExpertSender Get Message', inputs: [{ path: 'item.id', values: ['', ...IDS], field: 'Message' }] },
	{
		operation: 'ExpertSender Create and Send Newsletter',
		inputs: [
			{ path: 'subscriberLists', values: [[], ['abc'], ['0'], ['1', '-2']], field: 'Subscriber List Names or IDs' },
			{ path: 'item.fromName', values: ['', '  '], field: 'From Name' },
			{ path: 'fromEmail', values: ['not-an-email', 'a@b', 'name@exa mple.com'], field: 'From Email' },
			{ path: 'item.subject', values: ['', ' '], field: 'Subject' },
			{ path: 'item.html', values: [''], field: 'HTML', with: { plain: '' } },
			{ path: 'item.subject', values: [{ no: 1 }, ['a', 'b'], 'half \uD83D of an emoji'], field: 'Subject' },
			{ path: 'options.replyToEmail', values: ['nope', 'a b@example.com'], field: 'Reply-To Email' },
			{ path: 'options.segmentIds', values: ['x', '1, -1'], field: 'Subscriber Segment IDs' },
			{ path: 'options.seedListIds', values: ['seven'], field: 'Seed List IDs' },
			{ path: 'options.suppressionListIds', values: ['0'], field: 'Suppression List IDs' },
			{ path: 'options.deliveryDate', values: ['next week', '2026-02-30T09:00:00'], field: 'Delivery Date' },
			{ path: 'options.throttlingMethod', values: ['Manual', 'Fast'], field: 'Throttling' },
		],
	},
	{ operation: 'ExpertSender Pause Newsletter', inputs: newsletterIdInvalid },
	{ operation: 'ExpertSender Resume Newsletter', inputs: newsletterIdInvalid },
];
