/**
 * SOAP envelope handling for the Mapp Engage SOAP API: SOAP 1.1 over `POST text/xml` with a SOAPAction header, one
 * operation element in the Body in the WSDL's namespace (the same for every tenant), answers as
 * `<operation>Response` and refusals as faults carrying the typed exception in `<detail>`.
 */
import { buildXml, SOAP_ENVELOPE_NAMESPACE, type XmlElement } from '../../../nodes/shared/codec';
import { mediaType, xmlResponse, type SandboxRequest, type SandboxResponse } from '../../framework';
import type { MappAccount } from './account';
import { MappError, SoapClientFault } from './errors';
import { MAPP_ECM_NAMESPACE } from './fixtures';
import type { Route } from './operation';
import { attributesOf, bindSequence, childElements, localOf, namespaceOf, orderedParser, soapArgs, tagOf, type OrderedNode } from './soapBinding';

export function handleSoap(account: MappAccount, request: SandboxRequest, routes: Route[]): SandboxResponse {
	if (request.method !== 'POST') return xmlResponse(405, '');
	if (mediaType(request) !== 'text/xml' || request.headers.soapaction === undefined) {
		return xmlResponse(415, '');
	}
	try {
		const { call, callTag, operation, namespace } = operationElement(request.text);
		const handler = routes.find((route) => route.soap === operation)?.handler;
		if (namespace !== MAPP_ECM_NAMESPACE || !handler?.soap) {
			throw new SoapClientFault('S:Client', `Cannot find dispatch method for {${namespace ?? ''}}${operation}`);
		}
		if (attributesOf(call).xmlns) {
			throw new SoapClientFault(
				'S:Client',
				`Unmarshalling Error: a default namespace on ${operation} qualifies its children; they are unqualified`,
			);
		}
		const values = bindSequence(call, callTag, handler.soap, operation);
		const answer = handler.run(account, soapArgs(values));
		return xmlResponse(200, soapEnvelope(`${operation}Response`, answer.soap ?? {}));
	} catch (error) {
		if (error instanceof SoapClientFault) return xmlResponse(500, soapFault(error.code, error.message));
		if (error instanceof MappError) return xmlResponse(500, soapFault('S:Server', error.message, error));
		throw error;
	}
}

/** The one operation element of the Body, its local name and its namespace; refuses any other envelope. */
function operationElement(text: string): { call: OrderedNode; callTag: string; operation: string; namespace: string | undefined } {
	let document: OrderedNode[];
	try {
		// XML 1.0 §2.11: a parser turns every literal CR LF and lone CR into LF; only `&#13;` is a carriage return.
		document = orderedParser.parse(text.replace(/\r\n?/g, '\n')) as OrderedNode[];
	} catch (error) {
		throw new SoapClientFault('S:Client', `Couldn't create SOAP message: ${(error as Error).message}`);
	}
	const envelope = document.find((node) => tagOf(node) !== undefined);
	const envelopeTag = envelope ? tagOf(envelope)! : '';
	const scopes = [envelope ? attributesOf(envelope) : {}];
	if (!envelope || localOf(envelopeTag) !== 'Envelope' || namespaceOf(envelopeTag, scopes) !== SOAP_ENVELOPE_NAMESPACE) {
		throw new SoapClientFault('S:VersionMismatch', `Couldn't create SOAP message. Expected Envelope in namespace ${SOAP_ENVELOPE_NAMESPACE}`);
	}
	const parts = childElements(envelope, envelopeTag);
	const body = parts.find((node) => localOf(tagOf(node)!) === 'Body');
	if (!body || namespaceOf(tagOf(body)!, scopes) !== SOAP_ENVELOPE_NAMESPACE) {
		throw new SoapClientFault('S:Client', 'The envelope has no Body');
	}
	scopes.push(attributesOf(body));
	const [call, ...extra] = childElements(body, tagOf(body)!);
	if (!call || extra.length > 0) throw new SoapClientFault('S:Client', 'The Body must hold exactly one operation element');
	const callTag = tagOf(call)!;
	scopes.push(attributesOf(call));
	return { call, callTag, operation: localOf(callTag), namespace: namespaceOf(callTag, scopes) };
}

function soapEnvelope(responseName: string, inner: XmlElement): string {
	return buildXml('S:Envelope', {
		'@xmlns:S': SOAP_ENVELOPE_NAMESPACE,
		'S:Body': { [`ns2:${responseName}`]: { '@xmlns:ns2': MAPP_ECM_NAMESPACE, ...inner } },
	});
}

export function soapFault(code: string, message: string, error?: MappError): string {
	const detail = error
		? {
				detail: {
					[`ns2:${error.exceptionType}`]: {
						'@xmlns:ns2': MAPP_ECM_NAMESPACE,
						...Object.fromEntries(
							Object.entries(error.fields).map(([key, value]) => [key, value === null ? undefined : value]),
						),
					},
				},
			}
		: {};
	return buildXml('S:Envelope', {
		'@xmlns:S': SOAP_ENVELOPE_NAMESPACE,
		'S:Body': { 'S:Fault': { faultcode: code, faultstring: message, ...detail } },
	});
}
