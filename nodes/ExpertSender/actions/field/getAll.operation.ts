import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { fetchFields } from '../../transport/fields';

// Fields are four short values each (Id, Name, FriendlyName, Type): there is nothing for a Simplify to leave out.
const properties: INodeProperties[] = [...returnAllOrLimit()];

export const description = updateDisplayOptions({ show: { resource: ['field'], operation: ['getAll'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as unknown);
	if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1)) {
		throw invalidParameter(this, itemIndex, 'Limit', `${JSON.stringify(limit)} is not a number of fields`, 'Enter a whole number of 1 or more, or turn on Return All.');
	}
	const fields = await fetchFields.call(this, { itemIndex });
	// ExpertSender returns every field in one answer; the limit is applied here.
	return limit === undefined ? fields : fields.slice(0, limit);
}
