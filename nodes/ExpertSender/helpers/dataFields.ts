import { DateTime } from 'luxon';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { XmlElement } from '../../shared/codec';
import { hasLoneSurrogate, invalidParameter } from '../../shared/validation';

/**
 * The data field types of a workflow custom event, as help.expertsender.com "Trigger workflow custom event" lists them:
 * Text, Number (e.g. 123), Date (YYYY-MM-DD), Datetime (YYYY-MM-DD hh:mm:ss) and Boolean (true, false, 1, 0).
 */
export const DATA_FIELD_TYPES = ['Text', 'Number', 'Date', 'Datetime', 'Boolean'] as const;
export type DataFieldType = (typeof DATA_FIELD_TYPES)[number];

interface DataFieldInput {
	name?: unknown;
	type?: unknown;
	value?: unknown;
}

export const dataFieldsProperty: INodeProperties = {
	displayName: 'Data Fields',
	name: 'dataFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Data Field',
	default: {},
	description: 'Values the workflow can use, e.g. an order total. Dates without an offset are read in the workflow\'s time zone.',
	options: [
		{
			displayName: 'Data Field',
			name: 'dataField',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. OrderTotal' },
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 'Text',
					options: [
						{ name: 'Boolean', value: 'Boolean', description: 'True or false' },
						{ name: 'Date', value: 'Date', description: 'A day, sent as YYYY-MM-DD' },
						{ name: 'Date Time', value: 'Datetime', description: 'A date and time, sent as YYYY-MM-DD hh:mm:ss in the workflow\'s time zone' },
						{ name: 'Number', value: 'Number', description: 'A number such as 123 or 49.90' },
						{ name: 'Text', value: 'Text' },
					],
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. 49.90' },
			],
		},
	],
};

/** A date or date-time in the workflow's time zone: as given without an offset, converted to that zone with one. */
function zonedTime(context: IExecuteFunctions, text: string): DateTime | undefined {
	const zone = context.getTimezone();
	const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2');
	const parsed = DateTime.fromISO(iso, { zone, setZone: true });
	return parsed.isValid ? parsed.setZone(zone) : undefined;
}

const EXAMPLES: Record<DataFieldType, string> = {
	Text: 'any text',
	Number: 'a number such as 123 or 49.90',
	Date: 'a date such as 2026-01-15',
	Datetime: 'a date and time such as 2026-01-15 14:30:00 or 2026-01-15T14:30:00+01:00',
	Boolean: 'true, false, 1 or 0',
};

/** The value as ExpertSender reads its type, or undefined when it is not of that type. */
function formatValue(context: IExecuteFunctions, type: DataFieldType, text: string): string | undefined {
	if (type === 'Text') return text;
	const trimmed = text.trim();
	if (type === 'Number') return /^-?\d{1,15}(\.\d{1,10})?$/.test(trimmed) ? trimmed : undefined;
	if (type === 'Boolean') {
		const lower = trimmed.toLowerCase();
		return lower === 'true' || lower === '1' ? 'true' : lower === 'false' || lower === '0' ? 'false' : undefined;
	}
	// A bare day stays that day; anything with a time is placed in the workflow's time zone first.
	if (type === 'Date' && /^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return DateTime.fromISO(trimmed).isValid ? trimmed : undefined;
	return zonedTime(context, trimmed)?.toFormat(type === 'Date' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss');
}

/** The `<DataField>` elements (Name, Type, Value, in the documented order) of one item, each checked against its type. */
export function readDataFields(context: IExecuteFunctions, itemIndex: number): XmlElement[] {
	const rows = (context.getNodeParameter('dataFields.dataField', itemIndex, []) as DataFieldInput[]) ?? [];
	const seen = new Set<string>();
	return rows.map((row, position) => {
		const label = `Data Fields › Data Field ${position + 1}`;
		const name = String(row.name ?? '').trim();
		if (name === '' || hasLoneSurrogate(name)) {
			throw invalidParameter(context, itemIndex, `${label} › Name`, name === '' ? 'is empty' : 'contains a broken character', 'Enter the name the workflow uses for this data field.');
		}
		if (seen.has(name.toLowerCase())) {
			throw invalidParameter(context, itemIndex, `${label} › Name`, `the data field "${name}" is given twice`, 'Give each data field once.');
		}
		seen.add(name.toLowerCase());
		const type = String(row.type ?? 'Text') as DataFieldType;
		if (!(DATA_FIELD_TYPES as readonly string[]).includes(type)) {
			throw invalidParameter(context, itemIndex, `${label} › Type`, `"${type}" is not a data field type`, 'Pick one of the listed types.');
		}
		const raw = row.value;
		const text = raw === undefined || raw === null ? '' : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
		if (text.trim() === '') throw invalidParameter(context, itemIndex, `${label} › Value`, 'is empty', 'Enter a value, or remove the data field.');
		const value = hasLoneSurrogate(text) ? undefined : formatValue(context, type, text);
		if (value === undefined || (typeof raw === 'object' && raw !== null)) {
			throw invalidParameter(context, itemIndex, `${label} › Value`, `"${text}" is not of type ${type}`, `Enter ${EXAMPLES[type]}.`);
		}
		return { Name: name, Type: type, Value: value };
	});
}
