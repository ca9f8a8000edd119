import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { XmlElement } from '../../shared/codec';
import { lookupTable } from '../../shared/lookupTable';
import { invalidParameter } from '../../shared/validation';
import { FIELD_VALUE_TYPES, fetchFields } from '../transport/fields';
import { readListId, readOptionalEmail, readPositiveId } from './values';

export const MODES = ['AddAndUpdate', 'AddAndReplace', 'AddAndIgnore', 'IgnoreAndUpdate', 'IgnoreAndReplace'] as const;
export const MATCHING_MODES = ['Email', 'CustomSubscriberId', 'Id', 'Phone'] as const;

/** The xs types ExpertSender accepts on `<Value xsi:type>` of a custom property. */
export const PROPERTY_TYPES: Record<string, (text: string) => string | undefined> = lookupTable({
	'xs:string': (text) => text,
	'xs:int': (text) =>
		/^[-+]?\d{1,10}$/.test(text) && Math.abs(Number(text)) <= 2_147_483_647 ? String(Number(text)) : undefined,
	'xs:double': (text) => (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? text : undefined),
	'xs:boolean': (text) => (/^(true|false)$/i.test(text) ? text.toLowerCase() : undefined),
	'xs:date': (text) => (isCalendarDate(text.slice(0, 10)) && text.length === 10 ? text : undefined),
	'xs:dateTime': (text) =>
		isCalendarDate(text.slice(0, 10)) && /^.{10}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(text) ? text : undefined,
});

const TYPE_EXAMPLES: Record<string, string> = lookupTable({
	'xs:string': 'any text',
	'xs:int': 'a whole number such as 42',
	'xs:double': 'a number such as 3.5',
	'xs:boolean': 'true or false',
	'xs:date': 'a date such as 2024-05-31',
	'xs:dateTime': 'a date and time such as 2024-05-31T14:30:00',
});

function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

interface PropertyInput {
	id?: string | number;
	type?: string;
	value?: unknown;
}

function rawTextOf(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (value instanceof Date) return value.toISOString();
	return String(value);
}

function textOf(value: unknown): string {
	return rawTextOf(value).trim();
}

/** Free text (names, codes, text properties) goes to ExpertSender exactly as given; only a blank value is left out. */
function freeTextOf(value: unknown): string | undefined {
	const text = rawTextOf(value);
	return text.trim() === '' ? undefined : text;
}

/** Phones need the country prefix; ExpertSender keeps at most 20 digits. */
function readPhone(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const text = textOf(raw);
	if (text === '') return undefined;
	const digits = text.replace(/[\s().-]/g, '');
	if (!/^\+?\d{6,20}$/.test(digits)) {
		throw invalidParameter(
			context,
			itemIndex,
			'Phone',
			`"${text}" is not a phone number ExpertSender accepts`,
			'Enter the number with its country prefix, e.g. +48123456789 (at most 20 digits).',
		);
	}
	return digits;
}

/**
 * A yes/no field of Additional Fields: sent as the user set it, false included (ExpertSender then applies false
 * rather than its default), and left out only when the user did not add the field.
 */
function optionalFlag(context: IExecuteFunctions, itemIndex: number, value: unknown, field: string): boolean | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'boolean') return value;
	const text = String(value).trim().toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw invalidParameter(context, itemIndex, field, `"${String(value)}" is not true or false`, 'Turn the field on or off, or give an expression that returns true or false.');
}

/** The `xsi:type` of each custom field by ID, known when a property's Type is From Field. */
export type FieldTypes = Map<number, { name: string; type: string; xsType: string }>;

/**
 * The account's custom fields (`GET /v2/Api/Fields`), fetched once for all items, but only when a property of one
 * of them takes its type from the field: a typed property needs no look-up, as before.
 */
export async function fieldTypesIfNeeded(context: IExecuteFunctions, itemIndexes: number[]): Promise<FieldTypes | undefined> {
	const wanted = itemIndexes.some((itemIndex) => {
		const rows = (context.getNodeParameter('customProperties.property', itemIndex, []) as PropertyInput[]) ?? [];
		return rows.some((row) => row.type === 'auto');
	});
	if (!wanted) return undefined;
	const fields = await fetchFields.call(context, { itemIndex: itemIndexes.length === 1 ? itemIndexes[0] : undefined });
	const types: FieldTypes = new Map();
	for (const field of fields) {
		const xsType = FIELD_VALUE_TYPES[String(field.Type)];
		if (typeof field.Id === 'number' && xsType) types.set(field.Id, { name: String(field.Name), type: String(field.Type), xsType });
	}
	return types;
}

/** The Property Name or ID: a field ID (a positive whole number), from the dropdown or typed in. */
function readPropertyId(context: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): number {
	const text = raw === undefined || raw === null ? '' : String(raw).trim();
	if (text === '') {
		throw invalidParameter(context, itemIndex, label, 'is empty; choose a field or enter its Property ID', 'Choose a custom field from the list, or enter its ID, e.g. 5.');
	}
	if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647) {
		throw invalidParameter(context, itemIndex, label, `"${text}" is not a Property ID`, 'Choose a custom field from the list, or enter its ID as a positive whole number, e.g. 5.');
	}
	return Number(text);
}

