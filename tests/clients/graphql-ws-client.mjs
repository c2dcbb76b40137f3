// Drives a running Rugao.Graph server with the unchanged reference client graphql-ws over a real socket.
// Checks: authenticated connection, query, mutation, refused mutation, error message, standardChanged push, 4403.
// Usage: node graphql-ws-client.mjs ws://127.0.0.1:5080/graphql <ADMIN API key>
// Prints one line per check; exits 1 when any check fails, 2 on bad usage.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, key] = process.argv.slice(2);
if (!url || !key) {
  console.error('usage: node graphql-ws-client.mjs <ws endpoint url> <admin api key>');
  process.exit(2);
}

const timer = setTimeout(() => fail('the checks did not finish within 90 seconds'), 90_000);
let failures = 0;

function fail(message) {
  console.log(`FAIL  ${message}`);
  process.exit(1);
}

function check(name, condition, detail) {
  if (condition) {
    console.log(`ok    ${name}`);
  } else {
    failures++;
    console.log(`FAIL  ${name}: ${JSON.stringify(detail)}`);
  }
}

function connect(connectionParams) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** Runs a single-result operation; resolves with its one result, rejects with the error or close event. */
function execute(client, payload) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe(payload, {
      next: (value) => (result = value),
      error: reject,
      complete: () => resolve(result),
    });
  });
}

const admin = connect({ Authorization: `Bearer ${key}` });
const anonymous = connect(undefined);

const viewer = await execute(admin, { query: '{ viewer { authenticated role } }' });
check('connection_init with an API key authenticates the connection', viewer.data?.viewer?.role === 'ADMIN', viewer);

const ids = await execute(anonymous, { query: '{ departments { id } standardSystem { id } }' });
check('anonymous query runs', ids.data?.departments?.length > 0, ids);

const create = `mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id code } errors { code } } }`;
const input = {
  code: 'DB3206/T 9950', year: 2026, title: '参考客户端测试规范',
  departmentId: ids.data.departments[0].id, systemNodeId: ids.data.standardSystem[0].id,
};
const created = await execute(admin, { query: create, variables: { input } });
check('mutation over the socket runs with the connection\'s role',
  created.data?.createStandard?.errors?.length === 0 && created.data.createStandard.standard?.id, created);

const refused = await execute(anonymous, { query: create, variables: { input: { ...input, code: 'DB3206/T 9951' } } });
check('anonymous mutation is refused with UNAUTHENTICATED',
  refused.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', refused);

const invalid = await execute(anonymous, { query: '{ standards { nodes { colour } } }' }).then(
  (result) => ({ result }), (errors) => ({ errors }));
check('invalid document arrives as an error message with codes',
  Array.isArray(invalid.errors) && invalid.errors[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED', invalid);

// A subscription receives the notice of a mutation made meanwhile. Subscribing after the cursor of an earlier change
// makes the check independent of when the subscription goes live: the server replays, then continues live.
const earlier = created.data.createStandard.standard.id;
const cursors = await execute(admin, {
  query: 'query($id: ID!) { changes(where: { standard: [$id] }) { nodes { cursor } } }', variables: { id: earlier } });
const after = cursors.data.changes.nodes.at(-1).cursor;
const notice = new Promise((resolve, reject) => {
  const unsubscribe = admin.subscribe({
    query: 'subscription($after: String) { standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind occurredAt standard { code } } }',
    variables: { after },
  }, {
    next: (result) => { unsubscribe(); resolve(result); },
    error: reject,
    complete: () => {},
  });
});
const second = await execute(admin, { query: create, variables: { input: { ...input, code: 'DB3206/T 9952' } } });
check('second mutation commits', second.data?.createStandard?.errors?.length === 0, second);
const pushed = await notice;
check('subscription receives the notice of the mutation made meanwhile',
  pushed.data?.standardChanged?.kind === 'CREATED' && pushed.data.standardChanged.standard?.code?.startsWith('DB3206/T 9952'), pushed);

const forbidden = await execute(connect({ Authorization: 'Bearer rgk_000000000000_' + '0'.repeat(64) }), { query: '{ __typename }' })
  .then((result) => ({ result }), (closed) => ({ code: closed?.code, reason: closed?.reason }));
check('a rejected key closes the socket with 4403 Forbidden', forbidden.code === 4403, forbidden);

await admin.dispose();
await anonymous.dispose();
clearTimeout(timer);
console.log(failures === 0 ? '\nall checks passed' : `\n${failures} checks failed`);
process.exit(failures === 0 ? 0 : 1);
