import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { readContactIdentifier } from '../../helpers/contact';
import { contactIdentifierFields } from './fields';

/** One contact of the merge: Identify By, Secondary Key and the value, named for the source or destination. */
function contactFields(role: 'source' | 'destination', label: string, description: string): INodeProperties[] {
	const [mode, secondaryKey, value] = contactIdentifierFields;
	const name = (suffix: string) => `${role}${suffix}`;
	return [
		{ ...mode, displayName: `${label} Identified By`, name: name('IdentifyBy') },
		{ ...secondaryKey, name: name('SecondaryKey'), displayOptions: { show: { [name('IdentifyBy')]: ['secondaryKey'] } } },
		{ ...value, displayName: label, name: name('Contact'), description },
	];
}

const SIDES = [
	{ name: 'Destination Contact', value: 'destinationContact' },
	{ name: 'Source Contact', value: 'sourceContact' },
];
const MERGE_OR_IGNORE = [
	{ name: 'Ignore', value: 'ignore', description: 'Keep only the destination\'s' },
	{ name: 'Merge', value: 'merge', description: 'Move the source\'s to the destination' },
];

/**
 * The merge options of the Swagger's MergeContactsOptions (all required): which contact's data is kept, or whether
 * the source's records are moved. The defaults keep the destination's data and move the source's history.
 */
const MERGE_OPTIONS: Array<{ label: string; option: string; choices: typeof SIDES; fallback: string; what: string }> = [
	{ label: 'Attributes From', option: 'attributes', choices: SIDES, fallback: 'destinationContact', what: 'attribute values, where both have one' },
	{ label: 'Cart From', option: 'cart', choices: [...SIDES, { name: 'Last Modified', value: 'lastModified' }], fallback: 'lastModified', what: 'cart' },
	{ label: 'Email Channel From', option: 'email_channels', choices: SIDES, fallback: 'destinationContact', what: 'e-mail address and its status' },
	{ label: 'Events', option: 'events', choices: MERGE_OR_IGNORE, fallback: 'merge', what: 'contact activities' },
	{ label: 'Lists From', option: 'lists', choices: SIDES, fallback: 'destinationContact', what: 'list memberships' },
	{ label: 'Orders', option: 'orders', choices: MERGE_OR_IGNORE, fallback: 'merge', what: 'orders' },
	{ label: 'Push Channels', option: 'push_channels', choices: MERGE_OR_IGNORE, fallback: 'merge', what: 'push devices' },
	{ label: 'SMS Channel From', option: 'sms_channels', choices: SIDES, fallback: 'destinationContact', what: 'SMS number and its status' },
	{ label: 'Supplements From', option: 'supplements', choices: SIDES, fallback: 'destinationContact', what: 'supplement records' },
];

const properties: INodeProperties[] = [
	...contactFields('source', 'Source Contact', 'The contact merged away (Cordial removes it): its cID, primary key value or secondary key value'),
	...contactFields('destination', 'Destination Contact', 'The contact that remains: its cID, primary key value or secondary key value'),
	collectionProperty(
		'options',
		MERGE_OPTIONS.map(({ label, option, choices, fallback, what }) => ({
			displayName: label,
			name: option,
			type: 'options' as const,
			options: choices,
			default: fallback,
			description: `Which ${what} the merged contact keeps (Cordial's ${option})`,
		})),
	),
];

export const description = updateDisplayOptions({ show: { resource: ['contact'], operation: ['merge'] } }, properties);

/** A contact as Cordial's merge body names it: `<cID>`, `<primary key value>` or `<secondary key>:<value>`. */
function readMergeContact(context: IExecuteFunctions, itemIndex: number, role: 'source' | 'destination', label: string): string {
	const names = { mode: `${role}IdentifyBy`, secondaryKey: `${role}SecondaryKey`, value: `${role}Contact` };
	const { key, value } = readContactIdentifier(context, itemIndex, names, label);
	return key === undefined ? value : `${key}:${value}`;
}

function readMergeOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const chosen = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const options: IDataObject = {};
	for (const { label, option, choices, fallback } of MERGE_OPTIONS) {
		const value = String(chosen[option] ?? fallback);
		if (!choices.some((choice) => choice.value === value)) {
			throw invalidParameter(context, itemIndex, label, `"${value}" is not allowed`, `Choose one of: ${choices.map((choice) => choice.name).join(', ')}.`);
		}
		options[option] = value;
	}
	return options;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const sourceContact = readMergeContact(this, itemIndex, 'source', 'Source Contact');
	const destinationContact = readMergeContact(this, itemIndex, 'destination', 'Destination Contact');
	if (sourceContact === destinationContact) {
		throw invalidParameter(this, itemIndex, 'Destination Contact', 'is the source contact', 'Name two different contacts: the source is merged into the destination.');
	}
	// POST /v2/contacts/merge (Swagger, mergecontacts): the answer is a job, `{ jobID, message }`. Not repeated after
	// an ambiguous failure: the source no longer exists once merged.
	return await cordialRequest.call(this, {
		operation: 'Merge Contacts',
		itemIndex,
		method: 'POST',
		path: '/contacts/merge',
		body: { sourceContact, destinationContact, options: readMergeOptions(this, itemIndex) },
	});
}
