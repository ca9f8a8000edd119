import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import type { ItemResult } from '../../../shared/execute';
import { membershipOutput, readMember } from '../../helpers/membership';
import { membershipGet } from '../../transport/calls';
import { callMapp } from '../../transport';
import { memberProperties, simplifyProperty } from './fields';

const properties: INodeProperties[] = [...memberProperties, simplifyProperty];

export const description = updateDisplayOptions({ show: { resource: ['membership'], operation: ['get'] } }, properties);

/** membership/get or getByEmail (REST only); a contact that is no member of the group is Mapp's NO_SUCH_OBJECT. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
	const { member, groupId } = readMember(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const membership = await callMapp(this, itemIndex, membershipGet('Get Membership', member, groupId));
	return membershipOutput(membership, simplify);
}
