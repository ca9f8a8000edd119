import { parseSoapEnvelope, SoapFault } from '../../nodes/shared/codec';
import { MAPP_PASSWORD, MAPP_USER } from '../../sandbox/providers/mapp';
import { basic, ECM, envelope, SOAPENV, useMappSandbox } from '../MappEngage/helpers';

/**
 * The emulator is written from Mapp's documentation (the Mapp Engage REST API, the SOAP API and its WSDL, "Sending a
 * Single Prepared Email", "Sending a Single Prepared SMS") and refuses what Mapp would refuse.
 */
describe('Mapp sandbox strictness', () => {
	const { sandbox, provider } = useMappSandbox();
	const auth = () => basic(MAPP_USER, MAPP_PASSWORD);

	async function soap(text: string, headers: Record<string, string> = {}) {
		const response = await fetch(`${sandbox.url}/mapp/api/soap/v19`, {
			method: 'POST',
			headers: { Authorization: auth(), 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""', ...headers },
			body: text,
		});
		return { status: response.status, text: await response.text() };
	}

	async function rest(path: string, body: string | undefined, headers: Record<string, string> = {}) {
		const response = await fetch(`${sandbox.url}/mapp/api/rest/v19${path}`, {
			method: 'POST',
			headers: { Authorization: auth(), Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
			body,
		});
		return { status: response.status, text: await response.text() };
	}

	function fault(text: string): SoapFault {
		try {
			parseSoapEnvelope(text);
		} catch (error) {
			if (error instanceof SoapFault) return error;
			throw error;
		}
		throw new Error('no fault');
	}

	const SEND = '<messageId>23541</messageId><recipientId>33457</recipientId><additionalContent/>';

	it('accepts the correct envelope and answers with the operation response', async () => {
		const response = await soap(envelope('messageSendSingle', SEND));
		expect(response.status).toBe(200);
		expect(parseSoapEnvelope(response.text).operation).toBe('messageSendSingleResponse');
		expect(provider.sendouts).toHaveLength(1);
	});

	it('refuses the tenant-host ecm namespace of the "Sending a Single Prepared Email" page (the WSDL\'s targetNamespace is http://ecircle.com/developer/ecmapi)', async () => {
		const text = envelope('messageSendSingle', SEND).replace(ECM, 'https://your-engage-domain.com/developer/ecmapi');
		const response = await soap(text);
		expect(response.status).toBe(500);
		expect(fault(response.text).faultString).toBe(
			'Cannot find dispatch method for {https://your-engage-domain.com/developer/ecmapi}messageSendSingle',
		);
		expect(provider.sendouts).toEqual([]);
	});

	it('refuses an https SOAP envelope namespace with VersionMismatch', async () => {
		const response = await soap(envelope('contactGet', '').replace(SOAPENV, 'https://schemas.xmlsoap.org/soap/envelope/'));
		expect(response.status).toBe(500);
		expect(response.text).toContain('<faultcode>S:VersionMismatch</faultcode>');
	});

	it('refuses children in the wrong order', async () => {
		const response = await soap(
			envelope('messageSendSingle', '<recipientId>33457</recipientId><messageId>23541</messageId><additionalContent/>'),
		);
		expect(response.status).toBe(500);
		expect(fault(response.text).faultString).toBe(
			'Unmarshalling Error: unexpected element (uri:"", local:"recipientId"). Expected elements are <{}messageId>',
		);
		expect(provider.sendouts).toEqual([]);
	});

	it('refuses qualified children, by prefix or by a default namespace', async () => {
		const prefixed = await soap(envelope('contactGet', '<ecm:identifier><type>EMAIL</type><value>a@example.com</value></ecm:identifier>'));
		expect(fault(prefixed.text).faultString).toContain('are unqualified');
		const defaulted = await soap(
			`<soapenv:Envelope xmlns:soapenv="${SOAPENV}"><soapenv:Body><contactGet xmlns="${ECM}"><identifier><type>EMAIL</type><value>j.mcexample@example.com</value></identifier></contactGet></soapenv:Body></soapenv:Envelope>`,
		);
		expect(fault(defaulted.text).faultString).toContain('unqualified');
	});

	it('refuses a missing required element (additionalContent) and an unknown one', async () => {
		const missing = await soap(envelope('messageSendSingle', '<messageId>23541</messageId><recipientId>33457</recipientId>'));
		expect(fault(missing.text).faultString).toContain('misses the required element <{}additionalContent>');
		const unknown = await soap(envelope('messageSendSingle', `${SEND}<priority>high</priority>`));
		expect(fault(unknown.text).faultString).toContain('unexpected element (uri:"", local:"priority")');
	});

	it('answers Mapp errors as faults with the typed exception in <detail>', async () => {
		const response = await soap(envelope('contactGet', '<identifier><type>EMAIL</type><value>nobody.here@example.com</value></identifier>'));
		expect(response.status).toBe(500);
		const error = fault(response.text);
		expect(error.detail?.type).toBe('NoSuchObjectException');
		expect(error.detail?.fields).toEqual({
			errorActor: 'CLIENT',
			errorCode: 'NO_SUCH_OBJECT',
			message: 'Contact with identifier=nobody.here@example.com does not exist.',
			objectType: 'Contact',
			propertyName: 'identifier',
			propertyValue: 'nobody.here@example.com',
		});
	});

	it('needs text/xml and a SOAPAction header for SOAP', async () => {
		expect((await soap(envelope('messageSendSingle', SEND), { 'Content-Type': 'application/soap+xml' })).status).toBe(415);
	});

	it('binds REST bodies strictly: case-sensitive enums, no unknown fields, JSON only', async () => {
		const lowercase = await rest('/contact/get', JSON.stringify({ type: 'email', value: 'j.mcexample@example.com' }));
		expect(lowercase.status).toBe(400);
		expect(lowercase.text).toContain('Cannot deserialize value of type `ContactIdentifierType` from String "email"');
		const unknown = await rest('/contact/create', JSON.stringify({ email: 'x@example.com' }));
		expect(unknown.status).toBe(400);
		expect(unknown.text).toBe('Unrecognized field "email" (class Contact), not marked as ignorable');
		const wrapped = await rest('/message/sendSingle?messageId=23541&recipientId=33457', JSON.stringify({ additionalContent: { parameters: [] } }));
		expect(wrapped.status).toBe(400);
		expect(wrapped.text).toContain('Unrecognized field "additionalContent"');
		const form = await rest('/contact/get', 'type=EMAIL', { 'Content-Type': 'application/x-www-form-urlencoded' });
		expect(form.status).toBe(415);
		const attachment = await rest(
			'/message/sendSingle?messageId=23541&recipientId=33457',
			JSON.stringify({ attachments: [{ name: 'a.pdf', content: 'QUJD' }] }),
		);
		expect(JSON.parse(attachment.text)).toMatchObject({ errorCode: 'MISSING_PARAMETER', parameterName: 'contentType' });
		expect(provider.sendouts).toEqual([]);
	});

	it('answers a missing query parameter with MISSING_PARAMETER, as documented', async () => {
		const response = await rest('/message/sendSingle?recipientId=33457', '{}');
		expect(response.status).toBe(400);
		expect(JSON.parse(response.text)).toEqual({
			errorActor: 'CLIENT',
			errorCode: 'MISSING_PARAMETER',
			message: "Parameter 'messageId' is mandatory but no value was specified.",
			parameterName: 'messageId',
			propertyName: null,
			value: 'null',
		});
	});

	it('refuses an unknown query parameter, also one named like a prototype member', async () => {
		for (const name of ['colour', 'toString', 'constructor']) {
			const response = await rest(`/message/sendSingle?messageId=23541&recipientId=33457&${name}=1`, '{}');
			expect(response.status).toBe(400);
			expect(JSON.parse(response.text)).toMatchObject({ parameterName: name });
		}
		expect(provider.sendouts).toEqual([]);
	});

	it('keeps text exactly as XML gives it: no trimming, character references decoded, literal CR LF read as LF', async () => {
		const value = '  padded &amp; &lt;b&gt; tab\t&#13;&#x1F600;\r\nend  ';
		const response = await soap(
			envelope('messageSendSingle', `${SEND.replace('<additionalContent/>', '')}<additionalContent><parameters><name>P</name><value>${value}</value></parameters><parameters><name>C</name><value><![CDATA[&amp; ]]>x</value></parameters></additionalContent>`),
		);
		expect(response.status).toBe(200);
		expect(provider.sendouts[0].parameters).toEqual([
			{ name: 'P', value: '  padded & <b> tab\t\r\u{1F600}\nend  ' },
			{ name: 'C', value: '&amp; x' },
		]);
	});

	it.each(['nbsp', 'toString', '__proto__'])('refuses the undefined entity &%s; in a SOAP value', async (name) => {
		const response = await soap(envelope('contactGet', `<identifier><type>EMAIL</type><value>a&${name};b</value></identifier>`));
		expect(response.status).toBe(500);
		expect(fault(response.text).faultString).toContain(`"&${name};" is not a defined entity`);
	});

	it('has no operation named like a prototype member', async () => {
		const response = await soap(envelope('constructor', ''));
		expect(response.status).toBe(500);
		expect(fault(response.text).faultString).toBe(`Cannot find dispatch method for {${ECM}}constructor`);
	});

	describe('group/getPreparedMessages and groupGetPreparedMessages', () => {
		const get = async (query: string, init: RequestInit = {}) => {
			const response = await fetch(`${sandbox.url}/mapp/api/rest/v19/group/getPreparedMessages${query}`, {
				method: 'GET',
				...init,
				headers: { Authorization: auth(), Accept: 'application/json', ...(init.headers as Record<string, string> | undefined) },
			});
			return { status: response.status, text: await response.text() };
		};

		it('lists the IDs of the messages the send methods send for the group, in both APIs', async () => {
			expect(await get('?groupId=1200')).toEqual({ status: 200, text: '[23541,23542]' });
			expect(await get('?groupId=1300')).toEqual({ status: 200, text: '[]' });
			const response = await soap(envelope('groupGetPreparedMessages', '<groupId>1400</groupId>'));
			expect(response.status).toBe(200);
			expect(parseSoapEnvelope(response.text, { arrays: ['groupGetPreparedMessagesResponse.messageIds'] })).toEqual({
				operation: 'groupGetPreparedMessagesResponse',
				value: { messageIds: ['23610', '23611', '23612'] },
			});
			// A listed message is one the send methods accept, and it sends to that group.
			expect((await soap(envelope('messageSendSingle', SEND.replace('23541', '23612')))).status).toBe(200);
			expect(provider.groups.get(1400)?.get(33457)).toBe('OPT_IN');
		});

		it('answers NO_SUCH_OBJECT for an unknown group: 400 over REST, a fault over SOAP', async () => {
			const response = await get('?groupId=7777');
			expect(response.status).toBe(400);
			expect(JSON.parse(response.text)).toEqual({
				errorActor: 'CLIENT',
				errorCode: 'NO_SUCH_OBJECT',
				message: 'Group with groupId=7777 does not exist.',
				objectType: 'Group',
				propertyName: 'groupId',
				propertyValue: '7777',
			});
			const faulted = fault((await soap(envelope('groupGetPreparedMessages', '<groupId>7777</groupId>'))).text);
			expect(faulted.detail?.type).toBe('NoSuchObjectException');
		});

		it('is a GET with exactly one long groupId', async () => {
			expect((await get('?groupId=1200', { method: 'POST' })).status).toBe(405);
			expect(JSON.parse((await get('')).text)).toMatchObject({ errorCode: 'MISSING_PARAMETER', parameterName: 'groupId' });
			expect(JSON.parse((await get('?groupId=news')).text)).toMatchObject({ errorCode: 'INVALID_PARAMETER', parameterName: 'groupId' });
			expect(JSON.parse((await get('?groupId=1200&limit=5')).text)).toMatchObject({ errorCode: 'INVALID_PARAMETER', parameterName: 'limit' });
			expect(JSON.parse((await get('?groupId=1200&groupId=1300')).text)).toMatchObject({ errorCode: 'INVALID_PARAMETER', parameterName: 'groupId' });
		});

		it('takes one unqualified long <groupId> over SOAP', async () => {
			expect(fault((await soap(envelope('groupGetPreparedMessages', '<ecm:groupId>1200</ecm:groupId>'))).text).faultString).toContain('are unqualified');
			expect(fault((await soap(envelope('groupGetPreparedMessages', ''))).text).faultString).toContain('misses the required element <{}groupId>');
			expect(fault((await soap(envelope('groupGetPreparedMessages', '<groupId>news</groupId>'))).text).detail?.fields).toMatchObject({
				errorCode: 'INVALID_PARAMETER',
				parameterName: 'groupId',
			});
			expect(fault((await soap(envelope('groupGetPreparedMessages', '<groupId>1200</groupId><groupId>1300</groupId>'))).text).faultString).toContain(
				'unexpected element (uri:"", local:"groupId")',
			);
		});
	});

	it('needs the Authorization header (401) and a valid API user (403)', async () => {
		const none = await fetch(`${sandbox.url}/mapp/api/rest/v19/contact/get`, { method: 'POST', body: '{}' });
		expect(none.status).toBe(401);
		const wrong = await rest('/contact/get', '{}', { Authorization: basic(MAPP_USER, 'nope') });
		expect(wrong.status).toBe(403);
	});
});
