import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { readMappId } from '../../helpers/identifier';
import { groupGetPreparedMessages } from '../../transport/calls';
import { callMapp } from '../../transport';
import { groupIdProperty } from '../fields';

const properties: INodeProperties[] = [groupIdProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getPreparedMessages'] } },
	properties,
);

/**
 * Mapp answers with the message IDs only, so each becomes one item naming its group: what Send Prepared and Send
 * Transactional take as Message ID. A group without prepared messages gives no items, as a Get Many with nothing
 * found does.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const groupId = readMappId(this, 'groupId', itemIndex, 'Group ID');
	const messageIds = await callMapp(this, itemIndex, groupGetPreparedMessages('Get Prepared Messages', groupId));
	return messageIds.map((messageId) => ({ groupId, messageId }));
}
