import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readMappId } from '../../helpers/identifier';
import { groupGet } from '../../transport/calls';
import { callMapp } from '../../transport';
import { groupIdProperty } from '../fields';

const properties: INodeProperties[] = [groupIdProperty];

export const description = updateDisplayOptions({ show: { resource: ['group'], operation: ['get'] } }, properties);

/** Mapp's group object as group/get gives it: ID, name, description and sender email. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const groupId = readMappId(this, 'groupId', itemIndex, 'Group ID');
	return await callMapp(this, itemIndex, groupGet('Get Group', groupId));
}
