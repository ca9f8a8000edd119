import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { listPath } from '../../helpers/list';
import { simplifyList } from '../../helpers/simplify';
import { birdRequest } from '../../transport';
import { listLocator, simplifyListField } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['get'] } }, [listLocator, simplifyListField]);

/** Bird's "Get a list": `GET /lists/{listId}`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const response = await birdRequest.call(this, { operation: 'Get List', itemIndex, method: 'GET', path: listPath(this, itemIndex) });
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyList(response.body) : response.body;
}
