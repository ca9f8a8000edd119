import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { readMember } from '../../helpers/membership';
import { membershipUnsubscribe } from '../../transport/calls';
import { callMapp } from '../../transport';
import { memberProperties } from './fields';

const properties: INodeProperties[] = [...memberProperties];

export const description = updateDisplayOptions({ show: { resource: ['membership'], operation: ['unsubscribe'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { member, groupId } = readMember(this, itemIndex);
	await callMapp(this, itemIndex, membershipUnsubscribe('Unsubscribe Contact', member, groupId));
	return { unsubscribed: true, groupId, ...member };
}
