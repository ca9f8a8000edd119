/**
 * Products (`/v2/products`), written from Cordial's API v2 Swagger (addproducts, getproducts, getproduct,
 * deleteproducts; ProductCreationModel, VariantsP, SaleP, ProductResponse) and Cordial's "Products API" page.
 * Strict: only the ProductCreationModel fields, with their types, and the 422 ProductValidationError body
 * `{ error, errorKey, messages: { validationErrors: { field: [problem] } } }`.
 */
import { jsonResponse, type SandboxResponse } from '../../framework';
import type { CordialAccount } from './account';
import { ISO_8601, type Json } from './fixtures';
import { error, isObject, listReply, notFound, unknownParameter } from './replies';
import type { PatternRoute } from './routes';

/** ProductCreationModel's fields and their kinds. Deliberate copy of the Swagger. */
const PRODUCT_FIELDS: Record<string, 'string' | 'number' | 'boolean' | 'strings' | 'object' | 'variants' | 'sale'> = {
	productID: 'string',
	productName: 'string',
	description: 'string',
	variants: 'variants',
	productType: 'string',
	price: 'number',
	sale: 'sale',
	UPCCode: 'string',
	category: 'string',
	images: 'strings',
	manufacturerName: 'string',
	inStock: 'boolean',
	taxable: 'boolean',
	enabled: 'boolean',
	url: 'string',
	tags: 'strings',
	properties: 'object',
};

/** ProductResponse's productType enum (the Products API page lists the same four). */
const PRODUCT_TYPES = ['physical', 'digital', 'subscription', 'event'];

/** The account's products by productID, in the order they were first posted. */
export function productStore(account: CordialAccount): Map<string, Json> {
	return account.state('products', () => new Map<string, Json>());
}

/** "true, false, or 1, 0" (ProductCreationModel's inStock, taxable, enabled; SaleP's enabled). */
const isFlag = (value: unknown) => typeof value === 'boolean' || value === 0 || value === 1;

function kindProblem(kind: string, value: unknown): string | undefined {
	if (kind === 'string' && typeof value !== 'string') return 'Must be a string';
	if (kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) return 'Must be a number';
	if (kind === 'boolean' && !isFlag(value)) return 'Possible values: true, false, 1, 0';
	if (kind === 'strings' && !(Array.isArray(value) && value.every((entry) => typeof entry === 'string'))) return 'Must be an array of strings';
	if (kind === 'object' && !isObject(value)) return 'Must be an object';
	return undefined;
}

/** VariantsP: sku required, qty an integer ("The qty must be a number."), attr an object. */
function variantProblems(variants: unknown, problems: Record<string, string[]>): void {
	if (!Array.isArray(variants)) {
		problems.variants = ['Must be an array'];
		return;
	}
	variants.forEach((variant, index) => {
		if (!isObject(variant)) return void (problems[`variants.${index}`] = ['Must be an object']);
		const unknown = Object.keys(variant).find((key) => !['sku', 'attr', 'qty'].includes(key));
		if (unknown) problems[`variants.${index}.${unknown}`] = ['Unknown field'];
		if (typeof variant.sku !== 'string' || variant.sku === '') problems[`variants.${index}.sku`] = ['The sku field is required'];
		if (variant.qty !== undefined && !Number.isInteger(variant.qty)) problems[`variants.${index}.qty`] = ['The qty must be a number.'];
		if (variant.attr !== undefined && !isObject(variant.attr)) problems[`variants.${index}.attr`] = ['Must be an object'];
	});
}

