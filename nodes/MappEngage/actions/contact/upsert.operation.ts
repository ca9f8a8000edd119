import type { IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readContactInput } from '../../helpers/contact';
import { contactCreate, contactUpdate } from '../../transport/calls';
import { callMapp } from '../../transport';
import { identifierProperties } from '../fields';
import { attributesProperty, CLEARS_STANDARD_ATTRIBUTES, standardAttributesProperty } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: `${CLEARS_STANDARD_ATTRIBUTES} This applies when the contact already exists.`,
		name: 'upsertNotice',
		type: 'notice',
		default: '',
	},
	...identifierProperties(false),
	standardAttributesProperty,
	attributesProperty,
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, properties);

function alreadyExists(error: unknown): boolean {
	return error instanceof NodeApiError && (error.errorResponse as JsonObject | undefined)?.code === 'OBJECT_ALREADY_EXISTS';
}

/**
 * contact/create is not an upsert: it refuses an existing contact with OBJECT_ALREADY_EXISTS, a definite answer
 * (nothing was created), so the same contact is then written with contact/update by the chosen identifier.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { identifier, contact } = readContactInput(this, itemIndex);
	const created = await callMapp(this, itemIndex, contactCreate('Create or Update Contact', contact)).catch(
		(error: Error) => error,
	);
	if (!(created instanceof Error)) return created;
	if (!alreadyExists(created)) throw created;
	return await callMapp(this, itemIndex, contactUpdate('Create or Update Contact', identifier.type, contact));
}
