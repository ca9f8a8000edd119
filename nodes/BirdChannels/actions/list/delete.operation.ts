import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { listPath } from '../../helpers/list';
import { birdRequest } from '../../transport';
import { listLocator } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['delete'] } }, [listLocator]);

/** Bird's "Delete a list": `DELETE /lists/{listId}`; the contacts stay, outside the list. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	// Not repeated after an ambiguous failure: a repeat would answer 404 and report a deleted list as missing.
	await birdRequest.call(this, { operation: 'Delete List', itemIndex, method: 'DELETE', path: listPath(this, itemIndex) });
	return { deleted: true };
}
