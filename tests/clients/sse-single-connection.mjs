// Drives the server's GraphQL-over-SSE endpoint with the reference graphql-sse client in single connection mode:
// several operations share one reserved event stream.
// Usage: node sse-single-connection.mjs <stream url> <bearer key or -> <operations JSON>
//   operations: [{ "name": "...", "query": "...", "variables": {...}, "wanted": <results to wait for> }, ...]
// Prints one JSON line per HTTP exchange the client makes, {"http": "PUT 201"}, and per event,
// {"op": name, "next": <execution result>}, then {"op": name, "ended": "complete"|"enough"} or {"op": name, "error": "..."}.
import { createClient } from 'graphql-sse';

const [url, bearer, operations] = process.argv.slice(2);
if (!url || !bearer || !operations) {
  console.error('usage: node sse-single-connection.mjs <url> <bearer|-> <operations JSON>');
  process.exit(2);
}

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const exchanges = [];
const client = createClient({
  url,
  singleConnection: true,
  headers: bearer === '-' ? {} : { Authorization: `Bearer ${bearer}` },
  retryAttempts: 0,
  fetchFn: async (input, init) => {
    const response = await fetch(input, init);
    exchanges.push(`${init?.method ?? 'GET'} ${response.status}`);
    print({ http: `${init?.method ?? 'GET'} ${response.status}` });
    return response;
  },
});

async function run({ name, query, variables, wanted }) {
  let received = 0;
  try {
    let ended = 'complete';
    for await (const result of client.iterate({ query, variables })) {
      print({ op: name, next: result });
      if (++received >= Number(wanted)) {
        ended = 'enough';
        break;
      }
    }
    print({ op: name, ended });
    return ended;
  } catch (error) {
    print({ op: name, error: String(error?.message ?? error) });
    process.exitCode = 1;
    return 'error';
  }
}

try {
  const ends = await Promise.all(JSON.parse(operations).map(run));
  // An operation left early is stopped with a DELETE the client sends on its own; let it finish before disposing.
  const stops = ends.filter((end) => end === 'enough').length;
  for (let waited = 0; exchanges.filter((e) => e.startsWith('DELETE')).length < stops && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
} finally {
  client.dispose();
}
