import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalidParameter, isEmail, jsonObjectParameter, requiredString } from '../../shared/validation';
import { readZonedTime } from './dateTime';
import { CONTACT_ID, isIso8601, KEY_NAME } from './values';

/**
 * A date-time parameter (n8n's date picker or an ISO 8601 expression) as an ISO 8601 UTC time. A value without an
 * offset is read in the workflow's time zone, as n8n's date picker means it.
 */
export function readDateTime(context: IExecuteFunctions, itemIndex: number, label: string, raw: unknown): string {
	const value = String(raw ?? '').trim();
	if (!isIso8601(value)) {
		throw invalidParameter(context, itemIndex, label, `"${value}" is not an ISO 8601 date and time`, 'Pick a date, or enter one such as 2026-01-09T22:47:12+00:00.');
	}
	return new Date(readZonedTime(context, itemIndex, value, label)!).toISOString();
}

/** Fields of an order body that a secondary key must not be confused with. */
const ORDER_KEYS = ['orderID', 'cID', 'email', 'items', 'purchaseDate', 'status', 'properties', 'tax', 'totalAmount'];

/**
 * The order's contact as Cordial's Orders API page names it in the body: `cID`, `email`, or another secondary key
 * of the account (a key/value pair such as `custID`), from Identify Contact By, Secondary Key and Contact.
 */
export function readOrderContact(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const mode = context.getNodeParameter('contactBy', itemIndex) as string;
	const value = requiredString(context, 'contactValue', itemIndex, 'Contact');
	if (mode === 'cID') {
		if (!CONTACT_ID.test(value)) {
			throw invalidParameter(context, itemIndex, 'Contact', `"${value}" is not a Cordial contact ID`, 'A cID is letters and digits, e.g. 58d30719ac0c8117814da1f3; choose "Email" for an address.');
		}
		return { cID: value };
	}
	if (mode === 'email') {
		if (!isEmail(value)) throw invalidParameter(context, itemIndex, 'Contact', `"${value}" is not an e-mail address`, 'Enter an address such as jane@example.com.');
		return { email: value };
	}
	if (mode !== 'secondaryKey') throw invalidParameter(context, itemIndex, 'Identify Contact By', `"${mode}" is not allowed`, 'Choose Contact ID, Email or Secondary Key.');
	const key = requiredString(context, 'contactSecondaryKey', itemIndex, 'Secondary Key', 'Enter the name of an indexed key such as custID.');
	if (!KEY_NAME.test(key) || ORDER_KEYS.includes(key)) {
		throw invalidParameter(context, itemIndex, 'Secondary Key', `"${key}" is not a contact key name`, 'Use the name of a secondary key of your account, e.g. custID; choose "Email" or "Contact ID" for those.');
	}
	return { [key]: value };
}

/** A money amount of the Additional or Update Fields: a number of at least 0. */
function amount(context: IExecuteFunctions, itemIndex: number, label: string, value: unknown): number {
	const number = Number(value);
	if (value === '' || !Number.isFinite(number) || number < 0) {
		throw invalidParameter(context, itemIndex, label, `${String(value)} is not allowed`, 'Enter an amount of at least 0, e.g. 4.95.');
	}
	return number;
}

/** A Billing or Shipping Address (ShippingAddressO / BillingAddressO), with only the parts filled in. */
function address(values: IDataObject, key: string): IDataObject | undefined {
	const entry = (values[key] as IDataObject | undefined)?.address as IDataObject | undefined;
	if (!entry) return undefined;
	const parts = Object.entries(entry).filter(([, part]) => String(part ?? '').trim() !== '');
	return parts.length ? Object.fromEntries(parts.map(([name, part]) => [name, String(part).trim()])) : undefined;
}

const TEXT_FIELDS = ['customerID', 'linkID', 'mcID', 'msID', 'status', 'storeID'] as const;
const AMOUNTS = [
	['tax', 'Tax'],
	['shippingAndHandling', 'Shipping and Handling'],
	['totalAmount', 'Total Amount'],
] as const;

/**
 * The optional order fields of Additional Fields or Update Fields (OrderOWithSuppress / OrderUPD and the Orders API
 * page): texts, amounts, addresses, the fixed discount, properties and suppressTriggers. `prefix` is the
 * collection's parameter name, for the Properties JSON.
 */
export function orderDetails(context: IExecuteFunctions, itemIndex: number, values: IDataObject, prefix: string): IDataObject {
	const body: IDataObject = {};
	for (const key of TEXT_FIELDS) if (String(values[key] ?? '').trim()) body[key] = String(values[key]).trim();
	for (const [key, label] of AMOUNTS) if (values[key] !== undefined) body[key] = amount(context, itemIndex, label, values[key]);
	if (values.discountAmount !== undefined) {
		body.discountApplication = { type: 'fixed', amount: amount(context, itemIndex, 'Discount Amount', values.discountAmount) };
	}
	for (const key of ['billingAddress', 'shippingAddress']) {
		const parts = address(values, key);
		if (parts) body[key] = parts;
	}
	if (values.properties !== undefined) body.properties = jsonObjectParameter(context, `${prefix}.properties`, itemIndex, 'Properties (JSON)');
	if (values.suppressTriggers !== undefined) body.suppressTriggers = values.suppressTriggers === true;
	return body;
}

/** What Simplify keeps of an order: its IDs, date, status, amounts, and per line item the product, quantity and price. */
export function simplifyOrder(order: IDataObject): IDataObject {
	const kept: IDataObject = {};
	for (const key of ['orderID', 'cID', 'customerID', 'purchaseDate', 'status', 'totalAmount', 'tax', 'shippingAndHandling']) {
		if (order[key] !== undefined) kept[key] = order[key];
	}
	if (Array.isArray(order.items)) {
		kept.items = (order.items as IDataObject[]).map((item) =>
			Object.fromEntries(['productID', 'sku', 'name', 'qty', 'itemPrice'].filter((key) => item[key] !== undefined).map((key) => [key, item[key]])),
		);
	}
	return kept;
}
