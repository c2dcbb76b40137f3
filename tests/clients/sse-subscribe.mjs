// Drives the server's GraphQL-over-SSE endpoint with the reference graphql-sse client (distinct connections mode).
// Usage: node sse-subscribe.mjs <stream url> <bearer key or -> <results to wait for> <query> [variables JSON]
// Prints one JSON line per event: {"next": <execution result>}, then {"ended": "complete"|"enough"} or {"error": "..."}.
import { createClient } from 'graphql-sse';

const [url, bearer, wanted, query, variables] = process.argv.slice(2);
if (!url || !bearer || !wanted || !query) {
  console.error('usage: node sse-subscribe.mjs <url> <bearer|-> <count> <query> [variables JSON]');
  process.exit(2);
}

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const client = createClient({
  url,
  headers: bearer === '-' ? {} : { Authorization: `Bearer ${bearer}` },
  retryAttempts: 0,
});

let received = 0;
try {
  const results = client.iterate({ query, variables: variables ? JSON.parse(variables) : undefined });
  let ended = 'complete';
  for await (const result of results) {
    print({ next: result });
    if (++received >= Number(wanted)) {
      ended = 'enough';
      break;
    }
  }
  print({ ended });
} catch (error) {
  print({ error: String(error?.message ?? error) });
  process.exitCode = 1;
} finally {
  client.dispose();
}
