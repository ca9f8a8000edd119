/**
 * Orders (`/v2/orders`), written from Cordial's API v2 Swagger (addorders, getorders, getorder, PUT and deleteorder;
 * OrderOWithSuppress, OrderUPD, OrderO, ItemsO, ShippingAddressO, BillingAddressO, OrdersFilterError) and Cordial's
 * "Orders API" page, which adds the contact given by `email` instead of `cID` (or another secondary key), `msID` and
 * `totalAmount` ("auto-calculated as the sum of each item.amount"). Strict: unknown fields and wrong types are refused
 * with 422 `{ error, errorKey, messages: { field: [problem] } }` (the Swagger names OrderValidationError without
 * defining it; the sandbox uses the shape of Cordial's other validation errors).
 */
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { findContact } from './contacts';
import { ISO_8601, SECONDARY_KEYS, type Json } from './fixtures';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';
import type { PatternRoute } from './routes';
import { projected } from './products';

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'strings' | 'object';

/** ItemsO's fields (Swagger), by kind. Deliberate copy. */
export const ORDER_ITEM_FIELDS: Record<string, Kind> = {
	productID: 'string',
	description: 'string',
	sku: 'string',
	category: 'string',
	name: 'string',
	qty: 'integer',
	itemPrice: 'number',
	salePrice: 'number',
	url: 'string',
	attr: 'object',
	productType: 'string',
	manufacturerName: 'string',
	UPCCode: 'string',
	images: 'strings',
	tags: 'strings',
	properties: 'object',
	inStock: 'boolean',
	taxable: 'boolean',
	enabled: 'boolean',
};

/** The plain fields of an order body (OrderOWithSuppress / OrderUPD, plus msID and totalAmount of the page). */
const ORDER_FIELDS: Record<string, Kind> = {
	cID: 'string',
	linkID: 'string',
	status: 'string',
	mcID: 'string',
	msID: 'string',
	storeID: 'string',
	customerID: 'string',
	tax: 'number',
	shippingAndHandling: 'number',
	totalAmount: 'number',
	properties: 'object',
	suppressTriggers: 'boolean',
};

const ADDRESS_FIELDS = ['name', 'address', 'city', 'state', 'postalCode', 'country'];
const ITEM_REQUIRED = ['productID', 'sku', 'category', 'name'];

export type Problems = Record<string, string[]>;

export function kindProblem(kind: Kind, value: unknown): string | undefined {
	if (kind === 'string' && typeof value !== 'string') return 'Must be a string';
	if (kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) return 'Must be a number';
	if (kind === 'integer' && !(Number.isInteger(value) && (value as number) >= 1)) return 'Must be a whole number of at least 1';
	if (kind === 'boolean' && typeof value !== 'boolean') return 'Must be true or false';
	if (kind === 'strings' && !(Array.isArray(value) && value.every((entry) => typeof entry === 'string'))) return 'Must be an array of strings';
	if (kind === 'object' && !isObject(value)) return 'Must be an object';
	return undefined;
}

/** Line items (ItemsO, or CartitemsC for carts): required fields, known fields only, and their kinds. */
export function itemProblems(items: unknown, fields: Record<string, Kind>, path: string, problems: Problems): void {
	if (!Array.isArray(items)) return void (problems[path] = ['Must be an array']);
	items.forEach((item, index) => {
		if (!isObject(item)) return void (problems[`${path}.${index}`] = ['Must be an object']);
		for (const key of ITEM_REQUIRED) {
			if (typeof item[key] !== 'string' || item[key] === '') problems[`${path}.${index}.${key}`] = [`The ${key} field is required`];
		}
		for (const [key, value] of Object.entries(item)) {
			const problem = fields[key] ? kindProblem(fields[key], value) : 'Unknown field';
			if (problem && !problems[`${path}.${index}.${key}`]) problems[`${path}.${index}.${key}`] = [problem];
		}
	});
}

/** qty × itemPrice (qty defaults to 1, ItemsO), summed: the page's "sum of each item.amount". */
export function itemsTotal(items: Json[]): number {
	return Math.round(items.reduce((sum, item) => sum + Number(item.qty ?? 1) * Number(item.itemPrice ?? 0), 0) * 100) / 100;
}

