import { buildSoapEnvelope, CodecError, parseSoapEnvelope, SoapFault } from '../../../nodes/shared/codec';

const ENVELOPE = 'http://schemas.xmlsoap.org/soap/envelope/';

describe('SOAP 1.1', () => {
	it('writes the envelope with the operation in its namespace and unqualified children in order', () => {
		expect(
			buildSoapEnvelope({
				namespace: 'http://ecircle.com/developer/ecmapi',
				prefix: 'ecm',
				operation: 'messageSendSingle',
				body: {
					messageId: '123',
					recipientId: '456',
					additionalContent: { parameters: [{ name: 'FirstName', value: 'Jö & Co' }] },
				},
			}),
		).toBe(
			`<soapenv:Envelope xmlns:soapenv="${ENVELOPE}" xmlns:ecm="http://ecircle.com/developer/ecmapi">` +
				'<soapenv:Header/><soapenv:Body><ecm:messageSendSingle><messageId>123</messageId><recipientId>456</recipientId>' +
				'<additionalContent><parameters><name>FirstName</name><value>Jö &amp; Co</value></parameters></additionalContent>' +
				'</ecm:messageSendSingle></soapenv:Body></soapenv:Envelope>',
		);
	});

	it('unwraps the response body whatever prefixes the server uses, with declared lists as arrays', () => {
		const text =
			`<S:Envelope xmlns:S="${ENVELOPE}"><S:Header/><S:Body><ns2:contactGetResponse xmlns:ns2="http://ecircle.com/developer/ecmapi">` +
			'<return><contactId>0042</contactId><attributes><name>FirstName</name><value>Ann</value></attributes></return>' +
			'</ns2:contactGetResponse></S:Body></S:Envelope>';
		expect(parseSoapEnvelope(text, { arrays: ['contactGetResponse.return.attributes'] })).toEqual({
			operation: 'contactGetResponse',
			value: { return: { contactId: '0042', attributes: [{ name: 'FirstName', value: 'Ann' }] } },
		});
	});

	it('gives an empty value for an operation with an empty response element', () => {
		expect(
			parseSoapEnvelope(`<soap:Envelope xmlns:soap="${ENVELOPE}"><soap:Body><ns:messageSendSingleResponse xmlns:ns="x"/></soap:Body></soap:Envelope>`),
		).toEqual({ operation: 'messageSendSingleResponse', value: '' });
	});

	it('throws a Fault as a SoapFault with faultcode, faultstring, faultactor and the typed detail fields', () => {
		const text =
			`<S:Envelope xmlns:S="${ENVELOPE}"><S:Body><S:Fault><faultcode>S:Client</faultcode>` +
			'<faultstring>Contact with identifier=nobody@example.com does not exist.</faultstring><faultactor>ecm</faultactor>' +
			'<detail><ns2:NoSuchObjectException xmlns:ns2="http://ecircle.com/developer/ecmapi"><errorActor>CLIENT</errorActor>' +
			'<errorCode>NO_SUCH_OBJECT</errorCode><message>Contact with identifier=nobody@example.com does not exist.</message>' +
			'<objectType>Contact</objectType><propertyName>identifier</propertyName><propertyValue>nobody@example.com</propertyValue>' +
			'</ns2:NoSuchObjectException></detail></S:Fault></S:Body></S:Envelope>';
		let fault: SoapFault | undefined;
		try {
			parseSoapEnvelope(text);
		} catch (error) {
			fault = error as SoapFault;
		}
		expect(fault).toBeInstanceOf(SoapFault);
		expect({ ...fault, message: fault!.message }).toEqual({
			name: 'SoapFault',
			message: 'Contact with identifier=nobody@example.com does not exist.',
			faultCode: 'S:Client',
			faultString: 'Contact with identifier=nobody@example.com does not exist.',
			faultActor: 'ecm',
			detail: {
				type: 'NoSuchObjectException',
				fields: {
					errorActor: 'CLIENT',
					errorCode: 'NO_SUCH_OBJECT',
					message: 'Contact with identifier=nobody@example.com does not exist.',
					objectType: 'Contact',
					propertyName: 'identifier',
					propertyValue: 'nobody@example.com',
				},
			},
		});
	});

	it('reads a Fault without detail', () => {
		expect(() =>
			parseSoapEnvelope(`<e:Envelope xmlns:e="${ENVELOPE}"><e:Body><e:Fault><faultcode>e:Server</faultcode><faultstring>Database Access Limit Exceeded</faultstring></e:Fault></e:Body></e:Envelope>`),
		).toThrow(new SoapFault('e:Server', 'Database Access Limit Exceeded', undefined, undefined));
	});

	it('refuses a body that is not an envelope', () => {
		expect(() => parseSoapEnvelope('<html>Bad Gateway</html>', { what: 'The Mapp response' })).toThrow(
			new CodecError('The Mapp response is not a SOAP envelope'),
		);
	});
});
