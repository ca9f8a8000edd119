/**
 * Throughput of the shared XML/SOAP codec against fast-xml-parser used directly on the same documents (issue 9).
 *
 *   npx ts-node --transpile-only scripts/bench-codec.ts [--runs=15] [--round-ms=100] [--warmup-ms=300] [--case=multi]
 *
 * The raw side is configured the way a careful caller would to do the same work: the codec's builder and parser
 * options (preserveOrder, no attribute prefix, `#cdata`), with fast-xml-parser's own escaping and entity decoding
 * (numeric references included) in place of the codec's, and validation before parsing. The raw builder is given the
 * data turned into fast-xml-parser's ordered form on each call, as such a caller must do. Each case first checks that
 * both sides give the same text (building) or the same content (parsing). Not part of the jest suite.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

import {
	buildSoapEnvelope,
	buildXml,
	cdata,
	parseSoapEnvelope,
	parseXml,
	SOAP_ENVELOPE_NAMESPACE,
	XmlCdata,
	type XmlElement,
	type XmlParsed,
	type XmlValue,
} from '../nodes/shared/codec';

export interface CodecBenchOptions {
	/** Timed runs (rounds) per side and case, medians reported; default 15. */
	runs?: number;
	/** Aimed duration of one round of one side; default 100 ms. */
	roundMs?: number;
	/** Untimed running of each side before the rounds; default 300 ms. */
	warmupMs?: number;
	/** Only the cases whose name contains one of these (case-insensitive). */
	cases?: string[];
	/** Where progress lines go; default nowhere. */
	log?: (line: string) => void;
}

export interface CodecBenchResult {
	name: string;
	kind: 'build' | 'parse';
	/** Size of the document in bytes (UTF-8). */
	bytes: number;
	/** Median operations per second of the codec. */
	codecOpsPerSecond: number;
	/** Median operations per second of fast-xml-parser used directly. */
	rawOpsPerSecond: number;
	/** Codec time per operation / raw time per operation (1.2 = the codec takes 20 % longer): the median of the rounds' ratios. */
	ratio: number;
}

/** The goal of issue 9: the codec costs at most 20 % more than fast-xml-parser on its own. */
export const TARGET_RATIO = 1.2;

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XS = 'http://www.w3.org/2001/XMLSchema';
const ECM = 'http://ecircle.com/developer/ecmapi';

// ------------------------------------------------------------------------------------------ fast-xml-parser direct

const rawBuilder = new XMLBuilder({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	cdataPropName: '#cdata',
	suppressEmptyNode: true,
	processEntities: true,
	format: false,
});

const rawParser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	processEntities: true,
	// Needed for numeric character references (`&#13;`); fast-xml-parser decodes them only with this on.
	htmlEntities: true,
	ignoreDeclaration: true,
	ignorePiTags: true,
	cdataPropName: '#cdata',
	commentPropName: false,
});

type OrderedNode = Record<string, unknown>;

/** The document in fast-xml-parser's ordered form, unescaped: what a direct caller would write by hand. */
function orderedOf(name: string, value: XmlValue): OrderedNode[] {
	if (value === undefined) return [];
	if (Array.isArray(value)) return value.flatMap((entry) => orderedOf(name, entry));
	if (value === null) return [{ [name]: [] }];
	if (value instanceof XmlCdata) return [{ [name]: [{ '#cdata': [{ '#text': value.text }] }] }];
	if (typeof value !== 'object') return [{ [name]: String(value) === '' ? [] : [{ '#text': String(value) }] }];
	const children: OrderedNode[] = [];
	const attributes: Record<string, string> = {};
	for (const [key, child] of Object.entries(value as XmlElement)) {
		if (child === undefined) continue;
		if (key.startsWith('@')) attributes[key.slice(1)] = child === null ? '' : String(child);
		else if (key === '#text') children.push({ '#text': String(child) });
		else children.push(...orderedOf(key, child));
	}
	const node: OrderedNode = { [name]: children };
	if (Object.keys(attributes).length > 0) node[':@'] = attributes;
	return [node];
}

function rawParse(text: string): OrderedNode[] {
	return rawParser.parse(text, true) as OrderedNode[];
}

function elementName(node: OrderedNode): string | undefined {
	return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#cdata');
}

function localName(name: string): string {
	return name.slice(name.indexOf(':') + 1);
}

