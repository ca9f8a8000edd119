import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { pathSegment } from '../../../shared/pathSegment';
import { readReceiver, receiverProperties } from '../../helpers/receivers';
import { readPositiveId } from '../../helpers/values';
import { expertSenderRequest } from '../../transport';

const OPERATION = 'Send Trigger Message';
const SHOW = { resource: ['triggerMessage'], operation: ['send'] };

/** A trigger message picked from the account's trigger messages (Messages of type Trigger) or typed as an ID. */
const triggerLocator: INodeProperties = {
	displayName: 'Trigger Message',
	name: 'triggerId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The API-triggered message to send',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchTriggerMessages', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 123',
			validation: [{ type: 'regex', properties: { regex: '^[1-9]\\d*$', errorMessage: 'Trigger Message: the ID is a positive whole number' } }],
		},
	],
};

const properties: INodeProperties[] = [
	triggerLocator,
	...receiverProperties(['email', 'id']),
	{
		displayName: 'ExpertSender skips subscribers it cannot find without an error, so "sent" means the trigger was accepted',
		name: 'triggerNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions({ show: SHOW }, properties);

/**
 * Fires a trigger message for the item's subscriber: `POST /v2/Api/Triggers/{id}` with
 * `<Data xsi:type="TriggerReceivers"><Receivers><Receiver><Id|Email/></Receiver></Receivers></Data>`
 * (help.expertsender.com "Send trigger messages"; citilinkru/expert-sender-api tests/Request/TriggersPostRequestTest.php).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const raw = this.getNodeParameter('triggerId', itemIndex, '', { extractValue: true }) as unknown;
	const triggerId = readPositiveId(this, itemIndex, raw, 'Trigger Message', true)!;
	const receiver = readReceiver(this, itemIndex);
	const element = receiver.by === 'id' ? { Id: receiver.value } : { Email: receiver.value };
	await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex,
		method: 'POST',
		resource: `Triggers/${pathSegment(this, itemIndex, 'Trigger Message', String(triggerId))}`,
		request: { Data: { '@xsi:type': 'TriggerReceivers', Receivers: { Receiver: [element] } } },
	});
	return receiver.by === 'id' ? { sent: true, triggerId, subscriberId: receiver.value } : { sent: true, triggerId, email: receiver.value };
}
