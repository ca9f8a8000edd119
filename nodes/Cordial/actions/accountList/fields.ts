import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, requiredString } from '../../../shared/validation';
import { pathKey } from '../../transport';

/** The account list picker of every Account List operation (lists by name, value the list's integer ID). */
export const accountListLocator: INodeProperties = {
	displayName: 'Account List',
	name: 'listId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The account list, by its numeric ID',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAccountLists', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 123' },
	],
};

export const listNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. spring-sellers',
	description: 'A unique name of letters, digits and dashes (at most 128), which contacts\' list membership uses',
};

export const enhancedField: INodeProperties = {
	displayName: 'Enhanced',
	name: 'enhanced',
	type: 'boolean',
	default: false,
	description: 'Whether Cordial records the date each contact joins the list',
};

/** The Swagger's ListValidationError: "Name must contain only letters, numbers, and dashes…" (128 at most). */
const LIST_NAME = /^[A-Za-z0-9-]{1,128}$/;

/** The picker's list as the path `/accountlists/<id>`; the Swagger types the ID as an integer. */
export function readListPath(context: IExecuteFunctions, itemIndex: number): string {
	const id = requiredString(context, 'listId', itemIndex, 'Account List', 'Choose a list, or enter its numeric ID such as 123.');
	if (!/^\d+$/.test(id)) {
		throw invalidParameter(context, itemIndex, 'Account List', `"${id}" is not a list ID`, 'A list ID is a whole number such as 123; choose the list from the list to get it.');
	}
	return `/accountlists/${pathKey(context, itemIndex, 'Account List', id)}`;
}

/** A list name as Cordial accepts it (addList / updatelist): letters, digits and dashes, not "cid". */
export function checkListName(context: IExecuteFunctions, itemIndex: number, value: unknown): string {
	const name = String(value ?? '').trim();
	if (!name) throw invalidParameter(context, itemIndex, 'Name', 'is empty', 'Enter a list name such as spring-sellers.');
	if (!LIST_NAME.test(name)) {
		throw invalidParameter(context, itemIndex, 'Name', `"${name}" is not a list name`, 'Use only letters, digits and dashes, at most 128 characters, e.g. spring-sellers.');
	}
	// The Swagger's ListError: "cid is not allowed for list names."
	if (name.toLowerCase() === 'cid') throw invalidParameter(context, itemIndex, 'Name', '"cid" is reserved', 'Choose another name; cid is the contact ID key.');
	return name;
}
