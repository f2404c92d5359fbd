// Compares two built sites by meaning, e.g. a data-only refresh and a full build of the same
// publication: the file lists outside _app, every page's prerendered query results (decoded rows),
// the text of every HTML page. Build stamps (chunk hashes, SvelteKit version, random table ids,
// Arrow byte layout) are not compared. A data file whose bytes differ shows as two paths (its
// folder is the MD5 of its bytes): compare its rows with DuckDB (EXCEPT ALL both ways).
// Usage, from apps/dashboard: node scripts/compareSites.cjs <site 1> <site 2> (exit code 1 when they differ)
const { tableFromIPC } = require(require.resolve('apache-arrow', { paths: [require.resolve('@duckdb/duckdb-wasm')] }));
const fs = require('fs'), path = require('path');
const [A, B] = process.argv.slice(2);
const walk = (root, dir = root) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(root, path.join(dir, e.name)) : [path.relative(root, path.join(dir, e.name))]);
const fa = walk(A), fb = walk(B);
const rows = (site, hash) => { const t = tableFromIPC(fs.readFileSync(path.join(site, 'api/prerendered_queries', hash + '.arrow'))); return JSON.stringify([t.schema.fields.map(String), t.toArray().map((r) => r.toJSON())], (k, v) => typeof v === 'bigint' ? String(v) : v); };
let problems = 0; const say = (m) => { problems++; if (problems < 30) console.log(m); };
const stable = (f) => !f.startsWith('_app/') && !f.startsWith('api/prerendered_queries/');
const sa = new Set(fa.filter(stable)), sb = new Set(fb.filter(stable));
for (const f of sa) if (!sb.has(f)) say('only in first: ' + f);
for (const f of sb) if (!sa.has(f)) say('only in second: ' + f);
let queries = 0, pages = 0;
for (const f of sa) {
  if (!sb.has(f)) continue;
  const a = fs.readFileSync(path.join(A, f)), b = fs.readFileSync(path.join(B, f));
  if (f.endsWith('all-queries.json')) {
    const qa = JSON.parse(a), qb = JSON.parse(b);
    for (const k of Object.keys(qa)) { queries++; if (qb[k] && rows(A, qa[k]) !== rows(B, qb[k])) say(`rows differ: ${f} ${k}`); }
    // Tables get a random name per render (DataTable-<random>): compare their results as a multiset.
    const unmatched = (q, r, site) => Object.keys(q).filter((k) => !(k in r)).map((k) => rows(site, q[k])).sort();
    const ua = unmatched(qa, qb, A), ub = unmatched(qb, qa, B);
    queries += ua.length;
    if (JSON.stringify(ua) !== JSON.stringify(ub)) say(`results of randomly named queries differ: ${f} (${ua.length} / ${ub.length})`);
  } else if (f.endsWith('.html')) {
    pages++;
    const text = (s) => s.toString().replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    if (text(a) !== text(b)) { const ta = text(a), tb = text(b); let i = 0; while (ta[i] === tb[i]) i++; say(`text differs: ${f} … ${ta.slice(i - 60, i + 80)} | ${tb.slice(i - 60, i + 80)}`); }
  } else if (f.startsWith('data/')) {
    // data files: compared by content below (their folder is the MD5 of their bytes)
  } else if (!f.endsWith('.json') && !a.equals(b)) say('bytes differ: ' + f);
}
console.log(`${pages} pages, ${queries} query results compared; ${problems} differences`);
process.exitCode = problems ? 1 : 0;
