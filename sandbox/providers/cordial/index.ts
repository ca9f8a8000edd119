/**
 * Cordial API v2 emulator, written from Cordial's "Batch Messages API" page (support.cordial.com), Cordial's API v2
 * Swagger and the research notes (shared/reference/bird-cordial.md §2). Strict: Basic auth with the API key as user
 * name and an empty password, JSON bodies only, the documented error bodies `{ error: true, errorKey, message |
 * messages }`, and the batch-message state machine of the Batch Messages API page. Contacts, audiences, transports
 * and automation templates are kept in state, and contact activities (activities.ts) for the trigger's feed.
 *
 * Layout: the route table below, one file per resource (batchMessages.ts, contacts.ts, automationTemplates.ts), the
 * account's state (account.ts), the seeded data and documented values (fixtures.ts), error bodies and paging
 * (replies.ts).
 */
import {
	basicCredentials,
	jsonResponse,
	mediaType,
	NO_CEILING,
	type OverLimitState,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
} from '../../framework';
import { CordialAccount } from './account';
import { activityRoutes, listActivities } from './activities';
import { automationTemplateRoutes, listTemplates, sendTemplate } from './automationTemplates';
import {
	batchMessageRoutes,
	cancel,
	createBatch,
	deleteBatch,
	listBatches,
	pause,
	render,
	resume,
	send,
	sendTest,
	unschedule,
	updateBatch,
	withBatch,
} from './batchMessages';
import { accountAttributes, contactRoutes, contactView, deleteContact, listContacts, unsubscribe, updateContact, upsertContact, withContact } from './contacts';
import { CORDIAL_API_KEY, type Json } from './fixtures';
import { accountListRoutes } from './accountLists';
import { cartRoutes } from './carts';
import { contactAttributeRoutes } from './contactAttributes';
import { orderRoutes } from './orders';
import { productRoutes } from './products';
import { error, isObject, notFound } from './replies';
import { matchPattern, type PatternRoute } from './routes';
import { supplementRoutes } from './supplements';

export { CORDIAL_API_KEY, type BatchMessage, type BatchStatus, type CordialContact } from './fixtures';

interface Call {
	account: CordialAccount;
	request: SandboxRequest;
	/** The parsed JSON object of a POST, or of a PUT with a body. */
	body: Json;
	/** The `{id}` segment after the resource (URL-decoded). */
	id: string;
	/** The segment after the action, e.g. the cID of `renderedwip/{cID}` or the channel of `unsubscribe/{channel}`. */
	extra: string;
}

interface Route {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Below `/v2`, with `:id` and `:extra` for the variable segments. */
	path: string;
	handle(call: Call): SandboxResponse;
}

const ROUTES: Route[] = [
	{ method: 'GET', path: 'accountcontactattributes', handle: () => accountAttributes() },
	{ method: 'POST', path: 'batchmessages', handle: ({ account, body }) => createBatch(account, body) },
	{ method: 'GET', path: 'batchmessages', handle: ({ account, request }) => listBatches(account, request.query) },
	{ method: 'GET', path: 'batchmessages/:id', handle: ({ account, id }) => withBatch(account, id, (message) => jsonResponse(200, structuredClone(message))) },
	{ method: 'PUT', path: 'batchmessages/:id', handle: ({ account, id, body }) => updateBatch(account, id, body) },
	{ method: 'DELETE', path: 'batchmessages/:id', handle: ({ account, id }) => withBatch(account, id, (message) => deleteBatch(account, message)) },
	{ method: 'PUT', path: 'batchmessages/:id/send', handle: ({ account, id, request }) => withBatch(account, id, (message) => send(account, message, request)) },
	{ method: 'PUT', path: 'batchmessages/:id/sendtest', handle: ({ account, id, body }) => withBatch(account, id, (message) => sendTest(account, message, body)) },
	{ method: 'PUT', path: 'batchmessages/:id/pause', handle: ({ account, id, request }) => withBatch(account, id, (message) => pause(account, message, request)) },
	{ method: 'PUT', path: 'batchmessages/:id/resume', handle: ({ account, id, request }) => withBatch(account, id, (message) => resume(account, message, request)) },
	{ method: 'PUT', path: 'batchmessages/:id/cancel', handle: ({ account, id, request }) => withBatch(account, id, (message) => cancel(account, message, request)) },
	{ method: 'PUT', path: 'batchmessages/:id/unschedule', handle: ({ account, id, request }) => withBatch(account, id, (message) => unschedule(message, request)) },
	{
		method: 'GET',
		path: 'batchmessages/:id/renderedwip/:extra',
		handle: ({ account, id, extra, request }) => withBatch(account, id, (message) => render(account, message, extra, request.query)),
	},
	{ method: 'POST', path: 'contacts', handle: ({ account, body }) => upsertContact(account, body) },
	{ method: 'GET', path: 'contacts', handle: ({ account, request }) => listContacts(account, request.query) },
	{ method: 'GET', path: 'contacts/:id', handle: ({ account, id }) => withContact(account, id, (contact) => jsonResponse(200, contactView(contact))) },
	{ method: 'PUT', path: 'contacts/:id', handle: ({ account, id, body }) => withContact(account, id, (contact) => updateContact(contact, body)) },
	{ method: 'DELETE', path: 'contacts/:id', handle: ({ account, id }) => withContact(account, id, (contact) => deleteContact(account, contact)) },
	{
		method: 'PUT',
		path: 'contacts/:id/unsubscribe/:extra',
		handle: ({ account, id, extra, request }) => withContact(account, id, (contact) => unsubscribe(contact, extra, request.query)),
	},
	{ method: 'GET', path: 'contactactivities', handle: ({ account, request }) => listActivities(account, request.query) },
	{ method: 'GET', path: 'automationtemplates', handle: ({ account, request }) => listTemplates(account, request.query) },
	{ method: 'POST', path: 'automationtemplates/:id/send', handle: ({ account, id, body }) => sendTemplate(account, id, body) },
];

