import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { editorValue, isMappId } from '../../helpers/identifier';
import { membershipOutput, readContact } from '../../helpers/membership';
import { membershipFindAll } from '../../transport/calls';
import { callMapp } from '../../transport';
import { groupIdProperty } from '../fields';
import { contactProperties, simplifyProperty } from './fields';

const properties: INodeProperties[] = [
	...contactProperties,
	...returnAllOrLimit(),
	collectionProperty('filters', [
		{ ...groupIdProperty, required: false, description: 'Only the membership in this group' },
	]),
	simplifyProperty,
];

export const description = updateDisplayOptions({ show: { resource: ['membership'], operation: ['getAll'] } }, properties);

/** The optional group filter: a locator or a plain string, checked like every group ID. */
function readGroupFilter(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const filters = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const groupId = editorValue(filters.groupId);
	if (groupId === '') return undefined;
	if (!isMappId(groupId)) {
		throw invalidParameter(context, itemIndex, 'Filters > Group ID', `"${groupId}" is not a number`, 'Enter the numeric Group ID from Mapp Engage, e.g. 1200.');
	}
	return groupId;
}

/**
 * Mapp documents no listing of a group's members: this lists the groups one contact is a member of
 * (membership/findAll or findAllByEmail), optionally only one group.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const member = readContact(this, itemIndex);
	const groupId = readGroupFilter(this, itemIndex);
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const memberships = await callMapp(this, itemIndex, membershipFindAll('Get Many Memberships', member));
	return memberships
		.filter((membership) => groupId === undefined || membership.groupId === groupId)
		.slice(0, limit)
		.map((membership) => membershipOutput(membership, simplify));
}
