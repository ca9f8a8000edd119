/**
 * Groups, from Mapp's per-endpoint REST pages (api-evangelist/mapp openapi: "Create a group", "Get a group", "Find group
 * IDs by attributes", "Archive groups", "Activate groups", group/getPreparedMessages) and the v2-era WSDL (groupGet,
 * groupGetPreparedMessages; romankot/eCmConnector GroupGet.java, GroupGetResponse.java, Group.java). The WSDL has no
 * groupCreate. Group details (name, description, email, group attributes, archived) are kept here, seeded for the
 * groups fixtures.ts seeds; the members stay in `account.groups`.
 */
import type { MappAccount } from './account';
import { alreadyExists, invalidParameter, noSuchObject, Unreadable } from './errors';
import { LONG, type Args, type Operation, type Route } from './operation';
import { asObject, onlyKeys, optionalString } from './rest';

export interface GroupDetails {
	name: string;
	description: string | null;
	email: string;
	isoCountryCode: string;
	isoLanguageCode: string;
	isSuperGroup: boolean;
	/** Group attributes: one value for every member of the group (Mapp's "Group Attributes"). */
	attributes: Array<{ name: string; value: string }>;
	archived: boolean;
}

function seededDetails(): Map<number, GroupDetails> {
	const group = (name: string, description: string, email: string, attributes: GroupDetails['attributes']): GroupDetails => ({
		name,
		description,
		email,
		isoCountryCode: 'DE',
		isoLanguageCode: 'de',
		isSuperGroup: false,
		attributes,
		archived: false,
	});
	return new Map([
		[1200, group('Newsletter', 'Monthly newsletter', 'newsletter@news.example.com', [{ name: 'Brand', value: 'Acme' }, { name: 'Region', value: 'EU' }])],
		[1300, group('Transactional', 'Order and account messages', 'service@news.example.com', [{ name: 'Brand', value: 'Acme' }])],
		[1400, group('Offers', 'Weekly offers', 'offers@news.example.com', [{ name: 'Region', value: 'EU' }])],
	]);
}

/** The details of every group, made consistent with `account.groups` on first use after a reset. */
export function groupDetails(account: MappAccount): Map<number, GroupDetails> {
	return account.state('groupDetails', seededDetails);
}

/**
 * The group's details; an unknown group is Mapp's NO_SUCH_OBJECT, as group/get's 400 says. A group put straight into
 * `account.groups` (a test fixture) gets plain details of its own.
 */
function detailsOf(account: MappAccount, groupId: string): GroupDetails {
	account.group(groupId);
	const details = groupDetails(account);
	const id = Number(groupId);
	if (!details.has(id)) {
		details.set(id, {
			name: `Group ${id}`,
			description: null,
			email: `group${id}@news.example.com`,
			isoCountryCode: 'DE',
			isoLanguageCode: 'de',
			isSuperGroup: false,
			attributes: [],
			archived: false,
		});
	}
	return details.get(id)!;
}

function groupAnswer(groupId: string, details: GroupDetails) {
	const group = { id: Number(groupId), name: details.name, description: details.description, email: details.email };
	return { json: group, soap: { group: { ...group, id: groupId, description: details.description ?? undefined } } };
}

export const groupGet: Operation = {
	query: { groupId: 'long' },
	soap: [{ name: 'groupId', type: LONG, min: 1 }],
	run: (account, args) => groupAnswer(args.groupId!, detailsOf(account, args.groupId!)),
};

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** An ISO 3166-1 region or ISO 639-1 language code that exists (Intl knows it: an unknown code names itself). */
function isIsoCode(code: string, type: 'region' | 'language'): boolean {
	if (!/^[A-Za-z]{2}$/.test(code)) return false;
	const normal = type === 'region' ? code.toUpperCase() : code.toLowerCase();
	const name = new Intl.DisplayNames(['en'], { type, fallback: 'code' }).of(normal);
	return name !== undefined && name !== normal;
}

function checkNewGroup(account: MappAccount, args: Args): void {
	if (!EMAIL.test(args.email!)) throw invalidParameter('email', args.email!, 'not an email address');
	if (!isIsoCode(args.isoCountryCode!, 'region')) throw invalidParameter('isoCountryCode', args.isoCountryCode!, 'not an ISO country code');
	if (!isIsoCode(args.isoLanguageCode!, 'language')) throw invalidParameter('isoLanguageCode', args.isoLanguageCode!, 'not an ISO language code');
	if (!['true', 'false'].includes(args.isSuperGroup!)) throw invalidParameter('isSuperGroup', args.isSuperGroup!, 'true or false expected');
	if (args.name!.length > 150) throw invalidParameter('name', args.name!, 'at most 150 characters');
	// No group categories or configuration templates are set up in this account.
	if (args.groupCategoryId !== undefined) throw noSuchObject('GroupCategory', 'groupCategoryId', args.groupCategoryId);
	if (args.groupTemplateId !== undefined) throw noSuchObject('GroupTemplate', 'groupTemplateId', args.groupTemplateId);
	// "A unique name and email address must be defined for the new group" (Mapp's Copy Group); create returns Object
	// Already Exists Exception.
	for (const details of groupDetails(account).values()) {
		if (details.name === args.name) throw alreadyExists('Group', 'name', args.name!, `Group with name=${args.name} already exists.`);
		if (details.email.toLowerCase() === args.email!.toLowerCase()) {
			throw alreadyExists('Group', 'email', args.email!, `Group with email=${args.email} already exists.`);
		}
	}
}

