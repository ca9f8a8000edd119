// Prints jest's totals as one plain closing line ("N passed, N failed, N skipped") after the run, preceded by each
// failed test (file, name, the first lines of its message): a long run's log is often read from its end only.
const ANSI = /\u001b\[[0-9;]*m/g;
const MESSAGE_LINES = 12;

class SummaryReporter {
	onRunComplete(_contexts, results) {
		const failures = [];
		for (const file of results.testResults) {
			const relative = file.testFilePath.replace(`${process.cwd()}/`, '');
			if (file.testExecError) failures.push(`${relative}: ${firstLines(file.testExecError.message)}`);
			for (const test of file.testResults.filter((entry) => entry.status === 'failed')) {
				failures.push(`${relative} › ${test.fullName}\n${firstLines(test.failureMessages.join('\n'))}`);
			}
		}
		if (failures.length > 0) process.stdout.write(`\nFailed tests:\n${failures.map((failure) => `- ${failure}`).join('\n')}\n`);
		const skipped = results.numPendingTests + results.numTodoTests;
		process.stdout.write(
			`\nJest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
		);
	}
}

function firstLines(message) {
	return message
		.replace(ANSI, '')
		.split('\n')
		.filter((line) => line.trim() !== '' && !/^\s*at .*node_modules/.test(line))
		.slice(0, MESSAGE_LINES)
		.map((line) => `    ${line}`)
		.join('\n');
}

module.exports = SummaryReporter;
