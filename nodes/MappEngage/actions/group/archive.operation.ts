import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { changeArchived } from './archiving';
import { groupIdProperty } from '../fields';

const properties: INodeProperties[] = [groupIdProperty];

export const description = updateDisplayOptions({ show: { resource: ['group'], operation: ['archive'] } }, properties);

/** Mapp's API has no group delete; archiving (with any subgroups) takes the group out of use. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const groupId = await changeArchived(this, itemIndex, true);
	return { archived: true, groupId };
}
