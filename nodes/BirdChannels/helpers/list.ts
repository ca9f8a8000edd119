import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { invalidParameter, requiredString } from '../../shared/validation';
import { birdRequest, segment, unusableAnswer } from '../transport';
import { readIdentifiers, readIdList } from './contact';

/** "Create a list" and "Update a list": `name` is 2 to 256 characters. */
const NAME_LENGTH = { min: 2, max: 256 };

/** "Add contacts to a list": "Maximum combined count of contacts and identifiers is 100, validated by the API." */
export const MAX_MEMBERS_PER_REQUEST = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The List of an operation: its picker (a resource locator) or an ID mapped as text. */
export function readListId(context: IExecuteFunctions, itemIndex: number): string {
	return requiredString(context, 'listId', itemIndex, 'List', 'Pick a list from the list or enter its ID.');
}

/** `/lists/{listId}` with the ID as one path segment. */
export function listPath(context: IExecuteFunctions, itemIndex: number): string {
	return `/lists/${segment(context, itemIndex, 'List', readListId(context, itemIndex))}`;
}

/** A list name: trimmed, 2 to 256 characters. */
export function readListName(context: IExecuteFunctions, itemIndex: number, raw: unknown): string {
	const name = String(raw ?? '').trim();
	if (name.length < NAME_LENGTH.min || name.length > NAME_LENGTH.max) {
		const problem = name === '' ? 'is empty' : `is ${name.length} character${name.length === 1 ? '' : 's'} long`;
		throw invalidParameter(context, itemIndex, 'Name', problem, `Enter a name of ${NAME_LENGTH.min} to ${NAME_LENGTH.max} characters.`);
	}
	return name;
}

function readTagIds(context: IExecuteFunctions, itemIndex: number, raw: unknown): string[] | undefined {
	const tags = readIdList(context, itemIndex, raw, 'Tag IDs', Number.POSITIVE_INFINITY);
	const wrong = tags?.find((tag) => !UUID.test(tag));
	if (wrong !== undefined) {
		throw invalidParameter(context, itemIndex, 'Tag IDs', `"${wrong}" is not a tag ID`, 'Enter the IDs of tags, such as 123e4567-e89b-12d3-a456-426614174000, comma-separated.');
	}
	return tags && tags.length > 0 ? tags : undefined;
}

function readProofFlag(context: IExecuteFunctions, itemIndex: number, raw: unknown): boolean {
	if (typeof raw !== 'boolean') {
		throw invalidParameter(context, itemIndex, 'Proof List', `"${String(raw)}" is not true or false`, 'Turn the option on or off, or map a boolean.');
	}
	return raw;
}

/** The body of "Create a list" or "Update a list" from a collection; empty fields are left out. */
export function readListBody(context: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const description = String(fields.description ?? '').trim();
	const tags = readTagIds(context, itemIndex, fields.tags);
	return {
		...('name' in fields ? { name: readListName(context, itemIndex, fields.name) } : {}),
		...(description !== '' ? { description } : {}),
		...(fields.consentType !== undefined ? { consentType: fields.consentType } : {}),
		...(tags ? { tags } : {}),
		...('isProof' in fields ? { isProof: readProofFlag(context, itemIndex, fields.isProof) } : {}),
	};
}

type Identifier = { key: string; value: string };

/** The contacts an item names by ID and by identifier, each once; at least one. */
export function readListMembers(context: IExecuteFunctions, itemIndex: number): { contacts: string[]; identifiers: Identifier[] } {
	const raw = context.getNodeParameter('contactIds', itemIndex, '') as unknown;
	const contacts = [...new Set(readIdList(context, itemIndex, raw, 'Contact IDs', Number.POSITIVE_INFINITY) ?? [])];
	const identifiers = [...new Map(readIdentifiers(context, itemIndex).map((entry) => [`${entry.key}\u0000${entry.value}`, entry])).values()];
	if (contacts.length === 0 && identifiers.length === 0) {
		throw invalidParameter(context, itemIndex, 'Contact IDs', 'is empty and no identifier is set', 'Enter the IDs of the contacts, or add identifiers (e-mail addresses or phone numbers).');
	}
	return { contacts, identifiers };
}

/** The request bodies for the members: at most 100 contacts and identifiers together in each, IDs first. */
export function memberBodies(members: { contacts: string[]; identifiers: Identifier[] }, size = MAX_MEMBERS_PER_REQUEST): IDataObject[] {
	const entries: Array<{ contact: string } | { identifier: Identifier }> = [
		...members.contacts.map((contact) => ({ contact })),
		...members.identifiers.map((identifier) => ({ identifier })),
	];
	const bodies: IDataObject[] = [];
	for (let start = 0; start < entries.length; start += size) {
		const chunk = entries.slice(start, start + size);
		const contacts = chunk.flatMap((entry) => ('contact' in entry ? [entry.contact] : []));
		const identifiers = chunk.flatMap((entry) => ('identifier' in entry ? [entry.identifier] : []));
		bodies.push({ ...(contacts.length > 0 ? { contacts } : {}), ...(identifiers.length > 0 ? { identifiers } : {}) });
	}
	return bodies;
}

/**
 * Adds contacts to a list or removes them (`POST` or `DELETE /lists/{listId}/contacts`), 100 at a time, one request
 * after the other; when one fails, the ones before it stay done, and running the item again is harmless (a member
 * added again, or a non-member removed, changes nothing). Bird answers `{itemsProcessed}` for each; the output sums
 * them and gives `itemsProvided`, the number of distinct contact IDs and identifiers sent: "If it doesn't match the
 * number of contacts provided, it means some of the contacts were not processed."
 */
export async function changeListMembers(
	context: IExecuteFunctions,
	itemIndex: number,
	change: { operation: string; method: IHttpRequestMethods },
): Promise<IDataObject> {
	const path = `${listPath(context, itemIndex)}/contacts`;
	const members = readListMembers(context, itemIndex);
	let itemsProcessed = 0;
	for (const body of memberBodies(members)) {
		// Not repeated after an ambiguous failure, like every change; a 429 (not processed) is still retried.
		const request = { operation: change.operation, itemIndex, method: change.method };
		const response = await birdRequest.call(context, { ...request, path, body: { json: body } });
		const processed = (response.body as IDataObject | undefined)?.itemsProcessed;
		if (typeof processed !== 'number') throw unusableAnswer(context, request, response.statusCode, 'the answer has no number of items processed');
		itemsProcessed += processed;
	}
	return { itemsProcessed, itemsProvided: members.contacts.length + members.identifiers.length };
}
