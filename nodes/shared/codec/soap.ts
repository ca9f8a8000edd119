import { collectParts, type EncodedPart } from './base64';
import { CodecError, excerptOf } from './errors';
import {
	asXmlElement,
	buildXml,
	parseXml,
	xmlText,
	type XmlElement,
	type XmlParsed,
	type XmlParsedElement,
} from './xml';

export const SOAP_ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';

export interface SoapRequest {
	/** Namespace of the operation element, e.g. `http://ecircle.com/developer/ecmapi`. */
	namespace: string;
	/** Prefix bound to `namespace`; only the operation element is qualified, its children are not. */
	prefix: string;
	/** Local name of the operation element, e.g. `messageSendSingle`. */
	operation: string;
	/** The operation's children, in schema order. */
	body: XmlElement;
}

export interface SoapResponse {
	/** Local name of the first element in the Body, e.g. `contactGetResponse`. */
	operation: string;
	value: XmlParsed;
}

export interface SoapFaultDetail {
	/** Local name of the typed exception element, e.g. `NoSuchObjectException`. */
	type: string;
	fields: XmlParsedElement;
}

/** A SOAP 1.1 Fault: the service's own answer, not a transport or codec failure. */
export class SoapFault extends Error {
	constructor(
		readonly faultCode: string,
		readonly faultString: string,
		readonly faultActor: string | undefined,
		readonly detail: SoapFaultDetail | undefined,
	) {
		super(faultString || faultCode);
		this.name = 'SoapFault';
	}
}

/** Writes a SOAP 1.1 envelope with an empty Header and the operation element in its own namespace. */
export function buildSoapEnvelope(request: SoapRequest): string {
	return buildXml('soapenv:Envelope', {
		'@xmlns:soapenv': SOAP_ENVELOPE_NAMESPACE,
		[`@xmlns:${request.prefix}`]: request.namespace,
		'soapenv:Header': null,
		'soapenv:Body': { [`${request.prefix}:${request.operation}`]: request.body },
	});
}

/** The envelope `buildSoapEnvelope` writes, as parts around its binary content (see buildXmlParts). */
export function buildSoapEnvelopeParts(request: SoapRequest): EncodedPart[] {
	return collectParts(() => buildSoapEnvelope(request));
}

export interface SoapParseOptions {
	/** List elements below the operation element, as paths from it (`contactGetResponse.return.attributes`) or `*.name`. */
	arrays?: readonly string[];
	what?: string;
}

/**
 * Unwraps a SOAP 1.1 response: gives the operation element's content, or throws the Fault (with its typed detail) as
 * a SoapFault. Anything that is not an envelope is a CodecError.
 */
export function parseSoapEnvelope(text: string, options: SoapParseOptions = {}): SoapResponse {
	const what = options.what ?? 'The SOAP response';
	const arrays = (options.arrays ?? []).map((path) => (path.startsWith('*.') ? path : `Envelope.Body.${path}`));
	const document = parseXml(text, { arrays, localNames: true, what });
	if (!('Envelope' in document)) {
		throw new CodecError(`${what} is not a SOAP envelope`, excerptOf(text));
	}
	const body = asXmlElement(asXmlElement(document.Envelope).Body);
	const [operation] = Object.keys(body).filter((key) => !key.startsWith('@'));
	if (operation === 'Fault') throw toSoapFault(asXmlElement(body.Fault));
	if (operation === undefined) return { operation: '', value: '' };
	return { operation, value: body[operation] };
}

function toSoapFault(fault: XmlParsedElement): SoapFault {
	const detailElement = asXmlElement(fault.detail);
	const [type] = Object.keys(detailElement).filter((key) => !key.startsWith('@'));
	const detail = type === undefined ? undefined : { type, fields: asXmlElement(detailElement[type]) };
	return new SoapFault(
		xmlText(fault.faultcode) ?? '',
		xmlText(fault.faultstring) ?? '',
		xmlText(fault.faultactor),
		detail,
	);
}
