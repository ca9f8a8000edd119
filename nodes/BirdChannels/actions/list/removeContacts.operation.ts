import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { changeListMembers } from '../../helpers/list';
import { listLocator, memberFields } from './fields';

export const description = updateDisplayOptions({ show: { resource: ['list'], operation: ['removeContacts'] } }, [listLocator, ...memberFields]);

/**
 * Bird's "Remove contacts from a list": `DELETE /lists/{listId}/contacts` with `{contacts, identifiers}` as the JSON
 * body, 200 `{itemsProcessed}`. The contacts stay in the workspace.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await changeListMembers(this, itemIndex, { operation: 'Remove Contacts from List', method: 'DELETE' });
}