/** group/create: REST only; answers the new group's ID as a bare JSON long. */
export const groupCreate: Operation = {
	query: {
		name: 'string',
		email: 'string',
		description: 'string',
		groupCategoryId: 'long',
		isoCountryCode: 'string',
		isoLanguageCode: 'string',
		isSuperGroup: 'string',
		groupTemplateId: 'long',
	},
	optional: ['description', 'groupCategoryId', 'groupTemplateId'],
	run(account, args) {
		checkNewGroup(account, args);
		const groupId = Math.max(...account.groups.keys()) + 100;
		account.groups.set(groupId, new Map());
		groupDetails(account).set(groupId, {
			name: args.name!,
			description: args.description ?? null,
			email: args.email!,
			isoCountryCode: args.isoCountryCode!,
			isoLanguageCode: args.isoLanguageCode!,
			isSuperGroup: args.isSuperGroup === 'true',
			attributes: [],
			archived: false,
		});
		account.changes.push(`group-create:${groupId}:${args.name}`);
		return { json: groupId };
	},
};

/** The JSON body of findIdsByAttributes: `[{name, value}]`, carried to `run` as JSON text. */
function readAttributeFilter(json: unknown): Args {
	if (!Array.isArray(json)) throw new Unreadable('Cannot deserialize value of type `ArrayList<Attribute>` from Object value');
	const attributes = json.map((entry) => {
		const object = asObject(entry, 'Attribute');
		onlyKeys(object, ['name', 'value'], 'Attribute');
		return { name: optionalString(object, 'name', 'Attribute') ?? '', value: optionalString(object, 'value', 'Attribute') ?? null };
	});
	const args: Args = { groupAttributes: JSON.stringify(attributes) };
	return args;
}

/**
 * group/findIdsByAttributes: the IDs of the groups whose group attributes have all the given values (names are not
 * case-sensitive, Mapp's "Creating or Deleting Group Attributes"). An empty list matches every group, and archived
 * groups are left out: both inferred, Mapp's page says neither.
 */
export const groupFindIdsByAttributes: Operation = {
	query: {},
	body: readAttributeFilter,
	run(account, args) {
		const wanted = JSON.parse(args.groupAttributes!) as Array<{ name: string; value: string | null }>;
		const matches = (details: GroupDetails) =>
			wanted.every(({ name, value }) => details.attributes.some((attribute) => attribute.name.toLowerCase() === name.toLowerCase() && attribute.value === value));
		const ids = [...account.groups.keys()]
			.filter((id) => {
				const details = detailsOf(account, String(id));
				return !details.archived && matches(details);
			})
			.sort((a, b) => a - b);
		return { json: ids };
	},
};

/** The JSON body of archive and activate: a list of group IDs, as numbers or numeric strings (the docs' example). */
function readGroupIds(json: unknown): Args {
	if (!Array.isArray(json)) throw new Unreadable('Cannot deserialize value of type `ArrayList<Long>` from Object value');
	const ids = json.map((entry) => {
		const text = typeof entry === 'number' || typeof entry === 'string' ? String(entry) : '';
		if (!/^\d+$/.test(text)) throw new Unreadable(`Cannot deserialize value of type \`Long\` from ${JSON.stringify(entry)}`);
		return text;
	});
	const args: Args = { groupIds: ids.join(',') };
	return args;
}

/** Archives or activates each group, answering one `{entityKey, code, message}` per group (code null: done). */
function setArchived(account: MappAccount, args: Args, archived: boolean) {
	const ids = args.groupIds === '' ? [] : args.groupIds!.split(',');
	if (ids.length === 0) throw invalidParameter('groupIds', '[]', 'Provided list of groupIds is empty');
	return {
		json: ids.map((id) => {
			// A per-group refusal for an unknown group (inferred from the answer's shape: the docs show success only).
			if (!account.groups.has(Number(id))) return { entityKey: id, code: 'NO_SUCH_OBJECT', message: `Group with groupId=${id} does not exist.` };
			const details = detailsOf(account, id);
			if (details.archived !== archived) account.changes.push(`${archived ? 'archive' : 'activate'}:${id}`);
			details.archived = archived;
			return { entityKey: id, code: null, message: null };
		}),
	};
}

export const groupArchive: Operation = { query: {}, body: readGroupIds, run: (account, args) => setArchived(account, args, true) };

export const groupActivate: Operation = { query: {}, body: readGroupIds, run: (account, args) => setArchived(account, args, false) };

export const groupGetPreparedMessages: Operation = {
	query: { groupId: 'long' },
	soap: [{ name: 'groupId', type: LONG, min: 1 }],
	run(account, args) {
		// An unknown group is Mapp's NO_SUCH_OBJECT; a group without prepared messages an empty list.
		const groupId = Number(args.groupId);
		account.group(args.groupId!);
		const messageIds = [...account.messages.entries()]
			.filter(([, message]) => message.groupId === groupId)
			.map(([messageId]) => messageId)
			.sort((a, b) => a - b);
		return { json: messageIds, soap: { messageIds } };
	},
};

/**
 * This file's rows of the route table (index.ts). groupFindIdsByAttributes, groupArchive and groupActivate exist in the
 * WSDL too, but take repeated structured or list elements this emulator's SOAP binding does not carry: REST only here.
 */
export const routes: Route[] = [
	{ method: 'GET', path: '/group/get', soap: 'groupGet', handler: groupGet },
	{ method: 'POST', path: '/group/create', handler: groupCreate },
	{ method: 'POST', path: '/group/findIdsByAttributes', handler: groupFindIdsByAttributes },
	{ method: 'POST', path: '/group/archive', handler: groupArchive },
	{ method: 'POST', path: '/group/activate', handler: groupActivate },
	{ method: 'GET', path: '/group/getPreparedMessages', soap: 'groupGetPreparedMessages', handler: groupGetPreparedMessages },
];