/** What a direct caller does to read a SOAP answer: the first element of the Body (a Fault would be thrown). */
function rawSoapBody(text: string): { operation: string; node: OrderedNode } {
	const envelope = rawParse(text).find((node) => elementName(node) !== undefined)!;
	const parts = envelope[elementName(envelope)!] as OrderedNode[];
	const body = parts.find((node) => localName(elementName(node) ?? '') === 'Body')!;
	const call = (body[elementName(body)!] as OrderedNode[]).find((node) => elementName(node) !== undefined)!;
	const operation = localName(elementName(call)!);
	if (operation === 'Fault') throw new Error('SOAP fault');
	return { operation, node: call };
}

// ------------------------------------------------------------------------------------------ equivalence of content

/** Every attribute and text of an ordered tree as `path=value`, sorted: its content, whatever the shape. */
function orderedContent(nodes: OrderedNode[], path: string, localNames: boolean, out: string[] = []): string[] {
	for (const node of nodes) {
		const raw = elementName(node);
		if (raw === undefined) continue;
		const name = localNames ? localName(raw) : raw;
		const here = `${path}/${name}`;
		for (const [attribute, value] of Object.entries((node[':@'] ?? {}) as Record<string, string>)) {
			if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
			out.push(`${here}/@${localNames ? localName(attribute) : attribute}=${value}`);
		}
		const children = node[raw] as OrderedNode[];
		let text = '';
		for (const child of children) {
			if ('#text' in child) text += String(child['#text']);
			else if ('#cdata' in child) text += (child['#cdata'] as OrderedNode[]).map((part) => part['#text']).join('');
		}
		const hasElements = children.some((child) => elementName(child) !== undefined);
		if (!hasElements || text.trim() !== '') out.push(`${here}=${text}`);
		orderedContent(children, here, localNames, out);
	}
	return out.sort();
}

/** The same for the codec's parsed form. */
function parsedContent(value: XmlParsed, path: string, out: string[] = []): string[] {
	if (Array.isArray(value)) {
		for (const entry of value) parsedContent(entry, path, out);
	} else if (value === null || typeof value === 'string') {
		out.push(`${path}=${value ?? ''}`);
	} else {
		let hasElements = false;
		for (const [key, child] of Object.entries(value)) {
			if (key.startsWith('@')) out.push(`${path}/${key}=${child as string}`);
			else if (key === '#text') out.push(`${path}=${child as string}`);
			else {
				hasElements = true;
				parsedContent(child, `${path}/${key}`, out);
			}
		}
		if (!hasElements && !('#text' in value)) out.push(`${path}=`);
	}
	return out.sort();
}

function assertSameContent(name: string, codec: string[], raw: string[]): void {
	const a = JSON.stringify(codec);
	const b = JSON.stringify(raw);
	if (a !== b) {
		const index = codec.findIndex((line, position) => line !== raw[position]);
		throw new Error(`${name}: the codec and fast-xml-parser disagree (first difference: ${codec[index]} / ${raw[index]})`);
	}
}

// ------------------------------------------------------------------------------------------ the documents

function repeat(count: number, row: (index: number) => string): string {
	return Array.from({ length: count }, (_, index) => row(index)).join('');
}

function transactionalRequest(): XmlElement {
	return {
		'@xmlns:xsi': XSI,
		'@xmlns:xs': XS,
		ApiKey: 'es7731-Sandbox+Key/&<q>',
		Data: {
			ReturnGuid: true,
			Receiver: { Email: 'patrick.o\'neil@example.com', ListId: 12 },
			Snippets: {
				Snippet: [
					{ Name: 'firstname', Value: 'Patrick' },
					{ Name: 'order_id', Value: 'A-2026-00451' },
					{ Name: 'total', Value: '€ 149.90 (incl. "VAT" & shipping)' },
					{
						Name: 'order_table',
						Value: cdata(
							'<table><tr><th>Item</th><th>Qty</th><th>Price</th></tr>' +
								repeat(8, (row) => `<tr><td>Product ${row + 1} &amp; case</td><td>${row + 1}</td><td>€ ${(row + 1) * 9.95}</td></tr>`) +
								'</table>',
						),
					},
					{
						Name: 'footer',
						Value: cdata('<p style="color:#777">You ordered at <a href="https://shop.example.com/?a=1&b=2">our shop</a>.</p>'),
					},
				],
			},
		},
	};
}

