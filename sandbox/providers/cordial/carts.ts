/**
 * A contact's cart (`/v2/contacts/{primary_key}/cart` and `/cartitems`), written from Cordial's API v2 Swagger
 * (savecartcontact, updatecartcontact, clearcartcontact, addproducttocartcontact, removeproducttocartqtycontact;
 * CartC, CartitemsC, ContactCartError) and Cordial's "Contacts API" page, which also lists
 * `DELETE …/cartitems/{productID}` and `…/cartitems/{productID}/{qty}`.
 *
 * The cart is kept on the contact record, under the attribute `cart`: the contact GET (contacts.ts's contactView)
 * then shows it as the contact's `cart` field, and deleting the contact deletes its cart. The Swagger has no GET of
 * a cart of its own.
 */
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { withContact } from './contacts';
import { ISO_8601, type CordialContact, type Json } from './fixtures';
import { itemProblems, itemsTotal, kindProblem, type Problems } from './orders';
import { error, isObject, notFound } from './replies';
import type { PatternRoute } from './routes';

/** CartitemsC's fields, by kind. Deliberate copy of the Swagger. */
const CART_ITEM_FIELDS = {
	productID: 'string',
	description: 'string',
	sku: 'string',
	category: 'string',
	name: 'string',
	qty: 'integer',
	itemPrice: 'number',
	url: 'string',
	attr: 'object',
	images: 'strings',
	properties: 'object',
} as const;

/** CartC's fields besides cartitems. The Swagger types tax and totalAmount as integers; money has cents, so numbers. */
const CART_FIELDS = { mcID: 'string', customerID: 'string', linkID: 'string', cartID: 'string', url: 'string', tax: 'number', totalAmount: 'number' } as const;

/** ContactCartError for a contact that does not exist (the POSTs list no 404). */
const contactMissing = () => error(422, 'GENERIC_ERROR_KEY', { contact: ["Contact doesn't exist"] }, 'messages');

function cartOf(contact: CordialContact): Json | undefined {
	return isObject(contact.attributes.cart) ? (contact.attributes.cart as Json) : undefined;
}

/** Stores the cart with its totalAmount recomputed (unless the body gave one) and its last-modified time. */
function storeCart(account: CordialAccount, contact: CordialContact, cart: Json, givenTotal?: unknown): void {
	const items = cart.cartitems as Json[];
	contact.attributes.cart = { ...cart, totalAmount: givenTotal ?? itemsTotal(items), lm: account.now.toISOString() };
}

function cartProblems(body: Json): Problems {
	const problems: Problems = {};
	if (body.cartitems === undefined) problems.cartitems = ['The cartitems field is required'];
	for (const [key, value] of Object.entries(body)) {
		if (key === 'cartitems') itemProblems(value, CART_ITEM_FIELDS, 'cartitems', problems);
		else if (key === 'expiration') {
			if (typeof value !== 'string' || !ISO_8601.test(value)) problems.expiration = ['Must be an ISO 8601 date'];
		} else if (key in CART_FIELDS) {
			const problem = kindProblem(CART_FIELDS[key as keyof typeof CART_FIELDS], value);
			if (problem) problems[key] = [problem];
		} else problems[key] = ['Unknown field'];
	}
	return problems;
}

/** savecartcontact / updatecartcontact: the body replaces the contact's cart object. */
function setCart(account: CordialAccount, contact: CordialContact, body: Json): SandboxResponse {
	const problems = cartProblems(body);
	if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', problems, 'messages');
	storeCart(account, contact, structuredClone(body), body.totalAmount);
	return jsonResponse(200, { success: true });
}

/**
 * addproducttocartcontact: adds the item; the same productID and sku again adds its quantity to that line (the
 * sandbox's reading of "adds a product to the contact's cart"). Answers the line as stored (CartitemsC).
 */
function addItem(account: CordialAccount, contact: CordialContact, body: Json): SandboxResponse {
	const problems: Problems = {};
	itemProblems([body], CART_ITEM_FIELDS, 'cartitem', problems);
	if (Object.keys(problems).length) {
		return error(422, 'GENERIC_ERROR_KEY', Object.fromEntries(Object.entries(problems).map(([key, value]) => [key.replace('cartitem.0.', ''), value])), 'messages');
	}
	const cart = structuredClone(cartOf(contact) ?? { cartitems: [] });
	const items = cart.cartitems as Json[];
	const line = items.find((item) => item.productID === body.productID && item.sku === body.sku);
	if (line) line.qty = Number(line.qty ?? 1) + Number(body.qty ?? 1);
	else items.push({ ...structuredClone(body), qty: body.qty ?? 1 });
	storeCart(account, contact, cart);
	return jsonResponse(200, structuredClone(line ?? items[items.length - 1]));
}

/**
 * removeproducttocartqtycontact: takes `qty` of the product (of that sku, if given) out of the cart; the line goes
 * when nothing is left. Without a quantity (the Contacts API page's `…/cartitems/{productID}`) the whole line goes.
 * A product not in the cart is the Swagger's 404 RecordNotFound.
 */
function removeItem(account: CordialAccount, contact: CordialContact, params: Record<string, string>): SandboxResponse {
	const qty = params.qty === undefined ? Infinity : Number(params.qty);
	if (params.qty !== undefined && !(/^\d+$/.test(params.qty) && qty >= 1)) {
		return error(422, 'GENERIC_ERROR_KEY', { qty: ['The qty must be a number.'] }, 'messages');
	}
	const cart = structuredClone(cartOf(contact) ?? { cartitems: [] });
	const items = cart.cartitems as Json[];
	const line = items.find((item) => item.productID === params.productID && (params.sku === undefined || item.sku === params.sku));
	if (!line) return notFound();
	line.qty = Number(line.qty ?? 1) - qty;
	cart.cartitems = items.filter((item) => Number(item.qty ?? 1) > 0);
	storeCart(account, contact, cart);
	return jsonResponse(200, { success: true });
}

/** An existing contact for the POSTs (ContactCartError when missing), RecordNotFound for the others. */
function onContact(post: boolean, handler: (contact: CordialContact) => SandboxResponse) {
	return ({ account, params }: { account: CordialAccount; params: Record<string, string> }): SandboxResponse => {
		const response = withContact(account, params.key, handler);
		return post && response.status === 404 ? contactMissing() : response;
	};
}

const removeRoute = (path: string): PatternRoute => ({
	method: 'DELETE',
	path,
	handle: (call) => onContact(false, (contact) => removeItem(call.account, contact, call.params))(call),
});

export const cartRoutes: PatternRoute[] = [
	{ method: 'POST', path: 'contacts/{key}/cart', handle: (call) => onContact(true, (contact) => setCart(call.account, contact, call.body))(call) },
	{ method: 'PUT', path: 'contacts/{key}/cart', handle: (call) => onContact(false, (contact) => setCart(call.account, contact, call.body))(call) },
	{
		method: 'DELETE',
		path: 'contacts/{key}/cart',
		handle: (call) =>
			onContact(false, (contact) => {
				delete contact.attributes.cart;
				return jsonResponse(200, { success: true });
			})(call),
	},
	{ method: 'POST', path: 'contacts/{key}/cartitems', handle: (call) => onContact(true, (contact) => addItem(call.account, contact, call.body))(call) },
	removeRoute('contacts/{key}/cartitems/{productID}/{qty}/{sku}'),
	removeRoute('contacts/{key}/cartitems/{productID}/{qty}'),
	removeRoute('contacts/{key}/cartitems/{productID}'),
];
