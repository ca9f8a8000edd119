import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { fetchSuppressionLists } from '../../transport/suppressionLists';

export const description = updateDisplayOptions({ show: { resource: ['suppressionList'], operation: ['getAll'] } }, returnAllOrLimit() as INodeProperties[]);

/** The account's active suppression lists (help.expertsender.com "Get suppression lists"), one item each. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as unknown);
	if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of lists`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	const lists = await fetchSuppressionLists.call(this, itemIndex);
	// ExpertSender returns every list in one answer; the limit is applied here.
	return limit === undefined ? lists : lists.slice(0, limit);
}