function multiDataRequest(): XmlElement {
	return {
		'@xmlns:xsi': XSI,
		'@xmlns:xs': XS,
		ApiKey: 'es7731-Sandbox+Key/&<q>',
		VerboseErrors: true,
		MultiData: {
			Subscriber: Array.from({ length: 100 }, (_, index) => ({
				Mode: 'AddAndUpdate',
				ListId: 1,
				MatchingMode: 'Email',
				Email: `subscriber.${index}@example.com`,
				Firstname: index % 7 === 0 ? 'Zoë & Ann' : `First${index}`,
				Lastname: `O'Last${index}`,
				TrackingCode: 'spring-2026',
				Ip: `203.0.113.${index % 250}`,
				Properties: {
					Property: [
						{ Id: 2, Value: { '@xsi:type': 'xs:string', '#text': `Customer <${index}>` } },
						{ Id: 3, Value: { '@xsi:type': 'xs:int', '#text': String(1000 + index) } },
						{ Id: 4, Value: { '@xsi:type': 'xs:dateTime', '#text': '2026-05-01T10:00:00' } },
					],
				},
			})),
		},
	};
}

function mappSendRequest() {
	return {
		namespace: ECM,
		prefix: 'ecm',
		operation: 'messageSendTransactional',
		body: {
			messageId: 23541,
			externalTransactionFormula: 'ORDER-2026-00451',
			recipientId: 33457,
			additionalContent: {
				parameters: [
					{ name: 'firstname', value: 'John' },
					{ name: 'orderTotal', value: '149.90' },
					{ name: 'deliveryNote', value: 'Ring twice & leave at "the back" <door>' },
					{ name: 'voucher', value: 'SPRING-26' },
					{ name: 'empty', value: undefined },
				],
				attachments: [{ name: 'invoice.txt', contentType: 'text/plain', content: Buffer.from('Invoice 2026-00451\n'.repeat(40)).toString('base64') }],
			},
			senderProfileName: 'Shop',
		},
	};
}

const SUBSCRIBER_RESPONSE =
	`<ApiResponse xmlns:xsi="${XSI}" xmlns:xsd="${XS}"><Data>` +
	'<Id>1001</Id><Email>patrick@mydomain.com</Email><Firstname>Patrick</Firstname><Lastname>Jones &amp; Sons</Lastname>' +
	'<Name>Patrick Jones</Name><Phone>+48505606707</Phone><CustomSubscriberId>CRM-0001</CustomSubscriberId>' +
	'<TrackingCode>spring</TrackingCode><Vendor>shop</Vendor><Ip>203.0.113.7</Ip><BlackList>false</BlackList>' +
	'<StateOnLists>' +
	repeat(
		6,
		(index) =>
			`<StateOnList><ListId>${index + 1}</ListId><Name>List ${index + 1}</Name><Status>Active</Status>` +
			`<SubscriptionDate>2025-03-0${index + 1}T09:00:00</SubscriptionDate></StateOnList>`,
	) +
	'</StateOnLists><Properties>' +
	repeat(
		12,
		(index) =>
			`<Property><Id>${index + 1}</Id><Type>Text</Type><FriendlyName>Field ${index + 1}</FriendlyName>` +
			`<Name>field_${index + 1}</Name><StringValue>Value &lt;${index}&gt;</StringValue></Property>`,
	) +
	'<Property><Id>99</Id><Type>Date</Type><FriendlyName>Birthday</FriendlyName><Name>birthday</Name><DateValue xsi:nil="true"/></Property>' +
	'</Properties></Data></ApiResponse>';
const SUBSCRIBER_ARRAYS = ['ApiResponse.Data.StateOnLists.StateOnList', 'ApiResponse.Data.Properties.Property'];

const LISTS_RESPONSE =
	`<ApiResponse xmlns:xsi="${XSI}" xmlns:xsd="${XS}"><Data><Lists>` +
	repeat(
		100,
		(index) =>
			`<List><Id>${index + 1}</Id><Name>Newsletter ${index + 1} &amp; offers</Name><FriendlyName>Newsletter ${index + 1}</FriendlyName>` +
			'<Language>en-US</Language><OptInMode>Double</OptInMode></List>',
	) +
	'</Lists></Data></ApiResponse>';
const LISTS_ARRAYS = ['ApiResponse.Data.Lists.List'];

const CONTACT_RESPONSE =
	`<S:Envelope xmlns:S="${SOAP_ENVELOPE_NAMESPACE}"><S:Body><ns2:contactGetResponse xmlns:ns2="${ECM}"><return>` +
	'<contactId>33457</contactId><emailAddress>j.mcexample@example.com</emailAddress><mobileNumber>48505606707</mobileNumber>' +
	'<identifier>CRM-0001</identifier>' +
	repeat(15, (index) => `<attributes><name>user.CustomAttribute.Field${index}</name><value>Value ${index} &amp; more</value></attributes>`) +
	'<unifiedIdentifiers><name>crm</name><value>0001</value></unifiedIdentifiers>' +
	'</return></ns2:contactGetResponse></S:Body></S:Envelope>';
const CONTACT_ARRAYS = ['*.attributes', '*.unifiedIdentifiers', '*.channelAddresses'];

