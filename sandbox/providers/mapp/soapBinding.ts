/**
 * The SOAP API's binding, JAXB-like: the operation element's children checked against the WSDL's sequence (order,
 * cardinality, unqualified names) and bound to the arguments of the emulated method. Text is kept exactly as sent.
 */
import { XMLParser } from 'fast-xml-parser';

import { lookupTable } from '../../../nodes/shared/lookupTable';
import { invalidParameter, SoapClientFault } from './errors';
import { MAPP_ECM_NAMESPACE } from './fixtures';
import { isBase64, type Args, type NameValueArg, type Particle, type Schema } from './operation';

export type OrderedNode = Record<string, unknown>;

export const orderedParser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	// Like a JAXB server, keep text exactly: no trimming; character and entity references are decoded in textOf (so
	// that `&#13;` gives a carriage return) and CDATA is taken as it stands.
	trimValues: false,
	processEntities: false,
	htmlEntities: false,
	cdataPropName: '#cdata',
	ignoreDeclaration: true,
});

const PREDEFINED_ENTITIES: Record<string, string> = lookupTable({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

/** Decodes XML's predefined entities and character references; anything else is not well-formed. */
function decodeText(raw: string): string {
	return raw.replace(/&([^;&\s<]*);|&/g, (match, name: string | undefined) => {
		if (name !== undefined && name in PREDEFINED_ENTITIES) return PREDEFINED_ENTITIES[name];
		const code = name === undefined ? NaN : /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? Number(name.slice(1)) : NaN;
		if (Number.isNaN(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
			throw new SoapClientFault('S:Client', `Couldn't create SOAP message: "${match}" is not a defined entity or character reference`);
		}
		return String.fromCodePoint(code);
	});
}

export function tagOf(node: OrderedNode): string | undefined {
	return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#'));
}

export function attributesOf(node: OrderedNode): Record<string, string> {
	return (node[':@'] as Record<string, string> | undefined) ?? {};
}

export function childElements(node: OrderedNode, tag: string): OrderedNode[] {
	return ((node[tag] as OrderedNode[] | undefined) ?? []).filter((child) => tagOf(child) !== undefined);
}

function textOf(node: OrderedNode, tag: string): string {
	return ((node[tag] as OrderedNode[] | undefined) ?? [])
		.map((child) => {
			if ('#text' in child) return decodeText(String(child['#text']));
			if ('#cdata' in child) return ((child['#cdata'] as OrderedNode[] | undefined) ?? []).map((part) => String(part['#text'] ?? '')).join('');
			return '';
		})
		.join('');
}

/** Checks an element's children against a sequence and gives their values (arrays for repeated particles). */
export function bindSequence(node: OrderedNode, tag: string, particles: Particle[], path: string): Record<string, unknown> {
	const children = childElements(node, tag);
	for (const child of children) {
		const name = tagOf(child)!;
		if (name.includes(':')) {
			throw new SoapClientFault(
				'S:Client',
				`Unmarshalling Error: unexpected element (uri:"${MAPP_ECM_NAMESPACE}", local:"${name.split(':')[1]}"). The children of ${path} are unqualified.`,
			);
		}
		if ('xmlns' in attributesOf(child) && attributesOf(child).xmlns !== '') {
			throw new SoapClientFault(
				'S:Client',
				`Unmarshalling Error: unexpected element (uri:"${attributesOf(child).xmlns}", local:"${name}"). The children of ${path} are unqualified.`,
			);
		}
	}
	const values: Record<string, unknown> = {};
	let position = 0;
	for (const particle of particles) {
		const matched: unknown[] = [];
		while (position < children.length && tagOf(children[position]) === particle.name) {
			if (!particle.many && matched.length === 1) break;
			matched.push(bindValue(children[position], particle.name, particle.type, `${path}/${particle.name}`));
			position++;
		}
		if (matched.length < particle.min) {
			const found = children[position] ? tagOf(children[position]) : undefined;
			throw new SoapClientFault(
				'S:Client',
				found
					? `Unmarshalling Error: unexpected element (uri:"", local:"${found}"). Expected elements are <{}${particle.name}>`
					: `Unmarshalling Error: element ${path} misses the required element <{}${particle.name}>`,
			);
		}
		if (matched.length > 0) values[particle.name] = particle.many ? matched : matched[0];
	}
	if (position < children.length) {
		const expected = particles.map((particle) => `<{}${particle.name}>`).join(',');
		throw new SoapClientFault(
			'S:Client',
			`Unmarshalling Error: unexpected element (uri:"", local:"${tagOf(children[position])}"). Expected elements are ${expected}`,
		);
	}
	return values;
}

function bindValue(node: OrderedNode, tag: string, type: Schema, path: string): unknown {
	if (type.kind === 'sequence') return bindSequence(node, tag, type.children, path);
	if (childElements(node, tag).length > 0) {
		throw new SoapClientFault('S:Client', `Unmarshalling Error: ${path} is a simple value, not a structure`);
	}
	const text = textOf(node, tag);
	if (type.kind === 'long' && !/^-?\d+$/.test(text.trim())) {
		throw invalidParameter(path.split('/').pop()!, text, 'not a number');
	}
	if (type.kind === 'enum' && !type.values.includes(text)) {
		throw invalidParameter(path.split('/').pop()!, text, `one of ${type.values.join(', ')} expected`);
	}
	if (type.kind === 'base64' && !isBase64(text)) {
		throw invalidParameter('content', text.slice(0, 20), 'attachment content must be Base64');
	}
	return type.kind === 'long' ? text.trim() : text;
}

/** Resolves the namespace of a prefixed name from the declarations on the element and its ancestors. */
export function namespaceOf(name: string, scopes: Array<Record<string, string>>): string | undefined {
	const colon = name.indexOf(':');
	const key = colon === -1 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`;
	for (let index = scopes.length - 1; index >= 0; index--) {
		if (key in scopes[index]) return scopes[index][key];
	}
	return undefined;
}

export function localOf(name: string): string {
	return name.slice(name.indexOf(':') + 1);
}

type Bound = Record<string, unknown>;

function soapPairs(list: unknown): NameValueArg[] {
	return ((list as Bound[] | undefined) ?? []).map((pair) => ({
		name: String(pair.name),
		value: pair.value === undefined ? null : String(pair.value),
	}));
}

/** The bound values as the arguments the methods take, in the shape the REST binding gives them. */
export function soapArgs(values: Bound): Args {
	const args: Args = {};
	for (const [key, value] of Object.entries(values)) if (typeof value === 'string') args[key] = value;
	if (values.identifier) args.identifier = values.identifier as { type: string; value: string };
	if (values.contact) {
		const contact = values.contact as Bound;
		args.contact = {
			contactId: contact.contactId as string | undefined,
			emailAddress: contact.emailAddress as string | undefined,
			mobileNumber: contact.mobileNumber as string | undefined,
			applicationAlias: contact.applicationAlias as string | undefined,
			identifier: contact.identifier as string | undefined,
			attributes: soapPairs(contact.attributes),
		};
	}
	if (values.additionalContent !== undefined) {
		const content = values.additionalContent as Bound;
		args.content = {
			parameters: soapPairs(content.parameters),
			attachments: ((content.attachments as Bound[] | undefined) ?? []).map((attachment) => ({
				name: String(attachment.name),
				contentType: String(attachment.contentType),
				content: String(attachment.content),
			})),
		};
	}
	return args;
}
