import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { lookupTable } from '../lookupTable';
import { Base64Content, base64Text, collectParts, type EncodedPart } from './base64';
import { CodecError, excerptOf } from './errors';
import { MAX_DEPTH } from './json';

/**
 * The XML object model every node writes its requests in.
 *
 * - Keys of a plain object are child elements, written in the order given (so a schema's sequence order is kept).
 * - A key starting with `@` is an attribute (`'@xsi:type': 'Subscriber'`); `#text` is the element's own text.
 * - An array is a repeated element; `undefined` leaves the element out; `null` writes an empty element.
 * - `cdata(text)` marks a value that goes into CDATA (HTML snippets); everything else is escaped.
 * - `base64Of(buffer)` is binary content written as base64 text (attachments), encoded only when written.
 */
export type XmlScalar = string | number | boolean | bigint;
export type XmlValue = XmlScalar | XmlCdata | Base64Content | XmlElement | XmlValue[] | null | undefined;
export interface XmlElement {
	[nameOrAttribute: string]: XmlValue;
}

export class XmlCdata {
	constructor(readonly text: string) {}
}

export function cdata(text: string): XmlCdata {
	return new XmlCdata(text);
}

/**
 * What parsing gives back: a leaf element is its text (always a string, so `00123` stays `00123`), an element with
 * children or attributes is an object (`@name` for attributes, `#text` for mixed text), a repeated element or one
 * declared as a list is an array, and an element with `xsi:nil="true"` is null.
 */
export type XmlParsed = string | null | XmlParsedElement | XmlParsed[];
export interface XmlParsedElement {
	[nameOrAttribute: string]: XmlParsed;
}

export interface XmlBuildOptions {
	/** Writes `<?xml version="1.0" encoding="UTF-8"?>` first. ExpertSender wants none; SOAP servers accept both. */
	declaration?: boolean;
}

export interface XmlParseOptions {
	/**
	 * Elements that are lists in the provider's schema and so are arrays even when only one arrives. Each entry is a
	 * dot path of element names from the root (`ApiResponse.Data.Lists.List`) or `*.Name` for that name anywhere.
	 */
	arrays?: readonly string[];
	/** Drops namespace prefixes from element and attribute names (SOAP responses use whatever prefixes they like). */
	localNames?: boolean;
	/** Names the document in error messages, e.g. "The ExpertSender response". */
	what?: string;
}

// XML 1.0 Char production: anything outside it cannot be written, escaped or not.
const FORBIDDEN_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const TEXT_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\r': '&#13;',
};
// Attribute values are whitespace-normalised by every XML parser, so tabs and newlines must be references there.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' };

type OrderedNode = Record<string, unknown>;


const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	// No DOCTYPE is ever honoured (it is refused before parsing) and entities are decoded below, by us, so that an
	// entity definition can neither expand nor reach a file.
	processEntities: false,
	htmlEntities: false,
	ignoreDeclaration: true,
	ignorePiTags: true,
	cdataPropName: '#cdata',
	commentPropName: false,
});

function assertWritable(text: string, where: string): void {
	const match = FORBIDDEN_CHARACTER.exec(text);
	if (match) {
		const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		throw new CodecError(
			`The value of ${where} contains the character U+${code} at position ${match.index}, which XML 1.0 does not allow; remove it from the value`,
		);
	}
}

// Printable ASCII without the characters XML escapes: most values are this, and need neither check nor escaping.
const NEEDS_WORK = /[^\x20-\x21\x23-\x25\x28-\x3b\x3d\x3f-\x7e]/;