interface BenchCase {
	name: string;
	kind: 'build' | 'parse';
	/** Both sides, each returning what it made (kept so the work cannot be optimised away). */
	codec: () => unknown;
	raw: () => unknown;
	/** Checks once that both sides agree; gives the document's size. */
	check: () => number;
}

/**
 * Both sides start from the same data and end with the same text: the direct caller builds fast-xml-parser's ordered
 * tree from the data on every call (as it must for every request), then lets fast-xml-parser write and escape it.
 */
function buildCase(name: string, codec: () => string, rawInput: () => OrderedNode[]): BenchCase {
	const raw = () => rawBuilder.build(rawInput()) as string;
	return {
		name,
		kind: 'build',
		codec,
		raw,
		check() {
			const fromCodec = codec();
			const fromRaw = raw();
			if (fromCodec !== fromRaw) {
				let index = 0;
				while (fromCodec[index] === fromRaw[index]) index++;
				const around = (text: string) => text.slice(Math.max(0, index - 20), index + 40);
				throw new Error(`${name}: outputs differ at ${index}: …${around(fromCodec)}… / …${around(fromRaw)}…`);
			}
			return Buffer.byteLength(fromCodec);
		},
	};
}

function cases(): BenchCase[] {
	const transactional = transactionalRequest();
	const multiData = multiDataRequest();
	const send = mappSendRequest();
	const sendModel: XmlElement = {
		'@xmlns:soapenv': SOAP_ENVELOPE_NAMESPACE,
		[`@xmlns:${send.prefix}`]: send.namespace,
		'soapenv:Header': null,
		'soapenv:Body': { [`${send.prefix}:${send.operation}`]: send.body },
	};
	return [
		buildCase('build ExpertSender transactional, 5 snippets', () => buildXml('ApiRequest', transactional), () => orderedOf('ApiRequest', transactional)),
		buildCase('build ExpertSender MultiData, 100 subscribers', () => buildXml('ApiRequest', multiData), () => orderedOf('ApiRequest', multiData)),
		buildCase('build Mapp SOAP messageSendTransactional', () => buildSoapEnvelope(send), () => orderedOf('soapenv:Envelope', sendModel)),
		{
			name: 'parse ExpertSender subscriber (Full)',
			kind: 'parse',
			codec: () => parseXml(SUBSCRIBER_RESPONSE, { arrays: SUBSCRIBER_ARRAYS }),
			raw: () => rawParse(SUBSCRIBER_RESPONSE),
			check() {
				// xsi:nil="true" is null to the codec and an empty element with the attribute to a direct caller.
				const raw = orderedContent(rawParse(SUBSCRIBER_RESPONSE), '', false)
					.filter((line) => !line.endsWith('/DateValue/@xsi:nil=true'));
				assertSameContent(this.name, parsedContent(parseXml(SUBSCRIBER_RESPONSE, { arrays: SUBSCRIBER_ARRAYS }), ''), raw);
				return Buffer.byteLength(SUBSCRIBER_RESPONSE);
			},
		},
		{
			name: 'parse ExpertSender lists, 100 lists',
			kind: 'parse',
			codec: () => parseXml(LISTS_RESPONSE, { arrays: LISTS_ARRAYS }),
			raw: () => rawParse(LISTS_RESPONSE),
			check() {
				const codec = parsedContent(parseXml(LISTS_RESPONSE, { arrays: LISTS_ARRAYS }), '');
				assertSameContent(this.name, codec, orderedContent(rawParse(LISTS_RESPONSE), '', false));
				return Buffer.byteLength(LISTS_RESPONSE);
			},
		},
		{
			name: 'parse Mapp SOAP contactGetResponse',
			kind: 'parse',
			codec: () => parseSoapEnvelope(CONTACT_RESPONSE, { arrays: CONTACT_ARRAYS }),
			raw: () => rawSoapBody(CONTACT_RESPONSE),
			check() {
				const codec = parseSoapEnvelope(CONTACT_RESPONSE, { arrays: CONTACT_ARRAYS });
				const raw = rawSoapBody(CONTACT_RESPONSE);
				if (codec.operation !== raw.operation) throw new Error(`${this.name}: operations differ`);
				assertSameContent(this.name, parsedContent(codec.value, ''), orderedContent(raw.node[elementName(raw.node)!] as OrderedNode[], '', true));
				return Buffer.byteLength(CONTACT_RESPONSE);
			},
		},
	];
}

// ------------------------------------------------------------------------------------------ timing

let sink = 0;

function consume(result: unknown): void {
	// Touching the result keeps the engine from dropping the work.
	sink = (sink + (typeof result === 'string' ? result.length : result === undefined ? 0 : 1)) | 0;
}

