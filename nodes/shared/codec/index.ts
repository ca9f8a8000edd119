export { CodecError, excerptOf } from './errors';
export { decodeJson, encodeJson } from './json';
export {
	asXmlElement,
	asXmlList,
	buildXml,
	cdata,
	parseXml,
	xmlText,
	XmlCdata,
	type XmlBuildOptions,
	type XmlElement,
	type XmlParsed,
	type XmlParsedElement,
	type XmlParseOptions,
	type XmlValue,
} from './xml';
export {
	buildSoapEnvelope,
	parseSoapEnvelope,
	SOAP_ENVELOPE_NAMESPACE,
	SoapFault,
	type SoapFaultDetail,
	type SoapRequest,
	type SoapResponse,
} from './soap';