/** The resources in files of their own, matched before the table above. */
const PATTERN_ROUTES: PatternRoute[] = [
	...activityRoutes,
	...automationTemplateRoutes,
	...batchMessageRoutes,
	...contactRoutes,
	...accountListRoutes, ...cartRoutes, ...contactAttributeRoutes, ...orderRoutes, ...productRoutes, ...supplementRoutes];

/** The JSON object body of a POST, or of a PUT that has one; or the documented refusal. */
function parsedBody(request: SandboxRequest): { body?: Json; refusal?: SandboxResponse } {
	if (!(request.method === 'POST' || (request.method === 'PUT' && request.text !== ''))) return {};
	if (mediaType(request) !== 'application/json') {
		return {
			refusal: error(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type: Content-Type header must be application/json or application/x-www-form-urlencoded.'),
		};
	}
	let body: unknown;
	try {
		body = JSON.parse(request.text);
	} catch {
		return { refusal: error(400, 'VALIDATION_ERROR', 'Malformed JSON body') };
	}
	if (!isObject(body)) return { refusal: error(422, 'VALIDATION_ERROR', 'The body must be a JSON object') };
	return { body };
}

export class CordialProvider extends CordialAccount implements ProviderModule {
	readonly name = 'cordial';

	readonly prefix = '/cordial';

	constructor() {
		super();
		this.reset();
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'cordialApi',
				name: 'Cordial (sandbox)',
				data: { apiKey: CORDIAL_API_KEY, region: 'custom', baseUrl: `${baseUrl}/v2`, ...NO_CEILING },
			},
		];
	}

	/** Cordial's 429 with its rate-limit headers (the error key is the sandbox's own: Cordial documents none). */
	overLimit(_request: SandboxRequest, state: OverLimitState): SandboxResponse {
		return jsonResponse(
			429,
			{ error: true, errorKey: 'TOO_MANY_REQUESTS', message: 'API rate limit exceeded' },
			{
				'X-Rate-Limit-Limit': String(state.limit),
				'X-Rate-Limit-Remaining': String(state.remaining),
				'X-Rate-Limit-Reset': String(state.resetSeconds),
				'Retry-After': String(state.retryAfterSeconds),
			},
		);
	}

	/** The key is checked first, then the body, then the route, as Cordial answers 401 for any path without the key. */
	handle(request: SandboxRequest): SandboxResponse {
		this.queries.push([...request.query.entries()]);
		const auth = basicCredentials(request);
		if (!auth || auth.user !== CORDIAL_API_KEY || auth.password !== '') {
			return jsonResponse(401, { error: 'Access Denied: Authentication Failure' });
		}
		const segments = request.path.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
		if (segments[0] !== 'v2') return notFound(`No route ${request.method} ${request.path}`);
		const [, resource, id, action, extra] = segments;
		const { body, refusal } = parsedBody(request);
		if (refusal) return refusal;
		const pattern = matchPattern(PATTERN_ROUTES, request.method, segments.slice(1));
		if (pattern) return pattern.route.handle({ account: this, request, body: body ?? {}, params: pattern.params });
		const path = `${resource}${id !== undefined ? '/:id' : ''}${action ? `/${action}` : ''}${extra !== undefined ? '/:extra' : ''}`;
		const route = ROUTES.find((entry) => entry.method === request.method && entry.path === path);
		if (!route) return notFound(`No route ${request.method} ${request.path}`);
		return route.handle({ account: this, request, body: body as Json, id, extra });
	}
}
