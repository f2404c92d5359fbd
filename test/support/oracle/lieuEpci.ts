import { readContractCsv } from '../readContractCsv.js';
import { inboxFiles } from './inboxFiles.js';
import type { RejectedLines } from './rejectedLines.js';

/**
 * SIRET of each lieu solidaire → its `code_epci`, from the latest `ars/lieux_<reg>_<AAAAMMJJ>.csv`
 * snapshot of each région (a snapshot replaces the région's previous one). A lieu listed by two
 * régions takes the EPCI of the more recent snapshot (assumption; the demo does not do it).
 */
export function lieuEpci(inbox: string, rejected: RejectedLines): Map<string, string> {
  const latest = new Map<string, ReturnType<typeof inboxFiles>[number]>();
  for (const f of inboxFiles(inbox, 'ars', /^lieux_([0-9AB]+)_(\d{8})\.csv$/)) {
    const prev = latest.get(f.match[1]!);
    if (!prev || prev.match[2]! < f.match[2]!) latest.set(f.match[1]!, f);
  }
  const out = new Map<string, string>();
  for (const f of [...latest.values()].sort((a, b) => a.match[2]!.localeCompare(b.match[2]!))) {
    for (const r of readContractCsv(f.path).rows) {
      if (!rejected.has(f.relativePath, r.line)) out.set(r.values['siret']!, r.values['code_epci']!);
    }
  }
  return out;
}
