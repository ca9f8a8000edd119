import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, isEmail } from '../../shared/validation';

/** A required list picked from the account's lists (or typed as an ID). */
export const listLocator: INodeProperties = {
	displayName: 'List',
	name: 'list',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The subscriber list',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchLists', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 12',
			validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'List: the list ID is a positive whole number' } }],
		},
	],
};

/** An optional list in an options collection: a dropdown of the account's lists. */
export const optionalListField: INodeProperties = {
	displayName: 'List Name or ID',
	name: 'listId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLists' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const POSITIVE_INTEGER = /^[1-9]\d{0,9}$/;

/** An ExpertSender ID (subscriber, list, message): a positive whole number. */
export function positiveId(
	context: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
	required: boolean,
): number | undefined {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') {
		if (!required) return undefined;
		throw invalidParameter(context, itemIndex, label, 'is empty', `Enter the ${label} as a whole number, e.g. 123.`);
	}
	if (!POSITIVE_INTEGER.test(text) || Number(text) > 2_147_483_647) {
		throw invalidParameter(
			context,
			itemIndex,
			label,
			`"${text}" is not an ExpertSender ID`,
			`Enter the ${label} as a positive whole number, e.g. 123.`,
		);
	}
	return Number(text);
}

export function optionalEmail(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | undefined {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') return undefined;
	if (!isEmail(text)) {
		throw invalidParameter(context, itemIndex, label, `"${text}" is not an e-mail address`, 'Enter an address such as name@example.com.');
	}
	return text;
}

/** The list ID of the required `list` locator. */
export function listIdOf(context: IExecuteFunctions, itemIndex: number): number {
	const value = context.getNodeParameter('list', itemIndex, '', { extractValue: true }) as unknown;
	return positiveId(context, itemIndex, value, 'List', true)!;
}
