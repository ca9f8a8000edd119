/**
 * A loopback server on an ephemeral port that records whatever reaches it and answers 200 with a JSON object shaped
 * like an accepted message, so that a client that follows a redirect there would take it for a success.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CaughtRequest {
	method: string;
	url: string;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

export class Catcher {
	readonly caught: CaughtRequest[] = [];

	private server: Server | undefined;

	origin = '';

	async start(): Promise<string> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				this.caught.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
				response.writeHead(200, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify({ id: 'caught-1', status: 'accepted', results: [] }));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.origin;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}
}
