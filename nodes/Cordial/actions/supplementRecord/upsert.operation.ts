import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionProperty, updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, jsonObjectParameter } from '../../../shared/validation';
import { cordialRequest } from '../../transport';
import { readRecordId, readRecordsPath, recordIdField, supplementLocator } from './fields';

const properties: INodeProperties[] = [
	supplementLocator,
	recordIdField,
	{
		displayName: 'Data Mode',
		name: 'dataMode',
		type: 'options',
		options: [
			{ name: 'Fields', value: 'fields', description: 'Enter the record\'s fields one by one' },
			{ name: 'JSON', value: 'json', description: 'Give the record\'s fields as one JSON object' },
		],
		default: 'fields',
		description: 'How the record\'s data is given',
	},
	{
		displayName: 'Fields',
		name: 'recordFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { dataMode: ['fields'] } },
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. model', description: 'The field name, indexed or not' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. Liberty', description: 'The field value' },
				],
			},
		],
	},
	{
		displayName: 'Data (JSON)',
		name: 'recordJson',
		type: 'json',
		default: '{}',
		displayOptions: { show: { dataMode: ['json'] } },
		description: 'The record\'s fields as a JSON object, e.g. {"make": "Jeep", "year": 2007}; indexed fields must have their type',
	},
	collectionProperty('options', [
		{
			displayName: 'Suppress Triggers',
			name: 'suppressTriggers',
			type: 'boolean',
			default: false,
			description: 'Whether messages that fire on changes of these values are not triggered',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['supplementRecord'], operation: ['upsert'] } }, properties);

/** Keys of SupplementRecordPost that have their own field here. */
const RESERVED = ['id', 'suppressTriggers'];

/** The record's fields from Fields or Data (JSON): named, each once, none of the reserved keys. */
function readRecordData(context: IExecuteFunctions, itemIndex: number): IDataObject {
	if (context.getNodeParameter('dataMode', itemIndex) === 'json') {
		const data = jsonObjectParameter(context, 'recordJson', itemIndex, 'Data (JSON)');
		const reserved = Object.keys(data).find((key) => RESERVED.includes(key));
		if (reserved) throw invalidParameter(context, itemIndex, 'Data (JSON)', `"${reserved}" is not a record field`, `Set ${reserved === 'id' ? 'Record ID' : 'Suppress Triggers'} with its own field.`);
		return data;
	}
	const entries = ((context.getNodeParameter('recordFields', itemIndex, {}) as IDataObject).field ?? []) as IDataObject[];
	const data: IDataObject = {};
	for (const [index, entry] of entries.entries()) {
		const name = String(entry.name ?? '').trim();
		const label = `Fields ${index + 1}: Name`;
		if (!name) throw invalidParameter(context, itemIndex, label, 'is empty', 'Enter the field name, e.g. model, or remove the entry.');
		if (RESERVED.includes(name)) throw invalidParameter(context, itemIndex, label, `"${name}" is not a record field`, `Set ${name === 'id' ? 'Record ID' : 'Suppress Triggers'} with its own field.`);
		if (Object.prototype.hasOwnProperty.call(data, name)) throw invalidParameter(context, itemIndex, label, `"${name}" is given twice`, 'Give each field once.');
		Object.defineProperty(data, name, { value: entry.value ?? '', enumerable: true, writable: true, configurable: true });
	}
	return data;
}

/**
 * addsupplementrecord (`POST /v2/supplements/{supplement}/records`, body SupplementRecordPost: `id` plus the record's
 * fields): a new ID creates the record; Cordial keeps one record per ID, so a known ID updates it.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = readRecordsPath(this, itemIndex);
	const { id } = readRecordId(this, itemIndex);
	const data = readRecordData(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { id, ...data };
	if (options.suppressTriggers !== undefined) body.suppressTriggers = options.suppressTriggers === true;
	const response = await cordialRequest.call(this, { operation: 'Create or Update Supplement Record', itemIndex, method: 'POST', path, body });
	return { ...response, id };
}
