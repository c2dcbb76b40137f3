// Load scenario for issue 5 part 8 (not in CI): N graphql-ws subscribers on one server process receive a burst of
// change notices made by mutations. Reports delivered/expected, commit-to-receive latency percentiles (the notice's
// occurredAt, stamped in the committing transaction, to the moment the client parses it; same machine, same clock)
// and the server's resident memory.
//
// Usage: node ws-subscribers.mjs --url ws://127.0.0.1:5080/graphql --key <ADMIN key> [--subscribers 10000]
//        [--notices 100] [--server-pid <pid>] [--batch 250] [--warmup 20] [--wait <seconds to wait for delivery, 600>]
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = args.url;
const key = args.key;
const subscribers = Number(args.subscribers ?? 10000);
const notices = Number(args.notices ?? 100);
const batch = Number(args.batch ?? 250);
const warmupNotices = Number(args.warmup ?? 20);
const waitMs = Number(args.wait ?? 600) * 1000;
const serverPid = args['server-pid'];
if (!url || !key) {
  console.error('usage: node ws-subscribers.mjs --url <ws url> --key <admin key> [--subscribers N] [--notices N] [--server-pid PID]');
  process.exit(2);
}

const subscription = 'subscription { standardChanged { cursor kind occurredAt } }';
const connectionParams = { Authorization: `Bearer ${key}` };
const received = new Map(); // cursor -> latencies in ms
let warmups = 0;
let failures = 0;
let phase = 'warm-up';

function rss() {
  if (!serverPid) return null;
  const status = readFileSync(`/proc/${serverPid}/status`, 'utf8');
  const field = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+) kB`))?.[1] ?? NaN) / 1024;
  return { rssMiB: field('VmRSS').toFixed(1), peakMiB: field('VmHWM').toFixed(1) };
}

// Processor seconds (user + system) the server has used so far, from /proc/<pid>/stat (clock ticks of 1/100 s).
function serverProcessorSeconds() {
  if (!serverPid) return NaN;
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function onNotice(notice) {
  const now = Date.now();
  if (phase === 'warm-up') {
    warmups++;
    return;
  }
  const latency = now - Date.parse(notice.occurredAt);
  const list = received.get(notice.cursor);
  if (list) list.push(latency);
  else received.set(notice.cursor, [latency]);
}

const clients = [];
const started = Date.now();
for (let i = 0; i < subscribers; i += batch) {
  const opened = [];
  for (let j = i; j < Math.min(subscribers, i + batch); j++) {
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
    clients.push(client);
    opened.push(new Promise((resolve) => {
      const off = client.on('connected', () => { off(); resolve(); });
      client.subscribe({ query: subscription }, {
        next: (result) => result.data ? onNotice(result.data.standardChanged) : failures++,
        error: () => { failures++; resolve(); },
        complete: () => {},
      });
    }));
  }
  await Promise.all(opened);
}
console.log(`${clients.length} subscribers connected in ${((Date.now() - started) / 1000).toFixed(1)} s; server ${JSON.stringify(rss())}`);

const writer = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
function execute(query, variables) {
  return new Promise((resolve, reject) => {
    let result;
    writer.subscribe({ query, variables }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
  });
}
const ids = (await execute('{ departments { id } standardSystem { id } }')).data;
const create = 'mutation($input: CreateStandardInput!) { createStandard(input: $input) { errors { code } } }';
// Codes are fresh on the fresh database that run.sh starts.
let serial = 7000;
const mutate = () => execute(create, { input: {
  code: `DB3206/T ${serial++}`, year: 2026, title: '推送压测标准',
  departmentId: ids.departments[0].id, systemNodeId: ids.standardSystem[0].id,
} });

// Warm-up notices reach every subscriber first, so the burst is measured on live subscriptions and on a server
// whose code paths are compiled (a server runs for days; its first seconds are spent in the JIT).
for (let i = 0; i < warmupNotices; i++) await mutate();
const deadline = (ms) => Date.now() + ms;
let until = deadline(waitMs);
while (warmups < warmupNotices * clients.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
console.log(`${warmupNotices} warm-up notices reached ${warmups}/${warmupNotices * clients.length} subscriptions`);
phase = 'burst';

const burstStart = Date.now();
const serverBefore = serverProcessorSeconds();
const clientBefore = process.cpuUsage();
await Promise.all(Array.from({ length: notices }, () => mutate()));
const expected = notices * clients.length;
until = deadline(waitMs);
const delivered = () => [...received.values()].reduce((sum, list) => sum + list.length, 0);
while (delivered() < expected && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
const clientUsed = process.cpuUsage(clientBefore);
const processorSeconds = {
  server: Number((serverProcessorSeconds() - serverBefore).toFixed(2)),
  client: Number(((clientUsed.user + clientUsed.system) / 1e6).toFixed(2)),
};

const latencies = [...received.values()].flat().sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1)] : NaN;
console.log(JSON.stringify({
  subscribers: clients.length, notices, delivered: delivered(), expected,
  deliveredPercent: (100 * delivered() / expected).toFixed(2),
  latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: latencies.at(-1) },
  burstSeconds: ((Date.now() - burstStart) / 1000).toFixed(1), processorSeconds, subscriberErrors: failures, server: rss(),
}, null, 2));

await Promise.allSettled([writer, ...clients].map((c) => c.dispose()));
process.exit(0);
