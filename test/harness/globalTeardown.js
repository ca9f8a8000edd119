// Removes the n8n user folder globalSetup made for the run (never one the caller passed in N8N_USER_FOLDER).
const { rmSync } = require('node:fs');

module.exports = async () => {
	const folder = process.env.MESSAGING_SUITE_JEST_USER_FOLDER;
	if (folder) rmSync(folder, { recursive: true, force: true });
};
