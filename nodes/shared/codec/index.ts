export {
	Base64Content,
	base64Of,
	base64Slices,
	encodedByteLength,
	encodeParts,
	type EncodedPart,
	type StreamedBinary,
} from './base64';
export { CodecError, excerptOf } from './errors';
export { MAX_CSV_ROWS, parseCsv, type CsvParseOptions } from './csv';
export { decodeJson, encodeJson, encodeJsonParts } from './json';
export {
	asXmlElement,
	asXmlList,
	buildXml,
	buildXmlParts,
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
	buildSoapEnvelopeParts,
	parseSoapEnvelope,
	SOAP_ENVELOPE_NAMESPACE,
	SoapFault,
	type SoapFaultDetail,
	type SoapRequest,
	type SoapResponse,
} from './soap';