function addressProblems(key: string, value: unknown, problems: Problems): void {
	if (!isObject(value)) return void (problems[key] = ['Must be an object']);
	for (const [field, entry] of Object.entries(value)) {
		if (!ADDRESS_FIELDS.includes(field)) problems[`${key}.${field}`] = ['Unknown field'];
		else if (typeof entry !== 'string') problems[`${key}.${field}`] = ['Must be a string'];
	}
}

/** discountApplication: `{ type: "fixed", amount }`. */
function discountProblems(value: unknown, problems: Problems): void {
	if (!isObject(value) || value.type !== 'fixed' || typeof value.amount !== 'number' || Object.keys(value).some((key) => !['type', 'amount'].includes(key))) {
		problems.discountApplication = ['Must be { "type": "fixed", "amount": <number> }'];
	}
}

/** The validation errors of an order body; `extra` are the further keys the request allows (contact keys, orderID). */
function orderProblems(body: Json, extra: string[]): Problems {
	const problems: Problems = {};
	for (const [key, value] of Object.entries(body)) {
		if (key === 'items') itemProblems(value, ORDER_ITEM_FIELDS, 'items', problems);
		else if (key === 'shippingAddress' || key === 'billingAddress') addressProblems(key, value, problems);
		else if (key === 'discountApplication') discountProblems(value, problems);
		else if (key === 'purchaseDate') {
			if (typeof value !== 'string' || !ISO_8601.test(value) || Number.isNaN(Date.parse(value))) problems.purchaseDate = ['Must be an ISO 8601 date'];
		} else if (ORDER_FIELDS[key]) {
			const problem = kindProblem(ORDER_FIELDS[key], value);
			if (problem) problems[key] = [problem];
		} else if (!extra.includes(key)) problems[key] = ['Unknown field'];
		else if (typeof value !== 'string' || value === '') problems[key] = ['Must be a non-empty string'];
	}
	return problems;
}

export function orderStore(account: CordialAccount): Map<string, Json> {
	return account.state('orders', () => new Map<string, Json>());
}

/** The contact an order names: `cID`, or `email`, or a secondary key of the account (Orders API page). */
function orderContact(account: CordialAccount, body: Json): string | undefined {
	if (typeof body.cID === 'string') return account.contacts.get(body.cID)?.cID;
	const key = SECONDARY_KEYS.find((name) => typeof body[name] === 'string');
	return key ? findContact(account, key, String(body[key]))?.cID : undefined;
}

/** The stored order: the body with the contact as cID, and totalAmount computed unless given. */
function storedOrder(body: Json, cID: string, previous: Json = {}): Json {
	const order: Json = { ...previous, ...structuredClone(body), cID };
	for (const key of SECONDARY_KEYS) delete order[key];
	if (body.totalAmount === undefined && (body.items !== undefined || previous.totalAmount === undefined)) {
		order.totalAmount = itemsTotal((order.items as Json[] | undefined) ?? []);
	}
	return order;
}

const CONTACT_MISSING: Problems = { cID: ["Contact doesn't exist"] };

/** addorders: a new orderID only ("Posting more than once for the same orderID will generate an error"). */
function createOrder(account: CordialAccount, body: Json): SandboxResponse {
	const problems = orderProblems(body, ['orderID', ...SECONDARY_KEYS]);
	if (typeof body.orderID !== 'string' || body.orderID === '') problems.orderID = ['The orderID field is required'];
	if (body.purchaseDate === undefined) problems.purchaseDate = ['The purchaseDate field is required'];
	if (body.cID === undefined && !SECONDARY_KEYS.some((key) => body[key] !== undefined)) problems.cID = ['The cID field is required'];
	if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', problems, 'messages');
	const cID = orderContact(account, body);
	if (!cID) return error(422, 'GENERIC_ERROR_KEY', CONTACT_MISSING, 'messages');
	const store = orderStore(account);
	// The wording recorded by the MeUndies/cordial client (lib/cordial/orders.rb) for a repeated orderID.
	if (store.has(String(body.orderID))) return error(422, 'GENERIC_ERROR_KEY', 'ID must be unique', 'messages');
	store.set(String(body.orderID), storedOrder(body, cID));
	return jsonResponse(200, { success: true });
}

