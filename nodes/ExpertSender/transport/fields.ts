import type { IDataObject } from 'n8n-workflow';

import { asXmlElement } from '../../shared/codec';
import { lookupTable } from '../../shared/lookupTable';
import type { RequestContext } from '../../shared/transport';
import { expertSenderRequest, missingInAnswer, responseData, toJson } from './index';

/**
 * The custom field types the panel offers (help.expertsender.com/emp/custom-fields) and the `xsi:type` a value of
 * each takes in a Subscribers request: Number is an integer, Money a double, Single Select and Url are text.
 */
export const FIELD_VALUE_TYPES: Readonly<Record<string, string>> = lookupTable<Record<string, string>>({
	Text: 'xs:string',
	Number: 'xs:int',
	Money: 'xs:double',
	Date: 'xs:date',
	Datetime: 'xs:dateTime',
	Boolean: 'xs:boolean',
	SingleSelect: 'xs:string',
	Url: 'xs:string',
});

/**
 * All custom subscriber fields of the account (`GET /v2/Api/Fields`), each as plain JSON: Id, Name, FriendlyName,
 * Type (the elements zlebnik/pyexpertsender reads, pyexpertsender/pyexpertsender.py Fields.parse_xml).
 */
export async function fetchFields(this: RequestContext, options: { itemIndex?: number; operation?: string } = {}): Promise<IDataObject[]> {
	const operation = options.operation ?? 'Get Many Fields';
	const response = await expertSenderRequest.call(this, {
		operation,
		itemIndex: options.itemIndex,
		method: 'GET',
		resource: 'Fields',
		xmlArrays: ['Data.Fields.Field'],
	});
	const data = asXmlElement(responseData(response));
	// An account without custom fields answers `<Fields />`; an answer without the element is no list of fields.
	if (!('Fields' in data)) throw missingInAnswer(this, response, operation, options.itemIndex, 'Fields element');
	return toJson(data.Fields, 'Fields', { Fields: 'Field' }) as IDataObject[];
}
