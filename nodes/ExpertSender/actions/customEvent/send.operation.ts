import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { dataFieldsProperty, readDataFields } from '../../helpers/dataFields';
import { readReceiver, receiverProperties, type ReceiverBy } from '../../helpers/receivers';
import { readPositiveId } from '../../helpers/values';
import { expertSenderRequest } from '../../transport';

const OPERATION = 'Send Workflow Custom Event';

const properties: INodeProperties[] = [
	{
		displayName: 'Custom Event ID',
		name: 'customEventId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 12',
		description: 'ID of the custom event, shown in the workflow editor of the ExpertSender panel',
	},
	...receiverProperties(['email', 'id', 'customSubscriberId', 'phone']),
	dataFieldsProperty,
];

export const description = updateDisplayOptions({ show: { resource: ['customEvent'], operation: ['send'] } }, properties);

// The identifying elements of the Data element, by the docs' names (help.expertsender.com "Trigger workflow custom event").
const ELEMENT: Record<ReceiverBy, string> = {
	id: 'SubscriberId',
	customSubscriberId: 'CustomSubscriberId',
	email: 'SubscriberEmail',
	phone: 'SubscriberPhone',
};

const OUTPUT: Record<ReceiverBy, string> = { id: 'subscriberId', customSubscriberId: 'customSubscriberId', email: 'email', phone: 'phone' };

/**
 * Triggers a workflow custom event for the item's subscriber: `POST /v2/Api/WorkflowCustomEvents` with a plain
 * `<Data>` of CustomEventId, the subscriber's element and DataFields/DataField{Name, Type, Value}, in the documented
 * order (help.expertsender.com "Trigger workflow custom event"; shax88/expertsender-api src/Template/Workflow/Trigger.xml.twig).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const customEventId = readPositiveId(this, itemIndex, this.getNodeParameter('customEventId', itemIndex, ''), 'Custom Event ID', true)!;
	const receiver = readReceiver(this, itemIndex);
	const dataFields = readDataFields(this, itemIndex);
	await expertSenderRequest.call(this, {
		operation: OPERATION,
		itemIndex,
		method: 'POST',
		resource: 'WorkflowCustomEvents',
		request: {
			Data: {
				CustomEventId: customEventId,
				[ELEMENT[receiver.by]]: receiver.value,
				DataFields: dataFields.length > 0 ? { DataField: dataFields } : undefined,
			},
		},
	});
	const fields = Object.fromEntries(dataFields.map((field) => [String(field.Name), field.Value as string]));
	return { sent: true, customEventId, [OUTPUT[receiver.by]]: receiver.value, ...(dataFields.length > 0 ? { dataFields: fields } : {}) };
}
