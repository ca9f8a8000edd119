/**
 * The codex file of every node (its `*.node.json`): n8n shows its documentation links in the node's panel, so a link
 * into this package's own repository must name a file that exists, or a heading of the README that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import packageJson from '../package.json';

const ROOT = path.resolve(__dirname, '..');
const HOMEPAGE = packageJson.homepage;

interface Codex {
	node: string;
	resources: Record<string, Array<{ url: string }>>;
}

function codexFiles(): string[] {
	return readdirSync(path.join(ROOT, 'nodes'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
		.flatMap((folder) =>
			readdirSync(path.join(ROOT, 'nodes', folder.name))
				.filter((file) => file.endsWith('.node.json'))
				.map((file) => path.join('nodes', folder.name, file)),
		);
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

const README_ANCHORS = new Set(
	readFileSync(path.join(ROOT, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => anchorOf(line.replace(/^#+ /, ''))),
);

/** Why a link into this repository does not resolve, or undefined when it does. */
function brokenOwnLink(url: string): string | undefined {
	const rest = url.slice(HOMEPAGE.length);
	const anchor = /^#(.+)$/.exec(rest);
	if (anchor) return README_ANCHORS.has(anchor[1]) ? undefined : `README.md has no heading #${anchor[1]}`;
	const file = /^\/blob\/main\/([^#?]+)/.exec(rest);
	if (file) return existsSync(path.join(ROOT, file[1])) ? undefined : `${file[1]} does not exist`;
	return `not a README anchor or a file of the repository`;
}

describe('codex files', () => {
	const files = codexFiles();

	it('exist for every node of the package', () => {
		const nodes = (packageJson.n8n.nodes as string[]).map((file) => file.replace(/^dist\//, '').replace(/\.js$/, '.json'));
		expect(files.sort()).toEqual(nodes.sort());
	});

	it.each(files)('%s links only to https pages, and to this repository only where the link resolves', (file) => {
		const codex = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Codex;
		const urls = Object.values(codex.resources).flatMap((links) => links.map((link) => link.url));
		expect(urls.length).toBeGreaterThan(0);
		const problems = urls
			.map((url) => (url.startsWith('https://') ? (url.startsWith(HOMEPAGE) ? brokenOwnLink(url) : undefined) : 'not https'))
			.map((problem, n) => (problem ? `${urls[n]}: ${problem}` : undefined))
			.filter(Boolean);
		expect(problems).toEqual([]);
	});
});