function escapeWith(text: string, escapes: Record<string, string>, where: string): string {
	if (!NEEDS_WORK.test(text)) return text;
	assertWritable(text, where);
	return text.replace(/[&<>"'\r\t\n]/g, (c) => escapes[c] ?? c);
}

// Element and attribute names come from the nodes' code, a few dozen in all: each is checked once.
const CHECKED_NAMES = new Set<string>();

function assertName(name: string, where: string): void {
	if (CHECKED_NAMES.has(name)) return;
	if (!NAME.test(name)) throw new CodecError(`"${name}" is not a valid XML name (in ${where})`);
	if (CHECKED_NAMES.size < 10_000) CHECKED_NAMES.add(name);
}

/** CDATA cannot hold `]]>` nor keep a carriage return, so both are written outside the sections. */
function cdataText(text: string, where: string): string {
	assertWritable(text, where);
	let out = '';
	text.split('\r').forEach((line, lineIndex) => {
		if (lineIndex > 0) out += '&#13;';
		const parts = line.split(']]>');
		parts.forEach((part, partIndex) => {
			const section = `${partIndex > 0 ? '>' : ''}${part}${partIndex < parts.length - 1 ? ']]' : ''}`;
			if (section !== '') out += `<![CDATA[${section}]]>`;
		});
	});
	return out;
}

function scalarText(value: XmlScalar): string {
	return typeof value === 'string' ? value : String(value);
}

/** An element without content is written empty (`<Name/>`), as the providers' examples write them. */
function element(name: string, attributes: string, content: string): string {
	return content === '' ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`;
}

function attributeText(name: string, attribute: string, value: XmlValue, path: string): string {
	const where = `${path}/@${attribute}`;
	assertName(attribute, where);
	if (value !== null && typeof value === 'object') throw new CodecError(`The attribute ${where} must be a plain value`);
	return ` ${attribute}="${escapeWith(value === null ? '' : scalarText(value as XmlScalar), ATTRIBUTE_ESCAPES, where)}"`;
}

/** An element's own text (`#text`): CDATA, base64 or an escaped scalar. */
function ownText(value: XmlValue, path: string): string {
	if (value instanceof XmlCdata) return cdataText(value.text, path);
	// Base64 (and the marker standing for it) is letters, digits, `+`, `/` and `=`: nothing to escape.
	if (value instanceof Base64Content) return base64Text(value);
	if (value === null || value === undefined || typeof value === 'object') return '';
	return escapeWith(scalarText(value), TEXT_ESCAPES, path);
}

/** Writes the XML text straight from the object model (no intermediate tree: a MultiData of 100 rows is one pass). */
function writeXml(name: string, value: XmlValue, path: string): string {
	if (value === undefined) return '';
	if (Array.isArray(value)) {
		let out = '';
		for (const entry of value) out += writeXml(name, entry, path);
		return out;
	}
	assertName(name, path);
	if (value === null) return `<${name}/>`;
	if (typeof value !== 'object' || value instanceof XmlCdata || value instanceof Base64Content) return element(name, '', ownText(value, path));
	let attributes = '';
	let content = '';
	for (const key of Object.keys(value)) {
		const child = value[key];
		if (child === undefined) continue;
		if (key.startsWith('@')) attributes += attributeText(name, key.slice(1), child, path);
		else if (key === '#text') content += ownText(child, path);
		else content += writeXml(key, child, `${path}/${key}`);
	}
	return element(name, attributes, content);
}

/** How many elements `value` writes as `name`: arrays, nested ones too, are repeated elements. */
function elementCount(value: XmlValue): number {
	if (value === undefined) return 0;
	return Array.isArray(value) ? value.reduce<number>((sum, entry) => sum + elementCount(entry), 0) : 1;
}

/** Writes `value` as the document element `rootName`. Throws a CodecError naming the field for unwritable input. */
export function buildXml(rootName: string, value: XmlValue, options: XmlBuildOptions = {}): string {
	// Written first, so that a value that cannot be written is named before the shape of the root is judged.
	const body = writeXml(rootName, value, rootName);
	if (elementCount(value) !== 1) throw new CodecError(`The XML document element ${rootName} must be a single element`);
	return options.declaration ? `<?xml version="1.0" encoding="UTF-8"?>${body}` : body;
}

/**
 * The document `buildXml` writes, as parts: its text, with each Base64Content left as itself where its base64 stands.
 * The parts join to exactly `buildXml`'s output; without binary content they are that one text.
 */
export function buildXmlParts(rootName: string, value: XmlValue, options: XmlBuildOptions = {}): EncodedPart[] {
	return collectParts(() => buildXml(rootName, value, options));
}

// No prototype: `&toString;` or `&__proto__;` must be unknown entities, not Object.prototype's members.
const PREDEFINED_ENTITIES: Record<string, string> = lookupTable({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

/** Decodes the five predefined entities and character references; any other entity is an error (there is no DTD). */
function decodeEntities(raw: string, what: string): string {
	if (!raw.includes('&')) return raw;
	// References are read up to 32 characters, so that a long one (`&#x0000000041;`, an unknown name) is read whole.
	return raw.replace(/&([^;&\s]{0,32});|&/g, (whole, reference: string | undefined) => {
		let decoded: string | undefined;
		if (reference !== undefined) {
			if (reference.startsWith('#x')) decoded = fromCodePoint(parseInt(reference.slice(2), 16));
			else if (reference.startsWith('#')) decoded = fromCodePoint(parseInt(reference.slice(1), 10));
			else decoded = PREDEFINED_ENTITIES[reference];
		}
		if (decoded === undefined) {
			throw new CodecError(`${what} uses an undefined or malformed entity reference "${whole}"`, whole);
		}
		return decoded;
	});
}

function fromCodePoint(code: number): string | undefined {
	if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) return undefined;
	const character = String.fromCodePoint(code);
	return FORBIDDEN_CHARACTER.test(character) ? undefined : character;
}

function localName(name: string): string {
	const colon = name.indexOf(':');
	return colon === -1 ? name : name.slice(colon + 1);
}

/** Refuses a DOCTYPE before the document element: no external entities (XXE) and no entity expansion bombs. */
function assertNoDoctype(text: string, what: string): void {
	const root = /<[A-Za-z_]/.exec(text);
	const prolog = root ? text.slice(0, root.index) : text;
	if (/<!DOCTYPE|<!ENTITY/i.test(prolog)) {
		throw new CodecError(
			`${what} contains a document type declaration (DOCTYPE), which is refused so that no entity is expanded or external file read`,
			excerptOf(prolog),
		);
	}
}

function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let current = 1; current < line; current++) {
		const next = text.indexOf('\n', offset);
		if (next === -1) break;
		offset = next + 1;
	}
	return offset + Math.max(0, column - 1);
}

/** The `arrays` option's dot paths as a tree of element names: no path string is built while converting. */
interface ListTree {
	list: boolean;
	children: Map<string, ListTree>;
}

function listTree(paths: readonly string[]): ListTree {
	const root: ListTree = { list: false, children: new Map() };
	for (const path of paths) {
		let node = root;
		for (const step of path.split('.')) {
			let next = node.children.get(step);
			if (!next) node.children.set(step, (next = { list: false, children: new Map() }));
			node = next;
		}
		node.list = true;
	}
	return root;
}

interface ConvertContext {
	/** The names given in the `arrays` option as `*.Name`. */
	listNames: ReadonlySet<string>;
	localNames: boolean;
	what: string;
}

/** The element name of an ordered node: its one key other than `:@`. */
function elementKey(node: OrderedNode): string {
	for (const key in node) if (key !== ':@') return key;
	return '';
}

/** Shared by every element without attributes (most of them); never written to. */
const NO_ATTRIBUTES: XmlParsedElement = Object.freeze({});

/** An element's attributes as `@name` keys (namespace declarations left out); null when it is `xsi:nil="true"`. */
function convertAttributes(
	rawAttributes: Record<string, string> | undefined,
	context: ConvertContext,
): XmlParsedElement | null {
	if (rawAttributes === undefined) return NO_ATTRIBUTES;
	const attributes: XmlParsedElement = {};
	let nil = false;
	for (const rawName in rawAttributes) {
		const rawValue = rawAttributes[rawName];
		if (rawName === 'xmlns' || rawName.startsWith('xmlns:')) continue;
		const name = context.localNames ? localName(rawName) : rawName;
		// Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space, references do not.
		const value = decodeEntities(rawValue.replace(/[\t\n\r]/g, ' '), context.what);
		if (localName(rawName) === 'nil' && value === 'true') nil = true;
		attributes[`@${name}`] = value;
	}
	return nil ? null : attributes;
}

/** Adds one converted child under its name: a second child of the same name, or a listed path, makes a list. */
function addChild(elements: XmlParsedElement, name: string, isList: boolean, value: XmlParsed): void {
	const existing = elements[name];
	if (existing === undefined) {
		elements[name] = isList ? [value] : value;
	} else if (Array.isArray(existing) && (isList || existing.length > 1)) {
		existing.push(value);
	} else {
		elements[name] = [existing, value];
	}
}

function isEmpty(object: object): boolean {
	for (const _ in object) return false;
	return true;
}

/** Text, attributes and child elements as one value: a string, an object, or the elements alone. */
function assembleElement(text: string, attributes: XmlParsedElement, elements: XmlParsedElement | undefined): XmlParsed {
	const hasAttributes = attributes !== NO_ATTRIBUTES && !isEmpty(attributes);
	if (!elements) {
		if (!hasAttributes) return text;
		return text === '' ? attributes : { ...attributes, '#text': text };
	}
	// Whitespace between child elements is layout, not content.
	const layout = text === '' || text.trim() === '';
	if (!hasAttributes && layout) return elements;
	return layout ? { ...attributes, ...elements } : { ...attributes, '#text': text, ...elements };
}

function convertElement(
	children: OrderedNode[],
	rawAttributes: Record<string, string> | undefined,
	tree: ListTree | undefined,
	context: ConvertContext,
	depth = 1,
): XmlParsed {
	if (depth > MAX_DEPTH) throw new CodecError(`${context.what} is nested deeper than ${MAX_DEPTH} elements, which is refused`);
	// A leaf with text and no attributes, most elements of an answer: its text.
	const leafText = rawAttributes === undefined && children.length === 1 ? children[0]['#text'] : undefined;
	if (typeof leafText === 'string') return decodeEntities(leafText, context.what);
	const attributes = convertAttributes(rawAttributes, context);
	if (attributes === null) return null;
	let text = '';
	let elements: XmlParsedElement | undefined;
	for (const child of children) {
		if ('#text' in child) {
			text += decodeEntities(child['#text'] as string, context.what);
		} else if ('#cdata' in child) {
			text += (child['#cdata'] as Array<{ '#text': string }>).map((part) => part['#text']).join('');
		} else {
			const rawName = elementKey(child);
			const name = context.localNames ? localName(rawName) : rawName;
			const childTree = tree?.children.get(name);
			const childAttributes = child[':@'] as Record<string, string> | undefined;
			const value = convertElement(child[rawName] as OrderedNode[], childAttributes, childTree, context, depth + 1);
			const isList = childTree?.list === true || (context.listNames.size > 0 && context.listNames.has(name));
			addChild((elements ??= {}), name, isList, value);
		}
	}
	return assembleElement(text, attributes, elements);
}

/**
 * Parses a whole XML document into `{ [rootName]: value }`. Malformed or truncated XML, a DOCTYPE, an unknown entity
 * or an empty body is a CodecError with a short excerpt.
 */
export function parseXml(text: string, options: XmlParseOptions = {}): XmlParsedElement {
	const what = options.what ?? 'The response body';
	if (text.trim() === '') throw new CodecError(`${what} is empty where an XML document was expected`);
	assertNoDoctype(text, what);
	const validation = XMLValidator.validate(text, { allowBooleanAttributes: false });
	if (validation !== true) {
		const { line, col } = validation.err;
		// fast-xml-parser reports a document that ends inside elements as "Invalid '[ "a", "b" ]' found."
		const unclosed = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(validation.err.msg);
		const msg = unclosed
			? `it ends before closing ${(JSON.parse(unclosed[1]) as string[]).join(', ')}: the body is truncated`
			: validation.err.msg;
		throw new CodecError(
			`${what} is not well-formed XML (line ${line}, column ${col}: ${msg})`,
			excerptOf(text, offsetOf(text, line, col)),
		);
	}
	let nodes: OrderedNode[] | undefined;
	let refusal = '';
	try {
		nodes = parser.parse(text) as OrderedNode[];
	} catch (error) {
		// fast-xml-parser refuses some element names (`__proto__`, `constructor`) with a plain Error.
		refusal = (error as Error).message;
	}
	if (!nodes) throw new CodecError(`${what} could not be read as XML: ${refusal}`, excerptOf(text));
	const arrays = options.arrays ?? [];
	const tree = listTree(arrays.filter((entry) => !entry.startsWith('*.')));
	const context: ConvertContext = {
		listNames: new Set(arrays.filter((entry) => entry.startsWith('*.')).map((entry) => entry.slice(2))),
		localNames: options.localNames ?? false,
		what,
	};
	const rootNode = nodes.find((node) => !('#text' in node) && !('#cdata' in node));
	if (!rootNode) throw new CodecError(`${what} has no document element`, excerptOf(text));
	const rawName = Object.keys(rootNode).find((key) => key !== ':@')!;
	const name = context.localNames ? localName(rawName) : rawName;
	return {
		[name]: convertElement(
			rootNode[rawName] as OrderedNode[],
			rootNode[':@'] as Record<string, string> | undefined,
			tree.children.get(name),
			context,
		),
	};
}

/** Reads a parsed value as an object, treating text-only and empty elements as an empty object. */
export function asXmlElement(value: XmlParsed | undefined): XmlParsedElement {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Reads a parsed value as a list: absent is empty, a single element is a list of one. */
export function asXmlList(value: XmlParsed | undefined): XmlParsed[] {
	if (value === undefined || value === '') return [];
	return Array.isArray(value) ? value : [value];
}

/** Reads the text of a parsed value (`#text` of an element with attributes), or undefined when absent or nil. */
export function xmlText(value: XmlParsed | undefined): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return xmlText(value[0]);
	const text = value['#text'];
	return typeof text === 'string' ? text : '';
}
