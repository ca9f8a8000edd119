import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { attributeKeyField } from './fields';

const properties: INodeProperties[] = [attributeKeyField];

export const description = updateDisplayOptions({ show: { resource: ['contactAttribute'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const key = requiredString(this, 'attributeKey', itemIndex, 'Attribute', 'Pick an attribute, or enter its key such as first_name.');
	// GET /v2/accountcontactattributes/{key} (Swagger, getAttribute): one AttributeShow.
	return await cordialRequest.call(this, {
		operation: 'Get Contact Attribute',
		itemIndex,
		method: 'GET',
		path: `/accountcontactattributes/${pathKey(this, itemIndex, 'Attribute', key)}`,
	});
}
