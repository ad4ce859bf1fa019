#!/usr/bin/env node
// Thin wrapper around npm @vercel/cosmosdb-server@1.0.1 that fixes what breaks the .NET SDK
// (see deploy/local/README.md, "Cosmos DB emulator"):
//  1. reading a missing item throws a TypeError (500) instead of answering 404;
//  2. the SDK asks the gateway for a query plan before a cross-partition query, which the
//     package does not know: we answer with a pass-through plan over the single range, so the
//     server itself runs the query (ORDER BY, TOP included) as on one physical partition.
//
//   node cosmos-emulator.js --modules DIR [--host 127.0.0.1] [--port 8081]
//       [--cert FILE --key FILE]     (without both: plain http, like the CLI's --no-ssl)
'use strict';

const fs = require('fs');
const path = require('path');

const args = { host: '127.0.0.1', port: 8081 };
for (let argv = process.argv.slice(2); argv.length; ) {
  const key = argv.shift();
  const value = argv.shift();
  if (!['--modules', '--host', '--port', '--cert', '--key'].includes(key) || value === undefined) {
    console.error(`cosmos-emulator: bad argument ${key}`);
    process.exit(2);
  }
  args[key.slice(2)] = value;
}
if (!args.modules) {
  console.error('cosmos-emulator: --modules DIR (the node_modules holding @vercel/cosmosdb-server) is required');
  process.exit(2);
}

const lib = path.join(path.resolve(args.modules), '@vercel', 'cosmosdb-server', 'lib');

// The router captures handler functions when routes.js loads, so patch before requiring the index.
const readDocument = require(path.join(lib, 'handler', 'read-document'));
const originalRead = readDocument.default;
readDocument.default = (account, req, res, params) => {
  try {
    return originalRead(account, req, res, params);
  } catch (err) {
    // The package dereferences the missing document: that TypeError means "no such item".
    if (!(err instanceof TypeError)) throw err;
    res.statusCode = 404;
    return { code: 'NotFound', message: 'Entity with the specified id does not exist in the system.' };
  }
};

const { createHttpServer, createHttpsServer } = require(lib);

const isTrue = (value) => String(value || '').toLowerCase() === 'true';

// Pass-through: no client-side ORDER BY/TOP/aggregates, one range covering every partition key.
const passThroughPlan = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    dCountInfo: null,
    hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
});

function answerQueryPlan(req, res) {
  // Drain the body (the query text) before answering so keep-alive connections stay in sync.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-ms-activity-id': require('crypto').randomUUID(),
      'x-ms-request-charge': '0',
      connection: 'close',
    });
    res.end(passThroughPlan);
  });
}

const tls = args.cert && args.key
  ? { cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key) }
  : null;
const server = tls ? createHttpsServer(tls) : createHttpServer();

// Put our listener first: query-plan requests never reach the package.
const packageListeners = server.listeners('request');
server.removeAllListeners('request');
server.on('request', (req, res) => {
  if (req.method === 'POST' && isTrue(req.headers['x-ms-cosmos-is-query-plan-request'])) {
    answerQueryPlan(req, res);
    return;
  }
  for (const listener of packageListeners) listener.call(server, req, res);
});

server.listen(Number(args.port), args.host, () => {
  console.log(`cosmos-emulator ready on ${tls ? 'https' : 'http'}://${args.host}:${args.port}/`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
