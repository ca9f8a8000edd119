/**
 * Mapp Engage emulator, written from Mapp's public documentation: the Mapp Engage REST API (JSON under
 * `/api/rest/v19`), the Mapp Engage SOAP API and its WSDL (under `/api/soap/v19`), "Sending a Single Prepared Email"
 * and "Sending a Single Prepared SMS" (two steps: contact/get, then message/sendSingle answering 204), and the
 * research notes (`reference/mapp-expertsender.md` §1). Strict where those are: HTTP Basic for a system user of type
 * API, error bodies `{errorActor, errorCode, message, …typed fields}`, 400 NO_SUCH_OBJECT for an unknown contact, the
 * WSDL namespace `http://ecircle.com/developer/ecmapi` with unqualified children in sequence order, lists as repeated
 * elements, faults carrying the typed exception in `<detail>`. Contacts, groups, memberships and prepared messages
 * are kept in state; a group's prepared messages are listed from the same state the send methods check.
 *
 * Layout: one file per resource (contacts.ts, membership.ts, groups.ts, messages.ts, system.ts, responseQueue.ts),
 * each with its rows of the route table (a row: REST method and path, SOAP operation, handler), the REST binding (rest.ts), SOAP
 * envelope handling (envelope.ts) and binding (soapBinding.ts), what a method is (operation.ts), refusals
 * (errors.ts), the account's state (account.ts), the seeded data and documented values (fixtures.ts).
 */
import { basicCredentials, emptyResponse, jsonResponse, NO_CEILING, xmlResponse, type ProviderModule, type SandboxCredential, type SandboxRequest, type SandboxResponse } from '../../framework';
import { MappAccount } from './account';
import * as contacts from './contacts';
import { handleSoap, soapFault } from './envelope';
import { MAPP_GUI_PASSWORD, MAPP_GUI_USER, MAPP_PASSWORD, MAPP_USER, REST_PREFIX, SOAP_PATH } from './fixtures';
import * as groups from './groups';
import * as membership from './membership';
import * as messages from './messages';
import type { Route } from './operation';
import * as responseQueue from './responseQueue';
import { handleRest, invalidRequest } from './rest';
import * as system from './system';
import * as users from './users';

export { MAPP_ECM_NAMESPACE, MAPP_GUI_PASSWORD, MAPP_GUI_USER, MAPP_PASSWORD, MAPP_USER, type Sendout, type StoredContact } from './fixtures';

/**
 * The route table: one row a method, each resource file holding its own rows. Mapp's reads are GETs; every other
 * method is a POST. A method only the REST API has names no SOAP operation.
 */
const ROUTES: Route[] = [system, contacts, messages, membership, groups, responseQueue, users].flatMap((resource) => resource.routes);

export class MappProvider extends MappAccount implements ProviderModule {
	readonly name = 'mapp';

	readonly prefix = '/mapp';

	constructor() {
		super();
		this.reset();
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [
			{
				type: 'mappEngageApi',
				name: 'Mapp Engage (sandbox)',
				data: { baseUrl: `${baseUrl}${REST_PREFIX}`, soapEndpoint: '', user: MAPP_USER, password: MAPP_PASSWORD, ...NO_CEILING },
			},
		];
	}

	/** Mapp's rate-limit answer, for tests that inject it (Mapp itself sends no Retry-After). */
	static rateLimitResponse(headers: Record<string, string> = {}): SandboxResponse {
		return jsonResponse(
			500,
			{ errorActor: 'SERVER', errorCode: 'UNEXPECTED_ERROR', message: 'Database Access Limit Exceeded', errorId: null },
			headers,
		);
	}

	/** The same over the SOAP API: an HTTP 500 fault whose string is "Database Access Limit Exceeded". */
	static soapRateLimitResponse(headers: Record<string, string> = {}): SandboxResponse {
		return xmlResponse(500, soapFault('S:Server', 'Database Access Limit Exceeded'), headers);
	}

	/** Over the limit (per account, i.e. per credential) Mapp answers 500 "Database Access Limit Exceeded", unprocessed. */
	overLimit(request: SandboxRequest): SandboxResponse {
		return SOAP_PATH.test(request.path) ? MappProvider.soapRateLimitResponse() : MappProvider.rateLimitResponse();
	}

	handle(request: SandboxRequest): SandboxResponse {
		// HTTP Basic is checked by the container before any API code: no header is 401, a refused user 403.
		const auth = basicCredentials(request);
		if (!auth) return emptyResponse(401, { 'WWW-Authenticate': 'Basic realm="ecm"' });
		const known = auth.user === MAPP_USER && auth.password === MAPP_PASSWORD;
		const guiUser = auth.user === MAPP_GUI_USER && auth.password === MAPP_GUI_PASSWORD;
		if (!known || guiUser) return emptyResponse(403);

		if (SOAP_PATH.test(request.path)) return handleSoap(this, request, ROUTES);
		if (request.path.startsWith(`${REST_PREFIX}/`)) return handleRest(this, request, ROUTES);
		return invalidRequest(404, 'Not Found');
	}
}