/** Runs `fn` `iterations` times; gives the nanoseconds taken. */
function timeIterations(fn: () => unknown, iterations: number): number {
	const started = process.hrtime.bigint();
	for (let index = 0; index < iterations; index++) consume(fn());
	return Number(process.hrtime.bigint() - started);
}

/** Runs `fn` for about `ms`; gives nanoseconds per operation. */
function warmUp(fn: () => unknown, ms: number): number {
	let iterations = 0;
	const started = process.hrtime.bigint();
	const until = started + BigInt(Math.round(ms * 1e6));
	let now = started;
	while (now < until || iterations === 0) {
		consume(fn());
		iterations++;
		now = process.hrtime.bigint();
	}
	return Number(now - started) / iterations;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function benchCodec(options: CodecBenchOptions = {}): Promise<CodecBenchResult[]> {
	const rounds = options.runs ?? 15;
	const roundMs = options.roundMs ?? 100;
	const warmupMs = options.warmupMs ?? 300;
	const filters = (options.cases ?? []).map((filter) => filter.toLowerCase());
	const log = options.log ?? (() => undefined);
	const selected = cases().filter((candidate) => filters.length === 0 || filters.some((filter) => candidate.name.toLowerCase().includes(filter)));
	const results: CodecBenchResult[] = [];
	for (const benchCase of selected) {
		const bytes = benchCase.check();
		const codecNs = warmUp(benchCase.codec, warmupMs);
		const rawNs = warmUp(benchCase.raw, warmupMs);
		const codecIterations = Math.max(1, Math.round((roundMs * 1e6) / codecNs));
		const rawIterations = Math.max(1, Math.round((roundMs * 1e6) / rawNs));
		const codecRates: number[] = [];
		const rawRates: number[] = [];
		const ratios: number[] = [];
		// The sides alternate round by round, and the ratio is taken per pair of neighbouring rounds, so that drift
		// (GC, CPU frequency, other processes) hits both sides of a ratio alike.
		for (let round = 0; round < rounds; round++) {
			const codecRate = (codecIterations * 1e9) / timeIterations(benchCase.codec, codecIterations);
			const rawRate = (rawIterations * 1e9) / timeIterations(benchCase.raw, rawIterations);
			codecRates.push(codecRate);
			rawRates.push(rawRate);
			ratios.push(rawRate / codecRate);
			// Let timers and I/O run between rounds.
			await new Promise((resolve) => setImmediate(resolve));
		}
		const result: CodecBenchResult = {
			name: benchCase.name,
			kind: benchCase.kind,
			bytes,
			codecOpsPerSecond: median(codecRates),
			rawOpsPerSecond: median(rawRates),
			ratio: median(ratios),
		};
		const rates = `codec ${Math.round(result.codecOpsPerSecond)} ops/s, raw ${Math.round(result.rawOpsPerSecond)} ops/s`;
		log(`${result.name}: ${rates}, ratio ${result.ratio.toFixed(2)}`);
		results.push(result);
	}
	return results;
}

export function formatTable(results: CodecBenchResult[]): string {
	const rows = [
		['case', 'bytes', 'codec ops/s', 'raw ops/s', 'codec/raw time', ''],
		...results.map((result) => [
			result.name,
			String(result.bytes),
			Math.round(result.codecOpsPerSecond).toLocaleString('en-US'),
			Math.round(result.rawOpsPerSecond).toLocaleString('en-US'),
			result.ratio.toFixed(2),
			result.ratio <= TARGET_RATIO ? 'ok' : `over ${TARGET_RATIO}`,
		]),
	];
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows
		.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd())
		.join('\n');
}

async function main(): Promise<void> {
	const numberArgument = (name: string) => {
		const found = process.argv.find((argument) => argument.startsWith(`--${name}=`));
		return found === undefined ? undefined : Number(found.split('=')[1]);
	};
	const casesArgument = process.argv.filter((argument) => argument.startsWith('--case=')).map((argument) => argument.slice('--case='.length));
	const results = await benchCodec({
		runs: numberArgument('runs'),
		roundMs: numberArgument('round-ms'),
		warmupMs: numberArgument('warmup-ms'),
		cases: casesArgument,
		log: (line) => console.error(line),
	});
	console.log(`Node ${process.version}; medians of the rounds (ratio: of each round pair); target: codec/raw time <= ${TARGET_RATIO}`);
	console.log(formatTable(results));
	if (results.some((result) => result.ratio > TARGET_RATIO)) process.exitCode = 1;
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(error.stack ?? error.message);
		process.exit(2);
	});
}
