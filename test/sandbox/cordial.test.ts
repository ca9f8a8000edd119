import { CORDIAL_API_KEY, cordialSandbox } from '../Cordial/helpers';

/** The emulator itself is strict: these are the answers a node bug would get. */
describe('Cordial sandbox strictness', () => {
	const { sandbox, provider } = cordialSandbox();
	const auth = (password = '') => `Basic ${Buffer.from(`${CORDIAL_API_KEY}:${password}`).toString('base64')}`;
	const call = async (method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
		const base = sandbox.credentials()[0].data.baseUrl as string;
		const response = await fetch(`${base}${path}`, {
			method,
			body,
			headers: { Authorization: auth(), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
		});
		return [response.status, await response.json()];
	};

	it('needs the key as user name with an empty password', async () => {
		expect(await call('GET', '/contacts', undefined, { Authorization: auth('secret') })).toEqual([
			401,
			{ error: 'Access Denied: Authentication Failure' },
		]);
		expect(await call('GET', '/contacts', undefined, { Authorization: '' })).toEqual([401, { error: 'Access Denied: Authentication Failure' }]);
	});

	it('takes JSON bodies only', async () => {
		expect(await call('POST', '/contacts', '{}', { 'Content-Type': 'text/plain' })).toEqual([
			415,
			{
				error: true,
				errorKey: 'UNSUPPORTED_MEDIA_TYPE',
				message: 'Unsupported Media Type: Content-Type header must be application/json or application/x-www-form-urlencoded.',
			},
		]);
	});

	it('rejects unknown fields and parameters, and bodies on body-less actions', async () => {
		expect(await call('POST', '/batchmessages', '{"channel":"email","classification":"promotional","subjct":"x"}')).toEqual([
			422,
			{ error: true, errorKey: 'VALIDATION_ERROR', messages: { subjct: ['Unknown field'] } },
		]);
		expect(await call('GET', '/batchmessages?perPage=2')).toEqual([
			422,
			{ error: true, errorKey: 'VALIDATION_ERROR', messages: { perPage: ['Unknown parameter'] } },
		]);
		expect(await call('PUT', '/batchmessages/252:594ac3d2f0c360031181a7f0:ot')).toEqual([
			422,
			{ error: true, errorKey: 'VALIDATION_ERROR', message: 'Nothing to update' },
		]);
		expect(await call('PUT', '/batchmessages/252:594ac3d2f0c360031181a7f0:ot/send', '{}')).toEqual([
			422,
			{ error: true, errorKey: 'VALIDATION_ERROR', message: 'This action takes no body' },
		]);
	});

	it('answers a send test without recipients with BATCH_MESSAGES_TEST_ERROR, and accepts the Swagger\'s primaryKey form', async () => {
		expect(await call('PUT', '/batchmessages/252:594ac3d2f0c360031181a7f0:ot/sendtest', '{"email":[]}')).toEqual([
			422,
			{ error: true, errorKey: 'BATCH_MESSAGES_TEST_ERROR', message: 'Not enough parameters' },
		]);
		provider.addContact('a@example.com');
		expect(await call('PUT', '/batchmessages/252:594ac3d2f0c360031181a7f0:ot/sendtest', '{"primaryKey":["a@example.com"]}')).toEqual([
			200,
			{ success: true },
		]);
	});
});
