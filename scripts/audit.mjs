// `npm run audit`: `npm audit --omit=dev` over what the package installs at run time; fails on any high or critical
// advisory. When the registry's audit service does not answer (this workplace's registry mirror refuses its POST with
// 405), it says so and exits 0: the README's "Dependencies" section holds the manual review of the same packages.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
	report = JSON.parse(result.stdout);
} catch {
	report = undefined;
}

if (report?.metadata?.vulnerabilities) {
	const counts = report.metadata.vulnerabilities;
	const serious = (counts.high ?? 0) + (counts.critical ?? 0);
	console.log(
		`npm audit --omit=dev: ${counts.total ?? 0} advisories (critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0})`,
	);
	for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
		console.log(`  ${entry.severity.padEnd(8)} ${name} ${entry.range ?? ''}`);
	}
	process.exit(serious > 0 ? 1 : 0);
}

const why = report?.message ?? report?.error?.summary ?? (result.stderr || 'no answer').trim().split('\n').pop();
console.log(`npm audit --omit=dev could not ask the registry's audit service: ${why}`);
console.log('See README.md, "Dependencies", for the review of every run-time package against the published advisories.');
process.exit(0);
