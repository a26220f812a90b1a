#!/usr/bin/env node
// official-client.js -- drive the official Cognigy.AI client
// (@cognigy/rest-api-client, pinned in tests/package-lock.json) against
// the tenant emulator, for tests/t0910-official-client.t.
//
//   node official-client.js BASE-URL OP [ARG ...]
//
// The credential comes from the environment: COG_AUTH=apikey (COG_API_KEY),
// client (OAuth2 client credentials: COG_CLIENT_ID, COG_CLIENT_SECRET) or
// password (the OAuth2 password grant: COG_USERNAME, COG_PASSWORD as well).
// Each OP prints one JSON line:
//
//   list PROJECT [LIMIT]   {"total","ids":[...],"pages"}: the conversation
//                          list, following nextCursor when LIMIT is given
//   read SESSION [PROJECT] {"total","items":[...]}: one conversation
//   again SESSION MS       read, wait MS milliseconds, read again:
//                          {"first","second"} item counts
//   retry-after VALUE      {"delay"}: the client's own wait for a 429 with
//                          Retry-After VALUE
//
// A call the client rejects prints {"error","status","code","traceId",
// "message"} from the error it threw, and the script exits 3.
"use strict";

const { RestAPIClient } = require("@cognigy/rest-api-client");

function fail(err) {
	process.stdout.write(JSON.stringify({
		error: err.name,
		status: err.httpStatusCode,
		code: err.code,
		traceId: err.loggerstack ? err.loggerstack.traceId : undefined,
		message: err.message
	}) + "\n");
	process.exit(3);
}

async function client(base) {
	const c = new RestAPIClient({ baseUrl: base, maxRetries: 3 });
	const auth = process.env.COG_AUTH || "apikey";
	const env = process.env;
	if (auth === "apikey") {
		c.setCredentials({ type: "ApiKey", apiKey: env.COG_API_KEY });
	} else {
		c.setCredentials({
			type: "OAuth2",
			clientId: env.COG_CLIENT_ID,
			clientSecret: env.COG_CLIENT_SECRET
		});
		if (auth === "client") {
			await c.login({ type: "clientCredentials", scope: "api" });
		} else {
			await c.login({
				type: "password",
				username: env.COG_USERNAME,
				password: env.COG_PASSWORD
			});
		}
	}
	return c;
}

async function list(c, project, limit) {
	const ids = [];
	let pages = 0;
	let total;
	let next;
	do {
		const args = { projectId: project };
		if (limit) {
			args.limit = Number(limit);
		}
		if (next) {
			args.next = next;
		}
		const page = await c.indexConversations(args);
		pages++;
		total = page.total;
		for (const item of page.items) {
			ids.push(item.sessionId || item._id);
		}
		next = limit ? page.nextCursor : null;
	} while (next);
	return { total, ids, pages };
}

async function read(c, session, project) {
	const args = { sessionId: session };
	if (project) {
		args.projectId = project;
	}
	const answer = await c.readConversation(args);
	return { total: answer.total, items: answer.items };
}

async function main() {
	const [base, op, ...args] = process.argv.slice(2);
	if (op === "retry-after") {
		const { retryAfterDelay } = require(
			"@cognigy/rest-api-client/build/connector/retryAfterDelay");
		const now = Date.now();
		return { delay: retryAfterDelay({ "retry-after": args[0] }, now) };
	}
	const c = await client(base);
	switch (op) {
	case "list":
		return list(c, args[0], args[1]);
	case "read":
		return read(c, args[0], args[1]);
	case "again": {
		const first = await read(c, args[0]);
		await new Promise((done) => setTimeout(done, Number(args[1])));
		const second = await read(c, args[0]);
		return { first: first.total, second: second.total };
	}
	default:
		throw new Error("unknown operation " + op);
	}
}

main().then((result) => {
	process.stdout.write(JSON.stringify(result) + "\n");
}, fail);
