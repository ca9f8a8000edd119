/**
 * Group membership: membership/subscribe, subscribeByEmail, unsubscribe and unsubscribeByEmail of the Mapp Engage REST
 * API (the membership… operations of the SOAP API's WSDL), with the subscription modes of the WSDL; and the reads
 * membership/get, getByEmail (REST only: the v2-era WSDL has no membershipGet), findAll and findAllByEmail
 * (membershipFindAll(ByEmail) in the WSDL: romankot/eCmConnector MembershipFindAll*.java, Membership.java), answering
 * Mapp's Membership `{userId, groupId, attributes}` with the member.* attributes of "Get a membership"'s example.
 */
import type { MappAccount } from './account';
import { SUBSCRIPTION_MODES } from './fixtures';
import { noSuchObject } from './errors';
import { LONG, STRING, type Answer, type Args, type Operation, type Schema, type Route } from './operation';

const subscriptionMode: Schema = { kind: 'enum', values: SUBSCRIPTION_MODES };

export const membershipSubscribe: Operation = {
	query: { userId: 'long', groupId: 'long', subscriptionMode: 'mode' },
	soap: [
		{ name: 'userId', type: LONG, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
		{ name: 'subscriptionMode', type: subscriptionMode, min: 1 },
	],
	run: subscribe,
};

export const membershipSubscribeByEmail: Operation = {
	query: { email: 'string', groupId: 'long', subscriptionMode: 'mode' },
	soap: [
		{ name: 'email', type: STRING, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
		{ name: 'subscriptionMode', type: subscriptionMode, min: 1 },
	],
	run: subscribe,
};

export const membershipUnsubscribe: Operation = {
	query: { userId: 'long', groupId: 'long' },
	soap: [
		{ name: 'userId', type: LONG, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
	],
	run: unsubscribe,
};

export const membershipUnsubscribeByEmail: Operation = {
	query: { email: 'string', groupId: 'long' },
	soap: [
		{ name: 'email', type: STRING, min: 1 },
		{ name: 'groupId', type: LONG, min: 1 },
	],
	run: unsubscribe,
};

/** The contact by ID (`userId`) or, for the …ByEmail methods, by e-mail address. */
function member(account: MappAccount, args: Args) {
	return args.email === undefined ? account.contactById(args.userId!, 'userId') : account.contactByEmail(args.email);
}

function subscribe(account: MappAccount, args: Args): Answer {
	const group = account.group(args.groupId!);
	const contact = member(account, args);
	// Double opt-in only invites; the contact is a member once it accepts.
	group.set(contact.contactId, args.subscriptionMode === 'DOUBLE_OPT_IN' ? 'INVITED' : args.subscriptionMode!);
	if (args.subscriptionMode !== 'DOUBLE_OPT_IN') memberSince(account).set(`${args.groupId}:${contact.contactId}`, mappTimestamp(new Date()));
	// Each accepted subscription may notify the contact (welcome email, invitation).
	account.changes.push(`subscribe:${args.groupId}:${contact.contactId}:${args.subscriptionMode}`);
	return {};
}

function unsubscribe(account: MappAccount, args: Args): Answer {
	const group = account.group(args.groupId!);
	const contact = member(account, args);
	group.delete(contact.contactId);
	account.changes.push(`unsubscribe:${args.groupId}:${contact.contactId}`);
	return {};
}

/** When each membership began, `group:contact` → Mapp's `member.creationDate` text; seeded for 33457 in group 1300. */
function memberSince(account: MappAccount): Map<string, string> {
	return account.state('memberSince', () => new Map([['1300:33457', '2015-07-21 16:10:30.0']]));
}

/** Mapp's timestamp text as in "Get a membership"'s example: `2015-07-21 16:10:30.0` (UTC here). */
function mappTimestamp(date: Date): string {
	return `${date.toISOString().slice(0, 19).replace('T', ' ')}.0`;
}

/** The contact of a membership read; an unknown one is "User with email=… does not exist." (objectType User). */
function memberUser(account: MappAccount, args: Args) {
	const contact = args.email === undefined ? account.contacts.get(Number(args.userId)) : account.findContact('EMAIL', args.email);
	if (!contact) throw args.email === undefined ? noSuchObject('User', 'userId', args.userId!) : noSuchObject('User', 'email', args.email);
	return contact;
}

/** A membership as Mapp answers it; double opt-in invitations are no membership until accepted. */
function membershipOf(account: MappAccount, groupId: number, contactId: number) {
	const state = account.groups.get(groupId)?.get(contactId);
	if (state === undefined || state === 'INVITED') return undefined;
	const attributes = [
		['member.bounceCounter', '0'],
		['member.type', 'normal'],
		['member.readMode', 'mail'],
		['member.creationDate', memberSince(account).get(`${groupId}:${contactId}`) ?? '2015-07-21 16:10:30.0'],
		['member.bounced', 'false'],
		['member.role', 'member'],
		['member.messageCounter', '0'],
		['member.systemWideDeactivated', 'false'],
	].map(([name, value]) => ({ name, value }));
	return { userId: contactId, groupId, attributes };
}

function getMembership(account: MappAccount, args: Args): Answer {
	const contact = memberUser(account, args);
	account.group(args.groupId!);
	const membership = membershipOf(account, Number(args.groupId), contact.contactId);
	if (!membership) {
		throw noSuchObject('Membership', 'membership', `userId:${contact.contactId}/groupId:${args.groupId}`);
	}
	return { json: membership };
}

function findAllMemberships(account: MappAccount, args: Args): Answer {
	const contact = memberUser(account, args);
	const memberships = [...account.groups.keys()]
		.sort((a, b) => a - b)
		.flatMap((groupId) => membershipOf(account, groupId, contact.contactId) ?? []);
	return {
		json: memberships,
		soap: { memberships: memberships.map((entry) => ({ userId: String(entry.userId), groupId: String(entry.groupId), attributes: entry.attributes })) },
	};
}

export const membershipGet: Operation = { query: { userId: 'long', groupId: 'long' }, run: getMembership };

export const membershipGetByEmail: Operation = { query: { email: 'string', groupId: 'long' }, run: getMembership };

export const membershipFindAll: Operation = {
	query: { userId: 'long' },
	soap: [{ name: 'userId', type: LONG, min: 1 }],
	run: findAllMemberships,
};

export const membershipFindAllByEmail: Operation = {
	query: { email: 'string' },
	soap: [{ name: 'email', type: STRING, min: 1 }],
	run: findAllMemberships,
};

/** This file's rows of the route table (index.ts). */
export const routes: Route[] = [
	{ method: 'POST', path: '/membership/subscribe', soap: 'membershipSubscribe', handler: membershipSubscribe },
	{ method: 'POST', path: '/membership/subscribeByEmail', soap: 'membershipSubscribeByEmail', handler: membershipSubscribeByEmail },
	{ method: 'POST', path: '/membership/unsubscribe', soap: 'membershipUnsubscribe', handler: membershipUnsubscribe },
	{ method: 'POST', path: '/membership/unsubscribeByEmail', soap: 'membershipUnsubscribeByEmail', handler: membershipUnsubscribeByEmail },
	{ method: 'GET', path: '/membership/get', handler: membershipGet },
	{ method: 'GET', path: '/membership/getByEmail', handler: membershipGetByEmail },
	{ method: 'GET', path: '/membership/findAll', soap: 'membershipFindAll', handler: membershipFindAll },
	{ method: 'GET', path: '/membership/findAllByEmail', soap: 'membershipFindAllByEmail', handler: membershipFindAllByEmail },
];
