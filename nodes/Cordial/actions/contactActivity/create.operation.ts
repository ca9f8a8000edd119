import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, jsonObjectParameter, requiredString } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { cordialActivityTime, readEventProperties } from '../../helpers/activity';
import { readZonedTime } from '../../helpers/dateTime';
import { readIdentifierKey } from '../../helpers/contact';
import { identifierKeyFields } from '../fields';

/** Actions Cordial records itself, which a POST may not create (Contact activities (events) API page). */
const RESERVED_ACTIONS = ['bounce', 'click', 'complaint', 'message-sent', 'message-stopped', 'open', 'optout', 'pageview'];

const properties: INodeProperties[] = [
	{
		displayName: 'Action',
		name: 'action',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. browse',
		description: 'The event name (Cordial\'s a), up to 40 characters; automations and audiences listen for it. Reserved actions such as open or click cannot be created.',
	},
	...identifierKeyFields(
		{ displayName: 'Identify Contact By', name: 'identifierKey', description: 'The contact key the event is recorded for' },
		'A secondary key of the account, such as custID',
		{ description: 'The secondary key\'s name, e.g. custID or channels.sms.address' },
	),
	{
		displayName: 'Contact',
		name: 'identifierValue',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description: 'The value of that key for the contact; the contact must exist in Cordial',
	},
	collectionProperty('additionalFields', [
		{
			displayName: 'Event ID (UID)',
			name: 'uid',
			type: 'string',
			default: '',
			placeholder: 'e.g. order-1001-placed',
			description: 'A unique ID of the event in your system (Cordial\'s UID)',
		},
		{
			displayName: 'Properties',
			name: 'properties',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Property',
			options: [
				{
					displayName: 'Property',
					name: 'property',
					values: [
						{ displayName: 'Name', name: 'key', type: 'string', default: '', placeholder: 'e.g. product_sku' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. SKU-42' },
					],
				},
			],
			description: 'Event properties as name/value pairs (text values)',
		},
		{
			displayName: 'Properties (JSON)',
			name: 'propertiesJson',
			type: 'json',
			default: '{}',
			description: 'Event properties as a JSON object, for numbers, lists and nested objects, e.g. {"total": 59.9, "items": [{"sku": "A1"}]}',
		},
		{
			displayName: 'Time',
			name: 'time',
			type: 'dateTime',
			default: '',
			description: 'When the event happened (Cordial\'s ats); empty means now. A value without an offset is in the workflow\'s time zone.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contactActivity'], operation: ['create'] } }, properties);

function readAction(context: IExecuteFunctions, itemIndex: number): string {
	const action = requiredString(context, 'action', itemIndex, 'Action', 'Enter the event name, e.g. browse or order_placed.');
	if (action.length > 40) {
		throw invalidParameter(context, itemIndex, 'Action', `is ${action.length} characters long`, 'Use at most 40 characters (Cordial\'s limit).');
	}
	if (RESERVED_ACTIONS.includes(action)) {
		throw invalidParameter(context, itemIndex, 'Action', `"${action}" is reserved by Cordial`, 'Cordial records opens, clicks and the other message events itself; name your own event, e.g. browse.');
	}
	return action;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const action = readAction(this, itemIndex);
	const key = readIdentifierKey(this, itemIndex, 'identifierKey', 'Enter a secondary key name such as custID.');
	const value = requiredString(this, 'identifierValue', itemIndex, 'Contact');
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const time = readZonedTime(this, itemIndex, fields.time, 'Time');
	const pairs = ((fields.properties as IDataObject | undefined)?.property ?? []) as Array<{ key?: unknown; value?: unknown }>;
	const json = fields.propertiesJson === undefined ? {} : jsonObjectParameter(this, 'additionalFields.propertiesJson', itemIndex, 'Properties (JSON)');
	const eventProperties = readEventProperties(this, itemIndex, pairs, json);
	const uid = String(fields.uid ?? '').trim();
	// Swagger addActivity, body ActivityActivity: `a`, the contact as one "identifierKey": "identifierValue" pair
	// (the page's example: "email": "msmith@example.com"), `ats`, `UID`, `properties`.
	const body: IDataObject = { a: action };
	Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
	if (time !== undefined) body.ats = cordialActivityTime(time);
	if (uid) body.UID = uid;
	if (eventProperties) body.properties = eventProperties;
	// Not repeated after an ambiguous failure: each stored event can fire an automation.
	return await cordialRequest.call(this, { operation: 'Create Contact Activity', itemIndex, method: 'POST', path: '/contactactivities', body });
}
