import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmail, itemSuffix, jsonObjectParameter, requiredString } from '../../../shared/validation';
import { cordialRequest, pathKey } from '../../transport';
import { readIdentifierKey } from '../../helpers/contact';
import { splitList } from '../../helpers/values';
import { identifierKeyFields } from '../fields';
import { automationTemplateLocator } from '../automationTemplate/fields';

const properties: INodeProperties[] = [
	{ ...automationTemplateLocator, description: 'The automation template to send, by its key' },
	...identifierKeyFields(
		{ displayName: 'Contact Key', name: 'contactKey', description: 'Which identifier the contact is given by' },
		'Another contact key, e.g. custID',
	),
	{
		displayName: 'Contact',
		name: 'contactValue',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description: 'The identifier value. A contact that does not exist yet is created (with subscribe status "none") when it is an e-mail address.',
	},
	collectionProperty('additionalFields', [
		{
			displayName: 'Contact Attributes (JSON)',
			name: 'contactAttributes',
			type: 'json',
			default: '{}',
			description: 'Attributes to set on the contact in the same call, e.g. {"first_name": "Jane"}; they must exist in the account. The contact is then looked up by its key only (Identify By).',
		},
		{
			displayName: 'External Variables (JSON)',
			name: 'extVars',
			type: 'json',
			default: '{}',
			description: 'Values the template reads as {$extVars.name}, e.g. {"orderID": "o1234"}',
		},
		{
			displayName: 'Identify By',
			name: 'identifyBy',
			type: 'string',
			default: '',
			placeholder: 'e.g. email',
			description:
				'Comma-separated keys, highest priority first, that Cordial looks the contact up by; they must be the contact key above. Sent only when set: without it Cordial creates or updates the contact from the key given, with it Cordial looks the contact up by these keys and does not change them.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['transactional'], operation: ['send'] } }, properties);

/** Identifier keys that cannot be attributes set by a send. */
const IDENTIFIERS = ['cID', 'email'];

/**
 * Contact Attributes (JSON): attributes upserted with the send, inside `to.contact` beside the identifier (the
 * Swagger's RecipientsAuto and IdentifyBy). The contact key itself and the identifiers cannot be among them.
 */
function readContactAttributes(context: IExecuteFunctions, itemIndex: number, fields: IDataObject, key: string): IDataObject {
	if (fields.contactAttributes === undefined) return {};
	const attributes = jsonObjectParameter(context, 'additionalFields.contactAttributes', itemIndex, 'Contact Attributes (JSON)');
	const clash = Object.keys(attributes).find((name) => name === key || IDENTIFIERS.includes(name));
	if (clash) {
		throw invalidParameter(context, itemIndex, 'Contact Attributes (JSON)', `"${clash}" is a contact identifier, not an attribute`, 'Give the contact in "Contact" and list only attributes here, e.g. {"first_name": "Jane"}.');
	}
	return attributes;
}

/** The send's body: the contact (key, value, attributes), external variables and, where needed, identifyBy. */
function sendBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const key = readIdentifierKey(context, itemIndex, 'contactKey', 'Enter a contact key such as custID.');
	const value = requiredString(context, 'contactValue', itemIndex, 'Contact');
	if (key === 'email' && !isEmail(value)) {
		throw invalidParameter(context, itemIndex, 'Contact', `"${value}" is not an e-mail address`, 'Enter an address such as jane@example.com, or choose another contact key.');
	}
	const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const extVars = fields.extVars === undefined ? {} : jsonObjectParameter(context, 'additionalFields.extVars', itemIndex, 'External Variables (JSON)');
	const identifyBy = fields.identifyBy === undefined ? [] : splitList(fields.identifyBy);
	const foreign = identifyBy.find((entry) => entry !== key);
	if (foreign) {
		throw invalidParameter(context, itemIndex, 'Identify By', `"${foreign}" is not the contact key given`, `Identify By can only name keys sent in the contact; here that is "${key}".`);
	}
	const attributes = readContactAttributes(context, itemIndex, fields, key);
	const to: IDataObject = { contact: { [key]: value, ...attributes } };
	if (Object.keys(extVars).length) to.extVars = extVars;
	// identifyBy only when the user set it or attributes come along: the documented plain form is `{to: {contact,
	// extVars}}`; with attributes, the Swagger's IdentifyBy says to name the identifying key so that it is not upserted.
	if (!identifyBy.length && Object.keys(attributes).length) identifyBy.push(key);
	return identifyBy.length ? { to, identifyBy } : { to };
}

/**
 * Cordial answers 200 "messages sent" even for a contact it did not accept (e.g. not subscribed to a promotional
 * template); such a recipient is this item's failure, with Cordial's reason.
 */
function checkAccepted(context: IExecuteFunctions, itemIndex: number, response: IDataObject): void {
	const contacts = Array.isArray(response.messagecontacts) ? (response.messagecontacts as IDataObject[]) : [];
	if (contacts.length === 0) {
		// A 2xx that does not list the recipient: the message may have gone out, so this is not a refusal.
		throw new NodeOperationError(
			context.getNode(),
			`Cordial Send Transactional Message: the answer does not say whether the contact was accepted${itemSuffix(itemIndex)}`,
			{ itemIndex, description: 'The message may have been sent; check the contact\'s messages in Cordial before running this item again.' },
		);
	}
	const rejected = contacts.find((contact) => contact.accepted !== true);
	if (!rejected) return;
	const reason = String(rejected.error ?? 'not accepted');
	throw new NodeApiError(context.getNode(), rejected as JsonObject, {
		message: `Cordial Send Transactional Message: the contact was not accepted: ${reason}${itemSuffix(itemIndex)}`,
		description:
			reason === 'not-subscribed'
				? 'The template is promotional and the contact is not subscribed to its channel. Subscribe the contact first (Contact > Create or Update with Subscribe Status "Subscribed"), or use a transactional template.'
				: `Cordial did not accept the contact (${reason}); check the contact's address for the template's channel.`,
		itemIndex,
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const templateKey = requiredString(this, 'templateKey', itemIndex, 'Automation Template', 'Choose an automation template, or enter its key.');
	const body = sendBody(this, itemIndex);
	const response = await cordialRequest.call(this, {
		operation: 'Send Transactional Message',
		itemIndex,
		method: 'POST',
		path: `/automationtemplates/${pathKey(this, itemIndex, 'Automation Template', templateKey)}/send`,
		body,
	});
	checkAccepted(this, itemIndex, response);
	return response;
}