/** The `xsi:type` of a property: as picked, or the field's own; checked against the field when its type is known. */
function propertyType(context: IExecuteFunctions, itemIndex: number, row: PropertyInput, id: number, label: string, fieldTypes?: FieldTypes): string {
	const picked = String(row.type ?? 'xs:string');
	if (picked !== 'auto' && !PROPERTY_TYPES[picked]) {
		throw invalidParameter(context, itemIndex, `${label} › Type`, `"${picked}" is not a property type`, 'Pick one of the listed types.');
	}
	if (fieldTypes === undefined) return picked;
	const field = fieldTypes.get(id);
	if (!field) {
		throw invalidParameter(context, itemIndex, `${label} › Property Name or ID`, `the account has no custom field with ID ${id}`, 'Choose a custom field from the list (Settings → Custom fields in ExpertSender).');
	}
	if (picked !== 'auto' && picked !== field.xsType) {
		throw invalidParameter(context, itemIndex, `${label} › Type`, `${field.name} is a ${field.type} field, so its values are ${field.xsType}, not ${picked}`, 'Pick From Field, or the type that matches the field.');
	}
	return field.xsType;
}

function readProperties(context: IExecuteFunctions, itemIndex: number, fieldTypes?: FieldTypes): XmlElement[] {
	const rows = (context.getNodeParameter('customProperties.property', itemIndex, []) as PropertyInput[]) ?? [];
	if (rows.length === 0) return [];
	const seen = new Set<number>();
	return rows.map((row, position) => {
		const label = `Custom Properties › Property ${position + 1}`;
		const id = readPropertyId(context, itemIndex, row.id, `${label} › Property Name or ID`);
		if (seen.has(id)) {
			throw invalidParameter(context, itemIndex, `${label} › Property Name or ID`, `the Property ID ${id} is given twice`, 'Give each custom property once.');
		}
		seen.add(id);
		const type = propertyType(context, itemIndex, row, id, label, fieldTypes);
		const check = PROPERTY_TYPES[type];
		const text = textOf(row.value);
		// An empty value clears the property: ExpertSender reads xsi:nil as "no value".
		if (text === '') return { Id: id, Value: { '@xsi:type': type, '@xsi:nil': 'true' } };
		// Text keeps its spaces and line breaks; typed values are read without the surrounding blanks.
		const value = type === 'xs:string' ? rawTextOf(row.value) : check(text);
		if (value === undefined) {
			throw invalidParameter(context, itemIndex, `${label} › Value`, `"${text}" is not of type ${type}`, `Enter ${TYPE_EXAMPLES[type]}, or pick another type.`);
		}
		return { Id: id, Value: { '@xsi:type': type, '#text': value } };
	});
}

function readIp(context: IExecuteFunctions, itemIndex: number, raw: unknown): string | undefined {
	const ip = textOf(raw) || undefined;
	if (ip !== undefined && !IPV4.test(ip) && !/^[0-9a-fA-F:]+:[0-9a-fA-F:.]*$/.test(ip)) {
		throw invalidParameter(context, itemIndex, 'IP', `"${ip}" is not an IP address`, 'Enter an IPv4 or IPv6 address, e.g. 203.0.113.7.');
	}
	return ip;
}

/** The identifier Matching Mode names must be given: ExpertSender matches the subscriber by it. */
function checkMatchValue(
	context: IExecuteFunctions,
	itemIndex: number,
	matchingMode: (typeof MATCHING_MODES)[number],
	identifiers: Record<(typeof MATCHING_MODES)[number], unknown>,
): void {
	if (identifiers[matchingMode] !== undefined) return;
	const field = { Email: 'Email', Id: 'Subscriber ID', Phone: 'Phone', CustomSubscriberId: 'Custom Subscriber ID' }[matchingMode];
	throw invalidParameter(
		context,
		itemIndex,
		field,
		`is empty, but Matching Mode is "${matchingMode}"`,
		`Enter the ${field} that identifies the subscriber, or choose another Matching Mode.`,
	);
}

/**
 * One `<Subscriber>` of a MultiData request, from the parameters of one item, with its children in the order of
 * ExpertSender's Subscriber schema. Throws a NodeOperationError for anything ExpertSender would refuse.
 */
export function readSubscriber(context: IExecuteFunctions, itemIndex: number, fieldTypes?: FieldTypes): XmlElement {
	// A value the Mode or Matching Mode picker does not list is refused by the router.
	const mode = context.getNodeParameter('mode', itemIndex, 'AddAndUpdate') as (typeof MODES)[number];
	const matchingMode = context.getNodeParameter('matchingMode', itemIndex, 'Email') as (typeof MATCHING_MODES)[number];
	const listId = readListId(context, itemIndex);
	const email = readOptionalEmail(context, itemIndex, context.getNodeParameter('email', itemIndex, ''), 'Email');
	const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const id = readPositiveId(context, itemIndex, fields.subscriberId, 'Subscriber ID', false);
	const phone = readPhone(context, itemIndex, fields.phone);
	const customSubscriberId = freeTextOf(fields.customSubscriberId);
	const ip = readIp(context, itemIndex, fields.ip);
	checkMatchValue(context, itemIndex, matchingMode, { Email: email, Id: id, Phone: phone, CustomSubscriberId: customSubscriberId });
	const flag = (value: unknown, field: string) => optionalFlag(context, itemIndex, value, field);
	const properties = readProperties(context, itemIndex, fieldTypes);
	return {
		Mode: mode,
		Force: flag(fields.force, 'Force Confirmation'),
		ListId: listId,
		AllowUnsubscribed: flag(fields.allowUnsubscribed, 'Allow Unsubscribed'),
		AllowRemoved: flag(fields.allowRemoved, 'Allow Removed'),
		MatchingMode: matchingMode,
		Id: id,
		Email: email,
		Phone: phone,
		CustomSubscriberId: customSubscriberId,
		Firstname: freeTextOf(fields.firstName),
		Lastname: freeTextOf(fields.lastName),
		TrackingCode: freeTextOf(fields.trackingCode),
		Name: freeTextOf(fields.name),
		Vendor: freeTextOf(fields.vendor),
		Ip: ip,
		Properties: properties.length > 0 ? { Property: properties } : undefined,
	};
}
