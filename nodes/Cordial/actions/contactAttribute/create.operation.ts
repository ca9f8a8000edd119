import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, requiredString } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { ATTRIBUTE_TYPES } from './fields';

/** Cordial's attribute keys, as its examples write them (first_name): a letter, then letters, digits, `_` or `-`. */
const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

const properties: INodeProperties[] = [
	{
		displayName: 'Key',
		name: 'key',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. shoe_size',
		description: 'The unique key contacts store the value under; it cannot be changed later',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'e.g. Shoe Size', description: 'The display name, unique in the account' },
	{ displayName: 'Type', name: 'type', type: 'options', options: ATTRIBUTE_TYPES, default: 'string', description: 'The type of the values' },
	collectionProperty('additionalFields', [
		{ displayName: 'Indexed', name: 'index', type: 'boolean', default: false, description: 'Whether to index the attribute, for search and audience rules' },
		{
			displayName: 'Max Array Items',
			name: 'maxItems',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 25,
			description: 'For an array attribute: the most values it holds (Cordial\'s maxitems; 25 by default)',
		},
		{ displayName: 'Maximum', name: 'max', type: 'number', default: 128, description: 'The longest text (string and array values) or the largest number' },
		{ displayName: 'Minimum', name: 'min', type: 'number', default: 0, description: 'The shortest text (string and array values) or the smallest number' },
		{ displayName: 'Required', name: 'required', type: 'boolean', default: false, description: 'Whether every contact must have a value' },
		{
			displayName: 'Retain on Contact Delete',
			name: 'retainOnDestroy',
			type: 'options',
			options: [
				{ name: 'Anonymize', value: 'anonymized' },
				{ name: 'Delete', value: '', description: 'Cordial\'s default' },
				{ name: 'Keep Unchanged', value: 'unchanged' },
			],
			default: '',
			description: 'What happens to the value when its contact is deleted',
		},
		{
			displayName: 'Update Unauthenticated',
			name: 'updateUnauthenticated',
			type: 'boolean',
			default: false,
			description: 'Whether the website\'s JavaScript may change the value without authentication',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['contactAttribute'], operation: ['create'] } }, properties);

/** `validators` and `options` of the Attribute body, from the fields set (Swagger, definition Attribute). */
function readLimits(context: IExecuteFunctions, itemIndex: number, type: string, fields: IDataObject): IDataObject {
	const validators: IDataObject = {};
	for (const name of ['min', 'max', 'required']) if (fields[name] !== undefined) validators[name] = fields[name];
	if (typeof validators.min === 'number' && typeof validators.max === 'number' && validators.min > validators.max) {
		throw invalidParameter(context, itemIndex, 'Minimum', `${validators.min} is above Maximum ${validators.max}`, 'Make Minimum at most Maximum.');
	}
	if (fields.maxItems !== undefined && type !== 'array') {
		throw invalidParameter(context, itemIndex, 'Max Array Items', `applies to array attributes, not ${type}`, 'Remove "Max Array Items", or set Type to Array.');
	}
	return {
		...(Object.keys(validators).length ? { validators } : {}),
		...(fields.maxItems !== undefined ? { options: { maxitems: fields.maxItems } } : {}),
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const key = requiredString(this, 'key', itemIndex, 'Key', 'Enter the attribute key, e.g. shoe_size.');
	if (!ATTRIBUTE_KEY.test(key)) {
		throw invalidParameter(this, itemIndex, 'Key', `"${key}" is not an attribute key`, 'Start with a letter and use letters, digits, _ and - only, e.g. shoe_size.');
	}
	const name = requiredString(this, 'name', itemIndex, 'Name', 'Enter a display name, e.g. Shoe Size.');
	const type = String(this.getNodeParameter('type', itemIndex));
	if (!ATTRIBUTE_TYPES.some((entry) => entry.value === type)) {
		throw invalidParameter(this, itemIndex, 'Type', `"${type}" is not allowed`, 'Choose string, number, date, geo or array.');
	}
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { key, name, type, ...readLimits(this, itemIndex, type, fields) };
	if (fields.index !== undefined) body.index = fields.index;
	if (fields.updateUnauthenticated !== undefined) body.updateUnauthenticated = fields.updateUnauthenticated;
	if (fields.retainOnDestroy !== undefined && fields.retainOnDestroy !== '') body.retainOnDestroy = fields.retainOnDestroy;
	// POST /v2/accountcontactattributes (Swagger, addattribute): answers SuccessOperation; a second POST of the same
	// key is refused ("Key must be unique"), so a repeat after a lost answer cannot create it twice.
	return await cordialRequest.call(this, { operation: 'Create Contact Attribute', itemIndex, method: 'POST', path: '/accountcontactattributes', body });
}
