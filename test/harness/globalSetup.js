// n8n-core keeps its instance settings and the binary data of the harness's runs in its user folder (~/.n8n unless
// N8N_USER_FOLDER says otherwise). The test run gets a folder of its own, removed afterwards, so it neither writes
// into the user's own n8n folder nor leaves files behind (the workers inherit the variable).
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

module.exports = async () => {
	if (process.env.N8N_USER_FOLDER) return;
	process.env.N8N_USER_FOLDER = mkdtempSync(path.join(tmpdir(), 'messaging-suite-jest-'));
	process.env.MESSAGING_SUITE_JEST_USER_FOLDER = process.env.N8N_USER_FOLDER;
};
