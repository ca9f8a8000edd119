import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { readNameValues } from '../../helpers/values';
import { groupFindIdsByAttributes, groupGet } from '../../transport/calls';
import { callMapp } from '../../transport';
import { nameValueProperty } from '../fields';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	nameValueProperty(
		'Group Attributes',
		'groupAttributes',
		'Only groups whose group attributes have these values (all of them); leave empty for every group. Group name and email are not group attributes.',
	),
	{
		displayName: 'Include Details',
		name: 'includeDetails',
		type: 'boolean',
		default: true,
		description:
			"Whether to read each group's name, description and email (one more call per group, within Mapp's limit of about 10 calls a second); off gives the group IDs only",
	},
];

export const description = updateDisplayOptions({ show: { resource: ['group'], operation: ['getAll'] } }, properties);

/**
 * Mapp's only group listing is group/findIdsByAttributes (REST only in the node): it gives group IDs, and group/get
 * gives each group's details. The limit applies before the details are read, so no more calls are made than items
 * returned.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const attributes = readNameValues(this, 'groupAttributes', itemIndex, 'Group Attributes');
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const includeDetails = this.getNodeParameter('includeDetails', itemIndex, true) as boolean;
	const ids = await callMapp(this, itemIndex, groupFindIdsByAttributes('Get Many Groups', attributes));
	const chosen = [...ids].sort((a, b) => Number(a) - Number(b)).slice(0, limit);
	if (!includeDetails) return chosen.map((id) => ({ id }));
	const groups: IDataObject[] = [];
	for (const id of chosen) groups.push(await callMapp(this, itemIndex, groupGet('Get Many Groups', id)));
	return groups;
}
