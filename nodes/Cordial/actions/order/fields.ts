import type { INodeProperties } from 'n8n-workflow';

export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 33451',
	description: 'The unique ID of the order (Cordial\'s orderID), usually the shop\'s order number',
};

/** An existing order (Get, Update, Delete): from the account's orders, or its ID. A plain saved ID still works. */
export const orderLocator: INodeProperties = {
	displayName: 'Order',
	name: 'orderId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The order, by Cordial\'s orderID',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchOrders', searchable: true } },
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 33451' },
	],
};

/** The order's contact, as the Orders API page allows it in the body: cID, email, or a secondary key. */
export const orderContactFields: INodeProperties[] = [
	{
		displayName: 'Identify Contact By',
		name: 'contactBy',
		type: 'options',
		options: [
			{ name: 'Contact ID (cID)', value: 'cID', description: 'Cordial\'s own contact ID' },
			{ name: 'Email', value: 'email', description: 'The contact\'s e-mail address' },
			{ name: 'Secondary Key', value: 'secondaryKey', description: 'Another indexed key of your account, such as custID' },
		],
		default: 'email',
	},
	{
		displayName: 'Secondary Key',
		name: 'contactSecondaryKey',
		type: 'string',
		default: '',
		placeholder: 'e.g. custID',
		description: 'The name of the secondary key',
		displayOptions: { show: { contactBy: ['secondaryKey'] } },
	},
	{
		displayName: 'Contact',
		name: 'contactValue',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description: 'The cID, e-mail address or secondary key value of the contact who placed the order; the contact must exist',
	},
];

export const purchaseDateField: INodeProperties = {
	displayName: 'Purchase Date',
	name: 'purchaseDate',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'When the order was placed; a time without offset is in the workflow\'s time zone',
};

const addressField = (displayName: string, name: string): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	default: {},
	placeholder: `Add ${displayName}`,
	options: [
		{
			displayName: 'Address',
			name: 'address',
			values: [
				{ displayName: 'City', name: 'city', type: 'string', default: '', placeholder: 'e.g. Hollywood' },
				{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. USA' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Mark Smith', description: 'The person or company the address is for' },
				{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '', placeholder: 'e.g. 90028' },
				{ displayName: 'State', name: 'state', type: 'string', default: '', placeholder: 'e.g. CA' },
				{ displayName: 'Street Address', name: 'address', type: 'string', default: '', placeholder: 'e.g. 13130 Silverlake Road' },
			],
		},
	],
});

const money = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description,
});

const text = (displayName: string, name: string, placeholder: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
});

/** The optional order fields shared by Additional Fields and Update Fields, sorted by display name. */
export function orderDetailFields(withMessageId: boolean): INodeProperties[] {
	return [
		addressField('Billing Address', 'billingAddress'),
		text('Customer ID', 'customerID', 'e.g. abc123', 'The ID the shop or CRM gives the customer'),
		money('Discount Amount', 'discountAmount', 'A fixed discount on the order (Cordial\'s discountApplication)'),
		text('Link ID', 'linkID', 'e.g. 45:55f1d1ac0c8117:1', 'The message link the purchase came from, for revenue attribution'),
		text('Message Contact ID (mcID)', 'mcID', 'e.g. 1:5f5f89987b8f107ade2be674:ot:5ee22ead517daa8cf0403205:1', 'The message the purchase came from, for revenue attribution'),
		...(withMessageId ? [text('Message ID (msID)', 'msID', 'e.g. 45:55f1d1ac0c8117', 'The message the purchase came from')] : []),
		{
			displayName: 'Properties (JSON)',
			name: 'properties',
			type: 'json',
			default: '{}',
			description: 'Custom order values as key/value pairs, e.g. {"currency": "USD"}',
		},
		addressField('Shipping Address', 'shippingAddress'),
		money('Shipping and Handling', 'shippingAndHandling', 'The amount charged for shipping and handling'),
		text('Status', 'status', 'e.g. shipped', 'The order status'),
		text('Store ID', 'storeID', 'e.g. abc123', 'The store the order was placed in'),
		{
			displayName: 'Suppress Triggers',
			name: 'suppressTriggers',
			type: 'boolean',
			default: false,
			description: 'Whether to keep the order from firing messages triggered by its values',
		},
		money('Tax', 'tax', 'The amount of tax'),
		money('Total Amount', 'totalAmount', 'The order total; without it Cordial sums the line items (quantity times price)'),
	];
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return only orderID, cID, customerID, purchaseDate, status, totalAmount, tax, shippingAndHandling and per line item productID, sku, name, qty and itemPrice',
};
