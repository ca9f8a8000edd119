import { MAPP_PASSWORD, MAPP_USER } from '../../sandbox/providers/mapp';
import { eventDetailSendouts } from '../../sandbox/providers/mapp/messages';
import { basic, envelope, useMappSandbox } from '../MappEngage/helpers';

/**
 * The emulated user/updateProfile* and message/sendTransactionalWithEventDetails, from Mapp's per-endpoint pages
 * (docs.mapp.com apidocs; assembled in api-evangelist/mapp openapi/mapp-engage-openapi.yml).
 */
describe('Mapp sandbox: profiles and event details', () => {
	const { sandbox, provider } = useMappSandbox();

	async function rest(path: string, body: unknown) {
		const response = await fetch(`${sandbox.url}/mapp/api/rest/v19${path}`, {
			method: 'POST',
			headers: { Authorization: basic(MAPP_USER, MAPP_PASSWORD), Accept: 'application/json', 'Content-Type': 'application/json' },
			body: typeof body === 'string' ? body : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, text, json: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : undefined };
	}

	const john = () => provider.contacts.get(33457)!;

	describe('user/updateProfile*', () => {
		it('changes only what is named and answers 204 (documented example body)', async () => {
			const answer = await rest('/user/updateProfileByEmail?email=j.mcexample@example.com', [
				{ name: 'user.firstname', value: 'Jon' },
				{ name: 'user.lastname', value: 'Smith' },
			]);
			expect(answer.status).toBe(204);
			expect(john().attributes).toEqual([
				{ name: 'FirstName', value: 'Jon' },
				{ name: 'user.ISOCountryCode', value: 'PL' },
				{ name: 'user.lastname', value: 'Smith' },
			]);
			expect(john().mobileNumber).toBe('48505606707');
			expect(provider.changes).toHaveLength(1);
		});

		it('erases with a null value ("erase mobile number" example) and writes standard attributes by contact ID', async () => {
			expect((await rest('/user/updateProfile?userId=33457', [{ name: 'user.MobileNumber', value: null }])).status).toBe(204);
			expect(john().mobileNumber).toBeNull();
			expect((await rest('/user/updateProfileByMobileNumber?mobileNumber=48505606707', [])).json).toMatchObject({ errorCode: 'NO_SUCH_OBJECT' });
			await rest('/user/updateProfile?userId=33457', [{ name: 'user.Email', value: 'jon@example.com' }, { name: 'FirstName', value: null }]);
			expect(john()).toMatchObject({ emailAddress: 'jon@example.com', attributes: [{ name: 'user.ISOCountryCode', value: 'PL' }] });
		});

		it('answers an unknown user as the page documents', async () => {
			const answer = await rest('/user/updateProfileByEmail?email=no.email@example.com', [{ name: 'FirstName', value: 'X' }]);
			expect(answer.status).toBe(400);
			expect(answer.json).toEqual({
				errorActor: 'CLIENT',
				errorCode: 'NO_SUCH_OBJECT',
				message: 'User with email=no.email@example.com does not exist.',
				objectType: 'User',
				propertyName: 'email',
				propertyValue: 'no.email@example.com',
			});
		});

		it.each([
			['an object body', '/user/updateProfile?userId=33457', { name: 'FirstName', value: 'X' }, 'Cannot deserialize'],
			['an unknown key', '/user/updateProfile?userId=33457', [{ name: 'FirstName', value: 'X', type: 'string' }], 'Unrecognized field "type"'],
			['a missing name', '/user/updateProfile?userId=33457', [{ value: 'X' }], 'MISSING_PARAMETER'],
			['a FirstName over 50 characters', '/user/updateProfile?userId=33457', [{ name: 'user.FirstName', value: 'x'.repeat(51) }], 'INVALID_PARAMETER'],
			['an unknown query parameter', '/user/updateProfile?userId=33457&identifierType=ID', [], 'INVALID_PARAMETER'],
			['a user ID that is not a number', '/user/updateProfile?userId=..%2F1', [], 'INVALID_PARAMETER'],
			['an email another contact has', '/user/updateProfile?userId=33457', [{ name: 'user.Email', value: 'taken@example.com' }], 'OBJECT_ALREADY_EXISTS'],
		])('refuses %s and changes nothing', async (_, path, body, text) => {
			provider.contacts.set(33458, { contactId: 33458, emailAddress: 'taken@example.com', mobileNumber: null, applicationAlias: null, identifier: null, attributes: [] });
			const before = JSON.stringify(john());
			const answer = await rest(path, body);
			expect(answer.status).toBe(400);
			expect(answer.text).toContain(text);
			expect(JSON.stringify(john())).toBe(before);
		});

		it('is not a SOAP operation of the emulator', async () => {
			const response = await fetch(`${sandbox.url}/mapp/api/soap/v19`, {
				method: 'POST',
				headers: { Authorization: basic(MAPP_USER, MAPP_PASSWORD), 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' },
				body: envelope('userUpdateProfileByMobileNumber', '<mobileNumber>48505606707</mobileNumber>'),
			});
			expect(response.status).toBe(500);
			expect(await response.text()).toContain('Cannot find dispatch method');
		});
	});

	describe('message/sendTransactionalWithEventDetails', () => {
		const path = '/message/sendTransactionalWithEventDetails?messageId=23541&recipientId=33457&externalTransactionFormula=T-1';

		it('takes the documented example body and answers 204', async () => {
			const answer = await rest(path, {
				parameters: [{ name: 'Parameter Name 1', value: 'Parameter Value 1' }],
				transaction: false,
				eventDetailsProcessing: { groupBy: 'brandName', groupLabel: 'brandName', valueField: 'productName' },
				eventDetails: [{ itemDetails: [{ name: 'productName', value: 'Chair C1' }, { name: 'brandName', value: 'aaa aaa' }] }],
			});
			expect(answer.status).toBe(204);
			expect(eventDetailSendouts(provider)).toEqual([
				{
					messageId: 23541,
					contactId: 33457,
					externalTransactionFormula: 'T-1',
					parameters: [{ name: 'Parameter Name 1', value: 'Parameter Value 1' }],
					attachments: [],
					transaction: false,
					eventDetailsProcessing: { groupBy: 'brandName', groupLabel: 'brandName', valueField: 'productName' },
					eventDetails: [[{ name: 'productName', value: 'Chair C1' }, { name: 'brandName', value: 'aaa aaa' }]],
				},
			]);
		});

		it.each([
			['lower-case keys ("not eventdetails but eventDetails")', { eventdetails: [] }, 'Unrecognized field "eventdetails"'],
			['lower-case itemdetails', { eventDetails: [{ itemdetails: [] }] }, 'Unrecognized field "itemdetails"'],
			['no eventDetails', { parameters: [] }, 'MISSING_PARAMETER'],
			['an entry without itemDetails', { eventDetails: [{}] }, 'MISSING_PARAMETER'],
			['a detail without a name', { eventDetails: [{ itemDetails: [{ value: 'x' }] }] }, 'MISSING_PARAMETER'],
			['a non-string value', { eventDetails: [{ itemDetails: [{ name: 'qty', value: 2 }] }] }, 'Cannot deserialize value of type `String`'],
			['an unknown grouping key', { eventDetails: [], eventDetailsProcessing: { sortBy: 'x' } }, 'Unrecognized field "sortBy"'],
			['a non-boolean transaction', { eventDetails: [], transaction: 'no' }, 'boolean'],
			['a sender profile in the body', { eventDetails: [], senderProfileName: 'x' }, 'Unrecognized field "senderProfileName"'],
		])('refuses %s and sends nothing', async (_, body, text) => {
			const answer = await rest(path, body);
			expect(answer.status).toBe(400);
			expect(answer.text).toContain(text);
			expect(eventDetailSendouts(provider)).toEqual([]);
		});

		it('answers an unknown message as the page documents', async () => {
			const answer = await rest('/message/sendTransactionalWithEventDetails?messageId=24011454555&recipientId=33457&externalTransactionFormula=null', { eventDetails: [] });
			expect(answer.json).toEqual({
				errorActor: 'CLIENT',
				errorCode: 'NO_SUCH_OBJECT',
				message: 'Message with id=24011454555 does not exist.',
				objectType: 'Message',
				propertyName: 'id',
				propertyValue: '24011454555',
			});
		});
	});
});