/**
 * PUT /orders/{id} with an OrderUPD body (no orderID; the contact only as cID). The Swagger lists only 422; the
 * sandbox answers an unknown order with RecordNotFound, as getorder does.
 */
function updateOrder(account: CordialAccount, id: string, body: Json): SandboxResponse {
	const order = orderStore(account).get(id);
	if (!order) return notFound();
	const problems = orderProblems(body, []);
	if (Object.keys(body).length === 0) problems.body = ['Nothing to update'];
	if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', problems, 'messages');
	const cID = body.cID === undefined ? String(order.cID) : orderContact(account, body);
	if (!cID) return error(422, 'GENERIC_ERROR_KEY', CONTACT_MISSING, 'messages');
	orderStore(account).set(id, storedOrder(body, cID, order));
	return jsonResponse(200, { success: true });
}

const RANGE_OPERATORS = ['lt', 'gt', 'lte', 'gte'] as const;
const ORDER_QUERY_KEYS = ['fields', 'cID', 'email', 'purchaseDate', ...RANGE_OPERATORS.map((op) => `purchaseDate[${op}]`), 'page', 'per_page', 'sort_by', 'sort_dir', 'return_count'];

const compare: Record<string, (a: number, b: number) => boolean> = {
	'': (a, b) => a === b,
	lt: (a, b) => a < b,
	gt: (a, b) => a > b,
	lte: (a, b) => a <= b,
	gte: (a, b) => a >= b,
};

/** A time of a filter or an order: ISO 8601, without a zone read as UTC. */
function instant(value: string): number {
	return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${value.replace(' ', 'T')}Z`);
}

/** getorders: cID, email and purchaseDate filters (OrdersFilterError for a bad time), paging and sorting. */
function listOrders(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ORDER_QUERY_KEYS, 'GENERIC_ERROR_KEY');
	if (unknown) return unknown;
	let list = [...orderStore(account).values()];
	const email = query.get('email');
	// An unknown contact has no orders: the sandbox answers an empty list (the Swagger's 404 is not explained).
	if (email !== null) list = list.filter((order) => order.cID === findContact(account, 'email', email)?.cID);
	const cID = query.get('cID');
	if (cID !== null) list = list.filter((order) => order.cID === cID);
	for (const operator of ['', ...RANGE_OPERATORS]) {
		const value = query.get(operator ? `purchaseDate[${operator}]` : 'purchaseDate');
		if (value === null) continue;
		if (!ISO_8601.test(value) || Number.isNaN(instant(value))) return error(422, 'GENERIC_ERROR_KEY', 'Time value is incorrect');
		list = list.filter((order) => compare[operator](instant(String(order.purchaseDate)), instant(value)));
	}
	const fields = query.get('fields');
	return listReply(list.map((order) => projected(order, fields)), query);
}

export const orderRoutes: PatternRoute[] = [
	{ method: 'POST', path: 'orders', handle: ({ account, body }) => createOrder(account, body) },
	{ method: 'GET', path: 'orders', handle: ({ account, request }) => listOrders(account, request.query) },
	{
		method: 'GET',
		path: 'orders/{id}',
		handle: ({ account, params, request }) => {
			const unknown = unknownParameter(request.query, ['fields'], 'GENERIC_ERROR_KEY');
			if (unknown) return unknown;
			const order = orderStore(account).get(params.id);
			return order ? jsonResponse(200, projected(order, request.query.get('fields'))) : notFound();
		},
	},
	{ method: 'PUT', path: 'orders/{id}', handle: ({ account, params, body }) => updateOrder(account, params.id, body) },
	{
		method: 'DELETE',
		path: 'orders/{id}',
		// deleteorder answers an unknown order with 400 OrderNotFound (undefined in the Swagger: worded as ProductNotFound).
		handle: ({ account, params }) =>
			orderStore(account).delete(params.id) ? jsonResponse(200, { success: true }) : error(400, 'GENERIC_ERROR_KEY', 'Order not found'),
	},
];
