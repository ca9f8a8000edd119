import { parseXml, SOAP_ENVELOPE_NAMESPACE } from '../../nodes/shared/codec';
import {
	basicCredentials,
	jsonResponse,
	mediaType,
	xmlResponse,
	type ProviderModule,
	type SandboxCredential,
	type SandboxRequest,
	type SandboxResponse,
} from '../../sandbox/framework';

export const PROBE_USER = 'probe@example.com';
export const PROBE_PASSWORD = 'probe-Secret-7731';

/** Test-only provider behind the transport probe: strict Basic auth and content types, delivery counting. */
export class ProbeProvider implements ProviderModule {
	readonly name = 'probe';

	readonly prefix = '/probe';

	/** How many times each `id` was delivered to /echo. */
	readonly deliveries = new Map<string, number>();

	reset(): void {
		this.deliveries.clear();
	}

	credentials(baseUrl: string): SandboxCredential[] {
		return [{ type: 'testProbeApi', name: 'Probe (sandbox)', data: { baseUrl, user: PROBE_USER, password: PROBE_PASSWORD } }];
	}

	handle(request: SandboxRequest): SandboxResponse {
		const auth = basicCredentials(request);
		if (!auth || auth.user !== PROBE_USER || auth.password !== PROBE_PASSWORD) {
			return jsonResponse(401, { error: { message: 'Wrong user or password', code: 'AUTH' } });
		}
		switch (`${request.method} ${request.path}`) {
			case 'POST /echo': {
				if (mediaType(request) !== 'application/json') return jsonResponse(415, { error: { message: 'JSON only' } });
				const body = JSON.parse(request.text) as { id?: string };
				const id = body.id ?? '';
				this.deliveries.set(id, (this.deliveries.get(id) ?? 0) + 1);
				return jsonResponse(200, { received: body });
			}
			case 'GET /items':
				return jsonResponse(200, { items: [{ id: '00123' }] });
			case 'POST /xml': {
				if (mediaType(request) !== 'text/xml') return xmlResponse(415, '<Error><Message>XML only</Message></Error>');
				try {
					const document = parseXml(request.text, { what: 'The request' });
					return xmlResponse(200, `<Response><Echo>${request.text.replace(/^<Request>|<\/Request>$/g, '')}</Echo><Parsed>${Object.keys(document).join(',')}</Parsed></Response>`);
				} catch (error) {
					return xmlResponse(400, `<Error><Message>${(error as Error).message.replace(/[<&]/g, '')}</Message></Error>`);
				}
			}
			case 'POST /soap': {
				if (mediaType(request) !== 'text/xml' || request.headers.soapaction === undefined) {
					return xmlResponse(415, '<Error><Message>SOAP 1.1 needs text/xml and SOAPAction</Message></Error>');
				}
				if (!request.text.includes(`xmlns:soapenv="${SOAP_ENVELOPE_NAMESPACE}"`)) {
					return xmlResponse(500, fault('soapenv:VersionMismatch', 'Wrong envelope namespace'));
				}
				return xmlResponse(
					200,
					`<S:Envelope xmlns:S="${SOAP_ENVELOPE_NAMESPACE}"><S:Body><ns2:probeCallResponse xmlns:ns2="urn:probe"><return><id>00123</id><tag>a</tag></return></ns2:probeCallResponse></S:Body></S:Envelope>`,
				);
			}
			default:
				return jsonResponse(404, { error: { message: `No route ${request.method} ${request.path}` } });
		}
	}
}

export function fault(code: string, message: string, detail = ''): string {
	return `<S:Envelope xmlns:S="${SOAP_ENVELOPE_NAMESPACE}"><S:Body><S:Fault><faultcode>${code}</faultcode><faultstring>${message}</faultstring>${detail}</S:Fault></S:Body></S:Envelope>`;
}
