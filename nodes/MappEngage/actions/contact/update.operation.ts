import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { contactUpdate } from '../../transport/calls';
import { callMapp } from '../../transport';
import { attributesProperty, identifierProperties, readContactInput, standardAttributesProperty } from '../common';

export const CLEARS_STANDARD_ATTRIBUTES =
	'Mapp clears every standard attribute (email, mobile number, application alias, external identifier) that an update leaves out. Fill in all that the contact should keep.';

const properties: INodeProperties[] = [
	{ displayName: CLEARS_STANDARD_ATTRIBUTES, name: 'updateNotice', type: 'notice', default: '' },
	...identifierProperties(true),
	standardAttributesProperty,
	attributesProperty,
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { identifier, contact } = readContactInput(this, itemIndex);
	return await callMapp(this, itemIndex, contactUpdate('Update Contact', identifier.type, contact));
}
