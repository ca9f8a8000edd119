import { BIRD_ACCESS_KEY, BIRD_CHANNELS } from '../../../sandbox/providers/bird';
import { WS, birdSandbox, channelById, outputOf, smsTo } from '../helpers';

const UPLOAD = { resource: 'media', operation: 'upload', binaryPropertyName: 'invoice' };
const PDF = '%PDF-1.4 media upload';
const invoice = (text = PDF, fileName = 'invoice.pdf') => [{ json: {}, binary: { invoice: { text, fileName, mimeType: 'application/pdf' } } }];

/** Media › Upload: Bird's presigned media upload ("Uploading media" on docs.bird.com "Messaging"). */
describe('Bird Channels: Media → Upload', () => {
	const ctx = birdSandbox();

	it('asks Bird for an upload with the content type, posts the issued form with the file last, and returns the media URL', async () => {
		const result = await ctx.run(UPLOAD, invoice());
		expect(result.error).toBeUndefined();
		const log = ctx.log();
		expect(log.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
			['POST', `${WS}/channel-media/presigned-upload`, 200],
			['POST', '/storage-upload', 204],
		]);
		// "Uploading media": a POST with "the content type of the media you will be uploading set in the request body".
		expect(JSON.parse(log[0].body)).toEqual({ contentType: 'application/pdf' });
		expect(log[0].headers.authorization).toBe(`AccessKey ${BIRD_ACCESS_KEY}`);
		// "No need to specify any AccessKey on the below call": the form's fields authorize it, then a field named file.
		expect(log[1].headers.authorization).toBeUndefined();
		expect(log[1].headers['content-length']).toBe(String(Buffer.byteLength(log[1].body)));
		const fields = [...log[1].body.matchAll(/Content-Disposition: form-data; name="([^"]+)"/g)].map((match) => match[1]);
		expect(fields).toEqual(['Content-Type', 'acl', 'bucket', 'key', 'policy', 'x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-signature', 'file']);
		expect(log[1].body).toContain(`Content-Disposition: form-data; name="file"; filename="invoice.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF}\r\n`);
		const [mediaId, media] = [...ctx.bird.media.entries()][0];
		const mediaUrl = `${ctx.sandbox.url}/bird/media/${String(ctx.credentials().workspaceId)}/${mediaId}`;
		expect(media).toEqual({ contentType: 'application/pdf', fileName: 'invoice.pdf', data: Buffer.from(PDF) });
		expect(outputOf(result)).toEqual([{ json: { mediaUrl, contentType: 'application/pdf', fileName: 'invoice.pdf', size: PDF.length }, pairedItem: { item: 0 } }]);
	});

	it('the media URL serves a later send by URL (Media Source URL)', async () => {
		const uploaded = outputOf(await ctx.run(UPLOAD, invoice()))[0].json;
		const result = await ctx.run({
			resource: 'message',
			operation: 'send',
			channel: channelById(BIRD_CHANNELS.sms.id),
			receivers: smsTo('+31612345678'),
			content: 'file',
			mediaSource: 'url',
			mediaUrl: uploaded.mediaUrl,
			fileContentType: uploaded.contentType,
			fileName: uploaded.fileName,
		});
		expect(result.error).toBeUndefined();
		expect(ctx.calls()[2].body).toEqual({
			receiver: { contacts: [{ identifierKey: 'phonenumber', identifierValue: '+31612345678' }] },
			body: { type: 'file', file: { files: [{ mediaUrl: uploaded.mediaUrl, contentType: 'application/pdf', filename: 'invoice.pdf' }] } },
		});
	});

	it('two items with different files: two uploads, each its own media URL', async () => {
		const result = await ctx.run(UPLOAD, [...invoice('%PDF one', 'one.pdf'), ...invoice('%PDF two', 'two.pdf')]);
		expect(result.error).toBeUndefined();
		expect(ctx.log().filter((entry) => entry.path === '/storage-upload')).toHaveLength(2);
		// The two items upload at the same time, so either may land first; each item's URL serves its own file.
		const stored = (url: unknown) => ctx.bird.media.get(String(url).split('/').pop()!)?.data.toString();
		expect(outputOf(result).map((item) => [item.json.fileName, stored(item.json.mediaUrl)])).toEqual([
			['one.pdf', '%PDF one'],
			['two.pdf', '%PDF two'],
		]);
		expect(new Set(outputOf(result).map((item) => item.json.mediaUrl)).size).toBe(2);
	});

	it.each([
		['no such binary field', { binaryPropertyName: 'photo' }, invoice(), /^Input Binary Field: the input item has no binary property "photo" \[item 0\]$/],
		['an empty file', {}, invoice(''), /^Input Binary Field: the file in binary property "invoice" is empty \(0 bytes\) \[item 0\]$/],
		['an empty field name', { binaryPropertyName: '  ' }, invoice(), /^Input Binary Field: is empty \[item 0\]$/],
	])('refuses %s before any request', async (_name, change, items, message) => {
		const result = await ctx.run({ ...UPLOAD, ...change }, items);
		expect(result.error?.message).toMatch(message);
		expect(ctx.log()).toEqual([]);
	});

	it("the storage's refusal surfaces with its own message; the form is not posted again", async () => {
		ctx.sandbox.injectFault({
			provider: 'bird',
			path: '/storage-upload',
			respond: { status: 403, headers: { 'Content-Type': 'application/xml' }, body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>' },
		});
		const result = await ctx.run(UPLOAD, invoice());
		expect(result.error?.message).toBe('Bird media storage Upload Media (upload invoice.pdf) failed: Request has expired (AccessDenied) [item 0]');
		expect((result.error as { description?: string }).description).toContain('The upload form was refused; the presigned upload may have expired.');
		expect(ctx.log().map((entry) => entry.status)).toEqual([200, 403]);
	});

	it('a storage 500 is repeated with the same form (streamed again), then the upload succeeds', async () => {
		ctx.sandbox.injectFault({ provider: 'bird', path: '/storage-upload', times: 1, respond: { status: 500, headers: { 'Content-Type': 'application/xml' }, body: '<Error><Code>InternalError</Code><Message>We encountered an internal error</Message></Error>' } });
		const result = await ctx.run(UPLOAD, invoice());
		expect(result.error).toBeUndefined();
		expect(ctx.log().map((entry) => [entry.path, entry.status])).toEqual([
			[`${WS}/channel-media/presigned-upload`, 200],
			['/storage-upload', 500],
			['/storage-upload', 204],
		]);
		const withoutBoundary = (body: string) => body.replace(/--axios[^\r]*/g, '--boundary');
		expect(withoutBoundary(ctx.log()[2].body)).toBe(withoutBoundary(ctx.log()[1].body));
		expect(ctx.log()[2].body).toContain(PDF);
		expect([...ctx.bird.media.values()][0].data.toString()).toBe(PDF);
	});
});
