import type { JsonObject, NodeApiError } from 'n8n-workflow';

import { jsonResponse, xmlResponse } from '../../sandbox/framework';
import { mappProfile } from '../../nodes/MappEngage/transport';
import { MAPP_ECM_NAMESPACE } from '../../sandbox/providers/mapp';
import { APIS, runMapp, SOAPENV, useMappSandbox, type Api } from './helpers';

const MISSING = {
	errorActor: 'CLIENT',
	errorCode: 'MISSING_PARAMETER',
	message: "Parameter 'messageId' is mandatory but no value was specified.",
	parameterName: 'messageId',
	value: 'null',
};

/** Mapp's answer to a missing parameter: the JSON body over REST, the same typed exception in a fault over SOAP. */
function missingParameter(api: Api) {
	if (api === 'rest') return jsonResponse(400, { ...MISSING, propertyName: null });
	const fields = Object.entries(MISSING)
		.map(([key, value]) => `<${key}>${value.replace(/'/g, '&apos;')}</${key}>`)
		.join('');
	return xmlResponse(
		500,
		`<S:Envelope xmlns:S="${SOAPENV}"><S:Body><S:Fault><faultcode>S:Server</faultcode><faultstring>${MISSING.message.replace(/'/g, '&apos;')}</faultstring><detail><ns2:InvalidParameterException xmlns:ns2="${MAPP_ECM_NAMESPACE}">${fields}</ns2:InvalidParameterException></detail></S:Fault></S:Body></S:Envelope>`,
	);
}

describe.each(APIS)('Mapp errors over %s', (api: Api) => {
	const { sandbox, provider, credentials } = useMappSandbox();
	const send = {
		api,
		resource: 'message',
		operation: 'sendPrepared',
		messageId: '23541',
		recipientBy: 'contactId',
		recipientId: '33457',
	};

	it('reads the error code, message and typed fields the same way from a JSON body and a SOAP fault', async () => {
		sandbox.injectFault({ provider: 'mapp', respond: missingParameter(api) });
		const result = await runMapp(credentials(), send);
		const error = result.error as NodeApiError;
		expect(error.message).toBe(
			"Mapp Engage Send Prepared Message failed: Parameter 'messageId' is mandatory but no value was specified. (MISSING_PARAMETER) [item 0]",
		);
		expect(error.description).toBe('Fill in the parameter Mapp names.');
		expect(error.errorResponse as JsonObject).toMatchObject({
			errorActor: 'CLIENT',
			errorCode: 'MISSING_PARAMETER',
			parameterName: 'messageId',
			value: 'null',
			code: 'MISSING_PARAMETER',
			attempts: 1,
			...(api === 'soap' ? { exceptionType: 'InvalidParameterException' } : {}),
		});
		// An answer, not a failure to process: a fault with HTTP 500 is not retried.
		expect(sandbox.requests('mapp')).toHaveLength(1);
		expect(provider.sendouts).toEqual([]);
	});

	it('gives up on the rate limit after the policy\'s attempts and says Mapp did not process it', async () => {
		sandbox.injectFault({
			provider: 'mapp',
			times: 3,
			respond: { status: 500, headers: { 'Content-Type': 'text/plain', 'Retry-After': '0' }, body: 'Database Access Limit Exceeded' },
		});
		const result = await runMapp(credentials(), send, { continueOnFail: true });
		const [item] = result.output('Mapp');
		expect(item.json.error).toBe('Mapp Engage Send Prepared Message failed: Database Access Limit Exceeded [item 0]');
		expect(item.json.description).toContain('Mapp Engage did not process the request; it was tried 3 times');
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(sandbox.requests('mapp')).toHaveLength(3);
		expect(provider.sendouts).toEqual([]);
	});

	it('names Mapp, the operation and the item when the contact lookup answers without a contact, and sends nothing', async () => {
		sandbox.injectFault({
			provider: 'mapp',
			bodyIncludes: api === 'rest' ? undefined : 'contactGet',
			path: api === 'rest' ? '/contact/get' : undefined,
			respond:
				api === 'rest'
					? jsonResponse(200, {})
					: xmlResponse(200, `<S:Envelope xmlns:S="${SOAPENV}"><S:Body><ns2:contactGetResponse xmlns:ns2="${MAPP_ECM_NAMESPACE}"><return><emailAddress>j.mcexample@example.com</emailAddress></return></ns2:contactGetResponse></S:Body></S:Envelope>`),
		});
		const result = await runMapp(
			credentials(),
			{ ...send, recipientBy: 'identifier', identifierType: 'EMAIL', identifierValue: 'j.mcexample@example.com' },
			{ continueOnFail: true },
		);
		expect(result.output('Mapp')[0].json.error).toBe(
			'Mapp Engage Send Prepared Message: the answer holds no contact with a contact ID [item 0]',
		);
		expect(sandbox.requests('mapp')).toHaveLength(1);
		expect(provider.sendouts).toEqual([]);
	});

	it('does not repeat a contact update whose answer was cut off (it may have been applied)', async () => {
		sandbox.injectFault({ provider: 'mapp', process: true, reset: true });
		const result = await runMapp(credentials(), {
			api,
			resource: 'contact',
			operation: 'update',
			identifierType: 'EMAIL',
			identifierValue: 'j.mcexample@example.com',
			attributes: { pairs: [{ name: 'FirstName', value: 'Jon' }] },
		});
		expect(result.error?.message).toMatch(/^Mapp Engage gave no complete answer to Update Contact \(\w+\) \[item 0\]$/);
		expect(sandbox.requests('mapp')).toHaveLength(1);
		expect(provider.changes).toHaveLength(1);
	});
});

describe('Mapp error hints', () => {
	const parse = (errorCode: string) => mappProfile.parseError({ statusCode: 400, headers: {}, text: '', body: { errorActor: 'CLIENT', errorCode, message: 'x' } });

	it('gives a hint for Mapp\'s own error codes only, not for names a plain object answers from its prototype', () => {
		expect(parse('MISSING_PARAMETER')?.description).toBe('Fill in the parameter Mapp names.');
		for (const errorCode of ['constructor', 'toString', '__proto__']) expect(parse(errorCode)?.description).toBeUndefined();
	});
});
