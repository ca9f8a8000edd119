import type { MappProvider } from '../../../sandbox/providers/mapp';
import type { E2eCase } from './types';

const REST = '/api/rest/v19';

export const mappCases: E2eCase[] = [
	{
		id: 'e2eMappContactGet',
		name: 'Contact Get by e-mail (REST)',
		node: { type: 'mappEngage', parameters: { api: 'rest', resource: 'contact', operation: 'get', identifierType: 'EMAIL', identifierValue: '={{ $json.email }}' } },
		input: [{ json: { email: 'j.mcexample@example.com' } }],
		expect: {
			items: [{ contactId: '33457', emailAddress: 'j.mcexample@example.com' }],
			wire: [{ provider: 'mapp', method: 'POST', path: `${REST}/contact/get`, status: 200 }],
		},
	},
	{
		id: 'e2eMappSendPdfSoap',
		name: 'Send Prepared Message with a PDF from a binary property (SOAP)',
		node: {
			type: 'mappEngage',
			parameters: {
				api: 'soap',
				resource: 'message',
				operation: 'sendPrepared',
				messageId: '23541',
				recipientBy: 'identifier',
				identifierType: 'EMAIL',
				identifierValue: '={{ $json.email }}',
				options: { attachments: 'invoice' },
			},
		},
		input: [{ json: { email: 'j.mcexample@example.com' }, binary: { invoice: { base64: Buffer.from('%PDF-1.4 e2e').toString('base64'), fileName: 'invoice.pdf', mimeType: 'application/pdf' } } }],
		expect: {
			items: [{ sent: true, messageId: '23541', contactId: '33457', attachments: [{ name: 'invoice.pdf', contentType: 'application/pdf' }] }],
			wire: [
				{ provider: 'mapp', method: 'POST', path: '/api/soap/v19', status: 200 },
				{ provider: 'mapp', method: 'POST', path: '/api/soap/v19', status: 200 },
			],
			sandbox: (sandbox) => {
				const [sendout] = sandbox.provider<MappProvider>('mapp').sendouts;
				if (Buffer.from(sendout.attachments[0].content, 'base64').toString() !== '%PDF-1.4 e2e') throw new Error('attachment bytes differ');
			},
		},
	},
];
