import type { IExecuteFunctions } from 'n8n-workflow';

import { readMappId } from '../../helpers/identifier';
import { groupSetArchived } from '../../transport/calls';
import { callMapp, mappAnswerError } from '../../transport';

/**
 * Archives or activates the item's group with group/archive or group/activate (REST only: the node sends the
 * documented JSON list). Mapp answers each group's result in the body; a refusal there fails the item with Mapp's
 * own message.
 */
export async function changeArchived(context: IExecuteFunctions, itemIndex: number, archived: boolean): Promise<string> {
	const groupId = readMappId(context, 'groupId', itemIndex, 'Group ID');
	const label = archived ? 'Archive Group' : 'Activate Group';
	const refusal = await callMapp(context, itemIndex, groupSetArchived(label, groupId, archived));
	if (refusal) {
		throw mappAnswerError(
			context,
			itemIndex,
			label,
			`${refusal.message} (${refusal.code})`,
			'Mapp refused this group and changed nothing. Check the Group ID.',
		);
	}
	return groupId;
}
