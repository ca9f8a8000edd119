import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readContactInput } from '../../helpers/contact';
import { contactUpdate } from '../../transport/calls';
import { callMapp } from '../../transport';
import { identifierProperties } from '../fields';
import { attributesProperty, CLEARS_STANDARD_ATTRIBUTES, standardAttributesProperty } from './fields';

const properties: INodeProperties[] = [
	{ displayName: CLEARS_STANDARD_ATTRIBUTES, name: 'updateNotice', type: 'notice', default: '' },
	...identifierProperties(true),
	standardAttributesProperty,
	attributesProperty,
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['replace'] } }, properties);

/** contact/update: writes the whole contact; the standard attributes left out are cleared. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { identifier, contact } = readContactInput(this, itemIndex);
	return await callMapp(this, itemIndex, contactUpdate('Replace Contact', identifier.type, contact));
}
