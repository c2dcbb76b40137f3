// Runs the graphql-http server audits (GraphQL-over-HTTP conformance) against a running endpoint.
// Usage: node graphql-http-audit.mjs http://127.0.0.1:5000/graphql
// Prints one line per audit and a summary; exits 1 when any MUST or SHOULD audit fails, 2 on bad usage.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const levels = ['MUST', 'SHOULD', 'MAY'];
const tally = Object.fromEntries(levels.map((level) => [level, { passed: 0, failed: 0 }]));
let mandatoryFailures = 0;

for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const level = levels.find((l) => result.name.startsWith(`${l} `)) ?? 'MAY';
  if (result.status === 'ok') {
    tally[level].passed++;
    console.log(`ok    ${result.id} ${result.name}`);
    continue;
  }
  tally[level].failed++;
  if (level !== 'MAY') mandatoryFailures++;
  const body = await result.response.text().catch(() => '<unreadable body>');
  console.log(`FAIL  ${result.id} ${result.name}`);
  console.log(`      ${result.reason}; got ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body.slice(0, 300)}`);
}

const total = levels.reduce((sum, l) => sum + tally[l].passed + tally[l].failed, 0);
console.log(`\n${total} audits: ` + levels.map((l) => `${l} ${tally[l].passed}/${tally[l].passed + tally[l].failed}`).join(', '));
process.exit(mandatoryFailures > 0 ? 1 : 0);
