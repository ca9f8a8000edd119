import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { profileTarget, readProfileUpdate } from '../../helpers/profile';
import { contactGet, userUpdateProfile } from '../../transport/calls';
import { callMapp } from '../../transport';
import { identifierProperties } from '../fields';
import { attributesProperty, standardAttributesProperty } from './fields';

const properties: INodeProperties[] = [
	{
		displayName:
			'Changes only the attributes given here; the others keep their values. Goes over the REST API whichever API is chosen (Mapp\'s user/updateProfile methods).',
		name: 'partialUpdateNotice',
		type: 'notice',
		default: '',
	},
	...identifierProperties(true),
	{
		...standardAttributesProperty,
		// Application Alias stays listed so that a workflow saved with it is refused clearly, not silently dropped.
		description: 'Standard attributes to change. The application alias can only be changed with Replace, or be the identifier',
	},
	attributesProperty,
	{
		displayName: 'Attributes to Clear',
		name: 'clearAttributes',
		type: 'string',
		default: '',
		placeholder: 'e.g. user.LastName, user.MobileNumber',
		description: 'Names of profile attributes to erase, separated by commas (Mapp sets them to null)',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties);

const LABEL = 'Update Contact';

/**
 * A partial update (user/updateProfile…, 204), then contact/get for the contact as it is after it, in the shape Get
 * gives. The look-up goes by contact ID when it is known.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { identifier, attributes } = readProfileUpdate(this, itemIndex);
	const target = await profileTarget(this, itemIndex, LABEL, identifier);
	await callMapp(this, itemIndex, userUpdateProfile(LABEL, target, attributes));
	const after = 'userId' in target ? { type: 'ID' as const, value: target.userId } : identifier;
	return await callMapp(this, itemIndex, contactGet(LABEL, after));
}
