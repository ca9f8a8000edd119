import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readIdentifier } from '../../helpers/identifier';
import { contactGet } from '../../transport/calls';
import { callMapp } from '../../transport';
import { identifierProperties } from '../fields';

const properties: INodeProperties[] = [...identifierProperties(true)];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const identifier = readIdentifier(this, itemIndex);
	return await callMapp(this, itemIndex, contactGet('Get Contact', identifier));
}
