import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { changeListMembers } from '../../helpers/list';
import { listLocator, memberFields } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['addContacts'] } }, [listLocator, ...memberFields]);

/** Bird's "Add contacts to a list": `POST /lists/{listId}/contacts` with `{contacts, identifiers}`, 201 `{itemsProcessed}`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await changeListMembers(this, itemIndex, { operation: 'Add Contacts to List', method: 'POST' });
}