/** SaleP: enabled a flag, price a number, start and end dates. */
function saleProblems(sale: unknown, problems: Record<string, string[]>): void {
	if (!isObject(sale)) return void (problems.sale = ['Must be an object']);
	for (const [key, value] of Object.entries(sale)) {
		if (key === 'enabled' && !isFlag(value)) problems['sale.enabled'] = ['Possible values: true, false, 1, 0'];
		else if (key === 'price' && typeof value !== 'number') problems['sale.price'] = ['Must be a number'];
		else if ((key === 'start' || key === 'end') && !(typeof value === 'string' && ISO_8601.test(value))) problems[`sale.${key}`] = ['Must be an ISO 8601 date'];
		else if (!['enabled', 'price', 'start', 'end'].includes(key)) problems[`sale.${key}`] = ['Unknown field'];
	}
}

/** The validation errors of a product body, by field. */
function productProblems(body: Json): Record<string, string[]> {
	const problems: Record<string, string[]> = {};
	if (typeof body.productID !== 'string' || body.productID.trim() === '') problems.productID = ['The product id field is required.'];
	if (typeof body.productName !== 'string' || body.productName.trim() === '') problems.productName = ['The product name field is required.'];
	for (const [key, value] of Object.entries(body)) {
		const kind = PRODUCT_FIELDS[key];
		if (!kind) problems[key] = ['Unknown field'];
		else if (kind === 'variants') variantProblems(value, problems);
		else if (kind === 'sale') saleProblems(value, problems);
		else if (!problems[key]) {
			const problem = kindProblem(kind, value);
			if (problem) problems[key] = [problem];
		}
	}
	if (typeof body.productType === 'string' && !PRODUCT_TYPES.includes(body.productType)) {
		problems.productType = [`Possible values: ${PRODUCT_TYPES.join(', ')}`];
	}
	return problems;
}

/**
 * addproducts: creates the product, or (same productID) "will update the existing product": the fields posted
 * replace those stored, the others stay (the sandbox's reading), and the created date stays. The Swagger answers 201
 * ProductCreationSuccess for both; "product updated" for a repeat is the sandbox's choice.
 */
function upsertProduct(account: CordialAccount, body: Json): SandboxResponse {
	const problems = productProblems(body);
	if (Object.keys(problems).length) return error(422, 'GENERIC_ERROR_KEY', { validationErrors: problems }, 'messages');
	const store = productStore(account);
	const id = String(body.productID);
	const existing = store.get(id);
	const now = account.now.toISOString();
	store.set(id, { ...existing, ...structuredClone(body), ct: existing?.ct ?? now, lm: now });
	return jsonResponse(201, { success: true, message: existing ? 'product updated' : 'product created' });
}

/** `fields`: the comma-separated fields to include (getproducts, getproduct). */
export function projected(record: Json, fields: string | null): Json {
	if (!fields) return structuredClone(record);
	const wanted = fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(structuredClone(record)).filter(([key]) => wanted.includes(key)));
}

function listProducts(account: CordialAccount, query: URLSearchParams): SandboxResponse {
	const unknown = unknownParameter(query, ['page', 'per_page', 'fields', 'sort_by', 'sort_dir']);
	if (unknown) return unknown;
	const fields = query.get('fields');
	return listReply([...productStore(account).values()].map((product) => projected(product, fields)), query);
}

export const productRoutes: PatternRoute[] = [
	{ method: 'POST', path: 'products', handle: ({ account, body }) => upsertProduct(account, body) },
	{ method: 'GET', path: 'products', handle: ({ account, request }) => listProducts(account, request.query) },
	{
		method: 'GET',
		path: 'products/{productID}',
		handle: ({ account, params, request }) => {
			// getproduct declares no query parameters.
			const unknown = unknownParameter(request.query, []);
			if (unknown) return unknown;
			const product = productStore(account).get(params.productID);
			return product ? jsonResponse(200, structuredClone(product)) : notFound();
		},
	},
	{
		method: 'DELETE',
		path: 'products/{productID}',
		// deleteproducts answers an unknown product with 400 ProductNotFound.
		handle: ({ account, params }) =>
			productStore(account).delete(params.productID)
				? jsonResponse(200, { success: true })
				: error(400, 'GENERIC_ERROR_KEY', 'Product not found'),
	},
];
