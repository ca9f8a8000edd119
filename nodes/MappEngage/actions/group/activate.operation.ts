import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { changeArchived } from './archiving';
import { groupIdProperty } from '../fields';

const properties: INodeProperties[] = [groupIdProperty];

export const description = updateDisplayOptions({ show: { resource: ['group'], operation: ['activate'] } }, properties);

/** Brings an archived group back into use. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const groupId = await changeArchived(this, itemIndex, false);
	return { activated: true, groupId };
}
