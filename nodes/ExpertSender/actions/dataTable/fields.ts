import type { INodeProperties } from 'n8n-workflow';

import { DIRECTIONS, FILTER_OPERATORS, WHERE_OPERATORS } from '../../helpers/dataTables';

/** The required data table: picked from the account's tables or typed by name (ExpertSender addresses tables by name). */
export const tableLocator: INodeProperties = {
	displayName: 'Table',
	name: 'table',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The data table',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchDataTables', searchable: true },
		},
		{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. Orders' },
	],
};

/** One `{ name, value }` column collection, e.g. the Columns of Add Row or the Primary Key of Delete Row. */
export function columnCollection(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Column',
		default: {},
		description,
		options: [
			{
				displayName: 'Column',
				name: 'column',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. OrderId' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1001',
						description: 'Text as ExpertSender takes it: 12, 4.66, true, 2024-05-31 or 2024-05-31 14:30:00. Empty sends no value (null).',
					},
				],
			},
		],
	};
}

/** Map Automatically (the input item's fields) or Define Below (a Columns collection), as n8n's database nodes offer. */
export const rowColumns: INodeProperties[] = [
	{
		displayName: 'Columns',
		name: 'dataMode',
		type: 'options',
		default: 'defineBelow',
		options: [
			{
				name: 'Map Automatically',
				value: 'autoMapInputData',
				description: 'Use every field of the input item as a column of the same name',
			},
			{ name: 'Define Below', value: 'defineBelow', description: 'Set each column and its value' },
		],
	},
	{
		displayName: 'Input Fields to Ignore',
		name: 'columnsToIgnore',
		type: 'string',
		default: '',
		placeholder: 'e.g. rowNumber, createdAt',
		description: 'Comma-separated fields of the input item that are not columns of the table',
		displayOptions: { show: { dataMode: ['autoMapInputData'] } },
	},
	{
		...columnCollection('Columns to Send', 'columns', 'The columns of the row and their values'),
		displayOptions: { show: { dataMode: ['defineBelow'] } },
	},
];

const OPERATOR_NAMES: Record<string, string> = {
	Equals: 'Equals',
	NotEqual: 'Not Equal',
	Greater: 'Greater Than',
	GreaterOrEqual: 'Greater Than or Equal',
	Lower: 'Lower Than',
	LowerOrEqual: 'Lower Than or Equal',
	Like: 'Like (Text Only)',
	EQ: 'Equals',
	GT: 'Greater Than',
	LT: 'Lower Than',
	GE: 'Greater Than or Equal',
	LE: 'Lower Than or Equal',
};

/** A conditions collection (`<parameter>.condition`: column, operator, value); every condition must hold. */
/** The operator of a condition, from one of the two lists ExpertSender's data table methods take. */
const operatorOptions = (operators: readonly string[]) => operators.map((value) => ({ name: OPERATOR_NAMES[value], value }));

const whereOperator: INodeProperties = { displayName: 'Operator', name: 'operator', type: 'options', default: 'Equals', options: operatorOptions(WHERE_OPERATORS) };

const filterOperator: INodeProperties = { displayName: 'Operator', name: 'operator', type: 'options', default: 'EQ', options: operatorOptions(FILTER_OPERATORS) };

export function conditionsCollection(name: string, operator: INodeProperties, description: string): INodeProperties {
	return {
		displayName: 'Conditions',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description,
		options: [
			{
				displayName: 'Condition',
				name: 'condition',
				values: [
					{ displayName: 'Column', name: 'column', type: 'string', default: '', placeholder: 'e.g. Email' },
					operator,
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. nathan@example.com' },
				],
			},
		],
	};
}

export const whereConditions = conditionsCollection(
	'whereConditions',
	whereOperator,
	'Only rows that meet every condition (Like takes % as a wildcard, for text columns)',
);

export const deleteFilters = conditionsCollection('filters', filterOperator, 'Rows that meet every condition are deleted');

/** The Sort option of Get Rows: `<OrderByColumns>`. */
export const orderByOption: INodeProperties = {
	displayName: 'Sort',
	name: 'orderBy',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Sort Rule',
	default: {},
	options: [
		{
			displayName: 'Rule',
			name: 'rule',
			values: [
				{ displayName: 'Column', name: 'column', type: 'string', default: '', placeholder: 'e.g. OrderDate' },
				{
					displayName: 'Direction',
					name: 'direction',
					type: 'options',
					default: 'Ascending',
					options: DIRECTIONS.map((value) => ({ name: value, value })),
				},
			],
		},
	],
};
