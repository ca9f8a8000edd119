// `npm run scan`: n8n's own community-package analyser (@n8n/scan-community-package, the verification gate) on the
// packed tarball and on the sources, exactly with its ESLint configuration. Installed once into a cache folder (it
// pins its own ESLint and TypeScript). Fails on any finding except the ones that follow from the package's declared
// runtime dependencies (listed with their reasons in the README's Compatibility section) and the environment read of
// queueRedis.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCANNER = '@n8n/scan-community-package@0.32.0';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'n8n-nodes-messaging-suite', 'scanner-0.32.0');

const RUNTIME_DEPENDENCIES = Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies ?? {});
const importsRuntimeDependency = (text) => RUNTIME_DEPENDENCIES.some((name) => text.includes(`'${name}'`) || text.includes(`'${name}/`));

/**
 * Findings that follow from the declared runtime dependencies, and the one read of the environment: n8n's queue-mode
 * Redis settings (nodes/shared/transport/queueRedis.ts), which exist nowhere else. Nothing else.
 */
const EXPECTED = [
	(file, message) => file.endsWith('package.json') && message.ruleId === '@n8n/community-nodes/no-runtime-dependencies',
	(file, message) => message.ruleId === '@n8n/community-nodes/no-restricted-imports' && importsRuntimeDependency(message.message),
	(file, message) => /queueRedis\.(ts|js)$/.test(file) && message.ruleId === '@n8n/community-nodes/no-restricted-globals' && /'process'/.test(message.message),
];

if (!existsSync(path.join(cache, 'node_modules/@n8n/scan-community-package'))) {
	console.error(`Installing ${SCANNER} into ${cache} (once, about 30 s)...`);
	mkdirSync(cache, { recursive: true });
	writeFileSync(path.join(cache, 'package.json'), '{"name":"scanner-cache","private":true}');
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', SCANNER], { cwd: cache, stdio: 'inherit' });
}
const requireFromCache = createRequire(path.join(cache, 'package.json'));
const scannerPath = requireFromCache.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
const { buildScanConfig, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);
const { ESLint } = await import(pathToFileURL(requireFromCache.resolve('eslint')).href);
const glob = requireFromCache('fast-glob');

execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const packDir = mkdtempSync(path.join(tmpdir(), 'messaging-suite-scan-'));
execFileSync('npm', ['pack', '--pack-destination', packDir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = readdirSync(packDir).find((file) => file.endsWith('.tgz'));
execFileSync('tar', ['xzf', tarball], { cwd: packDir });

async function scan(label, directory, patterns) {
	const eslint = new ESLint({ cwd: directory, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await buildScanConfig() });
	const files = glob.sync(patterns, { cwd: directory, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	const results = await eslint.lintFiles(files);
	let unexpected = 0;
	let expected = 0;
	for (const result of results) {
		for (const message of result.messages.filter((entry) => entry.severity === 2)) {
			const known = EXPECTED.some((rule) => rule(result.filePath, message));
			if (known) expected++;
			else unexpected++;
			console.log(`${known ? 'expected  ' : 'FINDING   '} ${label}: ${path.relative(directory, result.filePath)}:${message.line} ${message.ruleId}: ${message.message.split('.')[0]}`);
		}
	}
	console.log(`scan ${label}: ${files.length} files, ${unexpected} findings, ${expected} expected (runtime dependencies)`);
	return unexpected;
}

const findings = (await scan('tarball', path.join(packDir, 'package'), ['**/*.js', 'package.json'])) + (await scan('sources', ROOT, SOURCE_FILE_PATTERNS));
process.exitCode = findings === 0 ? 0 : 1;
