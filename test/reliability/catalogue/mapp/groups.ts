import type { Sandbox } from '../../../../sandbox/framework';
import type { MappProvider } from '../../../../sandbox/providers/mapp';
import { groupDetails } from '../../../../sandbox/providers/mapp/groups';
import type { InvalidInput, OperationSpec, ProviderCatalogue } from '../types';

export type Api = 'rest' | 'soap';

/**
 * Group and membership breadth: Create, Get, Get Many, Archive and Activate Group; Get and Get Many Membership.
 * Create, Get Many's listing, Archive, Activate and Membership Get go over REST whichever API is chosen, so their
 * answers are JSON (`xml` only where the wire is SOAP). Changes are counted from the module's change journal.
 */

const mapp = (sandbox: Sandbox) => sandbox.provider<MappProvider>('mapp');

/** The journal's entries of one kind (e.g. `group-create:`), one per change the emulator applied. */
const changesOf = (prefix: string) => (sandbox: Sandbox) => mapp(sandbox).changes.filter((change) => change.startsWith(prefix));

const label = (api: Api, operation: string) => `Mapp Engage (${api.toUpperCase()}) ${operation}`;

type Rest = Omit<OperationSpec, 'label' | 'node' | 'credentialType' | 'provider' | 'providerName' | 'xml'>;

/** One operation; `soapWire` says whether the chosen SOAP API carries it (false for the REST-only methods). */
function spec(api: Api, operation: string, soapWire: boolean, rest: Rest): OperationSpec {
	return {
		node: 'mappEngage',
		credentialType: 'mappEngageApi',
		provider: 'mapp',
		providerName: 'Mapp Engage',
		label: label(api, operation),
		xml: api === 'soap' && soapWire,
		...rest,
	};
}

const mappedGroup = { __rl: true, mode: 'id', value: '={{ $json.groupId }}' };

/** Groups 1200 and 1400 archived, for Activate. */
function archiveTwo(sandbox: Sandbox): void {
	for (const id of [1200, 1400]) {
		const details = groupDetails(mapp(sandbox));
		details.get(id)!.archived = true;
	}
}

/** Contact 33457 also a member of group 1200 (it is of 1300 after a reset). */
function joinNewsletter(sandbox: Sandbox): void {
	mapp(sandbox).groups.get(1200)!.set(33457, 'OPT_IN');
}

const groupOperations = (api: Api): OperationSpec[] => [
	spec(api, 'Create Group', false, {
		parameters: {
			api,
			resource: 'group',
			operation: 'create',
			name: '={{ $json.name }}',
			email: '={{ $json.email }}',
			isoCountryCode: '={{ $json.country }}',
			isoLanguageCode: 'de',
			isSuperGroup: false,
			additionalFields: { description: '={{ $json.description }}' },
		},
		items: [
			{ json: { name: 'Spring', email: 'spring@news.example.com', country: 'DE', description: 'Spring offers' } },
			{ json: { name: 'Autumn', email: 'autumn@news.example.com', country: 'AT', description: 'Autumn offers' } },
		],
		deliveries: changesOf('group-create:'),
	}),
	spec(api, 'Get Group', true, {
		parameters: { api, resource: 'group', operation: 'get', groupId: mappedGroup },
		items: [{ json: { groupId: '1200' } }, { json: { groupId: '1400' } }],
	}),
	spec(api, 'Get Many Groups', false, {
		// The listing is REST; each group's details go over the chosen API (the faults hit the listing).
		parameters: {
			api,
			resource: 'group',
			operation: 'getAll',
			returnAll: true,
			groupAttributes: { pairs: [{ name: '={{ $json.attribute }}', value: '={{ $json.value }}' }] },
		},
		items: [{ json: { attribute: 'Brand', value: 'Acme' } }, { json: { attribute: 'Region', value: 'EU' } }],
		oneToOne: false,
	}),
	spec(api, 'Archive Group', false, {
		parameters: { api, resource: 'group', operation: 'archive', groupId: '={{ $json.groupId }}' },
		items: [{ json: { groupId: '1200' } }, { json: { groupId: '1400' } }],
		deliveries: changesOf('archive:'),
	}),
	spec(api, 'Activate Group', false, {
		parameters: { api, resource: 'group', operation: 'activate', groupId: '={{ $json.groupId }}' },
		items: [{ json: { groupId: '1200' } }, { json: { groupId: '1400' } }],
		setup: archiveTwo,
		deliveries: changesOf('activate:'),
	}),
];

const membershipOperations = (api: Api): OperationSpec[] => [
	spec(api, 'Get Membership', false, {
		parameters: { api, resource: 'membership', operation: 'get', groupId: '={{ $json.groupId }}', memberBy: 'email', email: '={{ $json.email }}' },
		items: [
			{ json: { groupId: '1300', email: 'j.mcexample@example.com' } },
			{ json: { groupId: '1200', email: 'j.mcexample@example.com' } },
		],
		setup: joinNewsletter,
	}),
	spec(api, 'Get Many Memberships', true, {
		parameters: { api, resource: 'membership', operation: 'getAll', memberBy: 'contactId', contactId: '={{ $json.contactId }}', returnAll: true },
		items: [{ json: { contactId: '33457' } }, { json: { contactId: '33457' } }],
		setup: joinNewsletter,
		oneToOne: false,
	}),
];

export function operations(api: Api): OperationSpec[] {
	return [...groupOperations(api), ...membershipOperations(api)];
}

const BAD_IDS = ['', '   ', 'abc', '12x', '-5', '1.5', '99999999999999999', '1e3', '0x10', '12 34', '../1200', '%2e%2e', '12/00'];
const BAD_EMAILS = ['', '   ', 'john.example.com', 'john@', '@example.com', 'john doe@example.com', '<john@example.com>'];
const groupIdInput: InvalidInput = { path: 'item.groupId', values: BAD_IDS, field: 'Group ID' };

export function invalid(api: Api): ProviderCatalogue['invalid'] {
	return [
		{
			operation: label(api, 'Create Group'),
			inputs: [
				{ path: 'item.name', values: ['', '   ', 'x'.repeat(151)], field: 'Name' },
				{ path: 'item.email', values: BAD_EMAILS, field: 'Email' },
				{ path: 'item.country', values: ['', 'DEU', 'D', '1A', 'de-DE'], field: 'Country Code' },
				{ path: 'isoLanguageCode', values: ['deu', '1', 'd e'], field: 'Language Code' },
			],
		},
		{ operation: label(api, 'Get Group'), inputs: [groupIdInput] },
		{ operation: label(api, 'Get Many Groups'), inputs: [{ path: 'item.attribute', values: ['', '   '], field: 'Group Attributes' }] },
		{ operation: label(api, 'Archive Group'), inputs: [groupIdInput] },
		{ operation: label(api, 'Activate Group'), inputs: [groupIdInput] },
		{
			operation: label(api, 'Get Membership'),
			inputs: [groupIdInput, { path: 'item.email', values: BAD_EMAILS, field: 'Email' }],
		},
		{ operation: label(api, 'Get Many Memberships'), inputs: [{ path: 'item.contactId', values: BAD_IDS, field: 'Contact ID' }] },
	];
}
