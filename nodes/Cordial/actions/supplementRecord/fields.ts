import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, requiredString } from '../../../shared/validation';
import { pathKey } from '../../transport';

/** The supplement (custom data collection) picker, by key, of every Supplement Record operation. */
export const supplementLocator: INodeProperties = {
	displayName: 'Supplement',
	name: 'supplement',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The supplement (custom data collection) the records belong to, by its key',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchSupplements', searchable: true },
		},
		{ displayName: 'By Key', name: 'id', type: 'string', placeholder: 'e.g. cars' },
	],
};

export const recordIdField: INodeProperties = {
	displayName: 'Record ID',
	name: 'recordId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 3324',
	description: 'The record\'s unique ID in the supplement; Cordial reserves 24-character hex strings',
};

/** The Supplements API page: "Supplement IDs cannot be 24-character hex strings. This format is reserved". */
const RESERVED_ID = /^[0-9a-fA-F]{24}$/;

/** `/supplements/<key>/records` of the item's Supplement. */
export function readRecordsPath(context: IExecuteFunctions, itemIndex: number): string {
	const key = requiredString(context, 'supplement', itemIndex, 'Supplement', 'Choose a supplement, or enter its key such as cars.');
	return `/supplements/${pathKey(context, itemIndex, 'Supplement', key)}/records`;
}

/**
 * The Record ID, checked as Cordial's SupplementRecordPost takes it, and as one path segment: Create or Update sends it
 * in the body, but a record whose ID cannot be a path segment (`.`, `..`) could never be read or deleted.
 */
export function readRecordId(context: IExecuteFunctions, itemIndex: number): { id: string; segment: string } {
	const id = requiredString(context, 'recordId', itemIndex, 'Record ID');
	if (RESERVED_ID.test(id)) {
		throw invalidParameter(context, itemIndex, 'Record ID', `"${id}" is a 24-character hex string`, 'Cordial reserves that form for its own IDs; use another ID, e.g. your own record number.');
	}
	return { id, segment: pathKey(context, itemIndex, 'Record ID', id) };
}

/** `/supplements/<key>/records/<id>` of the item. */
export function readRecordPath(context: IExecuteFunctions, itemIndex: number): string {
	const base = readRecordsPath(context, itemIndex);
	return `${base}/${readRecordId(context, itemIndex).segment}`;
}
