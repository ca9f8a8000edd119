import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readContactInput } from '../../helpers/contact';
import { contactCreate } from '../../transport/calls';
import { callMapp } from '../../transport';
import { identifierProperties } from '../fields';
import { attributesProperty, standardAttributesProperty } from './fields';

const properties: INodeProperties[] = [...identifierProperties(false), standardAttributesProperty, attributesProperty];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { contact } = readContactInput(this, itemIndex);
	return await callMapp(this, itemIndex, contactCreate('Create Contact', contact));
}
