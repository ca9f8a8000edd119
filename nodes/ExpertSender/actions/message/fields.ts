import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readPositiveId } from '../../helpers/values';

/**
 * A required message ID as a resource locator: From List (the named search method) or By ID. A plain string saved
 * before the field was a locator (e.g. `123` or `={{ $json.messageId }}`) is read as the ID, as n8n passes it on.
 */
export function messageLocator(name: string, displayName: string, searchListMethod: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 123',
				validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: `${displayName}: the ID is a positive whole number` } }],
			},
		],
	};
}

/** The numeric ID of a message locator (or of a plain string saved in its place), refused before any request otherwise. */
export function readMessageId(context: IExecuteFunctions, itemIndex: number, name: string, label: string): number {
	const value = context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	return readPositiveId(context, itemIndex, value, label, true)!;
}
