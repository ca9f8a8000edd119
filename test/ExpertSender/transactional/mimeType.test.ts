/**
 * n8n itself always gives prepared binary data a MIME type (falling back to text/plain), so a binary property without
 * one only comes from code that builds items by hand. This test drives the operation with such an item through a
 * mocked execution context, up to the HTTP helper, where it captures the request.
 */
import { mock } from 'jest-mock-extended';
import type { IExecuteFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';

import { execute } from '../../../nodes/ExpertSender/actions/transactional/send.operation';
import { at } from '../helpers';

describe('ExpertSender › Transactional › Send › MIME type fallback', () => {
	it('sends application/octet-stream only when the binary data has no MIME type', async () => {
		const parameters = {
			messageId: '123',
			receiverEmail: 'patrick@mydomain.com',
			options: {},
			attachments: { attachment: [{ binaryPropertyName: 'raw' }, { binaryPropertyName: 'typed' }] },
		};
		const sent: IHttpRequestOptions[] = [];
		const context = mock<IExecuteFunctions>();
		context.getNode.mockReturnValue(mock<INode>({ name: 'ExpertSender' }));
		context.getNodeParameter.mockImplementation(((name: string, _item: number, fallback?: unknown) =>
			at(parameters, name) ?? fallback) as IExecuteFunctions['getNodeParameter']);
		context.getCredentials.mockResolvedValue({ apiServer: 'https://api.esv2.com', apiKey: 'k-123456' });
		context.getInputData.mockReturnValue([
			{
				json: {},
				binary: {
					raw: { data: '', mimeType: '', fileName: 'blob' },
					typed: { data: '', mimeType: 'image/png', fileName: 'logo.png' },
				},
			},
		]);
		const helpers = {
			assertBinaryData: jest.fn((_item: number, name: string) => context.getInputData()[0].binary![name]),
			getBinaryDataBuffer: jest.fn(async () => Buffer.from([1, 2, 3])),
			httpRequestWithAuthentication: jest.fn(async (_type: string, options: IHttpRequestOptions) => {
				sent.push(options);
				return { statusCode: 201, headers: {}, body: Buffer.alloc(0) };
			}),
		};
		(context as unknown as { helpers: typeof helpers }).helpers = helpers;

		expect(await execute.call(context, 0)).toEqual({ success: true, messageId: 123 });
		expect(sent).toHaveLength(1);
		expect(sent[0].url).toBe('https://api.esv2.com/v2/Api/Transactionals/123');
		expect(String(sent[0].body)).toContain(
			'<Attachments><Attachment><FileName>blob</FileName><MimeType>application/octet-stream</MimeType><Content>AQID</Content></Attachment>' +
				'<Attachment><FileName>logo.png</FileName><MimeType>image/png</MimeType><Content>AQID</Content></Attachment></Attachments>',
		);
	});
});
