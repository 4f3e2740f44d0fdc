import { createRequire as __composeLintRequire } from "node:module";
const require = __composeLintRequire(import.meta.url);
import {
  datastorePort,
  socketKind
} from "./chunk-63VPBCBN.mjs";
import {
  version
} from "./chunk-RZYRWAGT.mjs";
import {
  attachedNetworks,
  formatPortRange,
  portReach,
  shown
} from "./chunk-EC2PSDJG.mjs";
import {
  pathFromRoot
} from "./chunk-S3DTWN3L.mjs";
import "./chunk-KWFHXTRZ.mjs";
import {
  plural
} from "./chunk-5EEQ2A6J.mjs";
import {
  escapeLine,
  guardMarkdown
} from "./chunk-5ZHKE5OY.mjs";
import "./chunk-NVK4G5ST.mjs";

// src/format/exposure-map.ts
var MAP_LIMITS = { chars: 4e4, edges: 400 };
function mermaidLabel(text) {
  return escapeLine(text).replace(/[^A-Za-z0-9 _.,:/@+=()-]/gu, (ch) => `#${ch.codePointAt(0)};`);
}
function mountsEngineSocket(service) {
  return service.mounts.some((m) => socketKind(m) !== void 0);
}
function exposedDatastore(service, reaches) {
  const open = reaches.filter((r) => r.reach !== "loopback");
  if (open.length === 0) return void 0;
  return open.map((r) => datastorePort(service, r.port)?.product).find(Boolean);
}
function portLabel({ port, reach, byNetworkDefault }) {
  if (port.external) return `${port.raw} \u2192 ${formatPortRange(port.containerPorts.value)}/${port.protocol}`;
  const ip = port.hostIp?.value ?? "";
  const address = reach === "unbound" ? "0.0.0.0" : byNetworkDefault ? "127.0.0.1" : ip.includes(":") && !ip.startsWith("[") ? `[${ip}]` : ip;
  const note = reach === "unbound" ? " (no host IP)" : byNetworkDefault ? " (network default)" : "";
  const host = port.hostPorts ? formatPortRange(port.hostPorts.value) : "random";
  return `${address}:${host} \u2192 ${formatPortRange(port.containerPorts.value)}/${port.protocol}${note}`;
}
function serviceUnit(file, id, service, project, networkId) {
  const reaches = portReach(service, project);
  const marks = [];
  const datastore = exposedDatastore(service, reaches);
  if (datastore) marks.push(`\u26A0 exposed database: ${datastore}`);
  if (mountsEngineSocket(service)) marks.push("\u26A0 mounts the Docker socket");
  if (service.privileged?.value === true) marks.push("\u26A0 privileged");
  const hostNetwork = service.networkMode?.value === "host";
  if (hostNetwork) marks.push("network_mode: host");
  const image = service.image ? [`image: ${shown(service.image.value.text, service.image)}`] : [];
  const label = [service.name.value, ...image, ...marks].map(mermaidLabel).join("<br/>");
  const nodes = [`    ${id}["${label}"]`];
  const edges = [];
  reaches.forEach((r, i) => {
    const portId = `${id}p${i}`;
    nodes.push(`    ${portId}[/"${mermaidLabel(portLabel(r))}"/]`);
    const from = r.reach === "loopback" ? "loopback" : "internet";
    edges.push(`  ${from} ${r.reach === "address" ? "-.->" : "-->"} ${portId} --> ${id}`);
  });
  if (hostNetwork) edges.push(`  internet -.->|"${mermaidLabel("host network: every listening port")}"| ${id}`);
  const networks = attachedNetworks(service, project).map(({ name, network }) => {
    const netId = networkId(name);
    const notes = [network?.internal?.value ? "internal" : "", network?.external ? "external" : "", network?.driver ? `driver: ${shown(network.driver.value, network.driver)}` : ""];
    const written = service.networks.find((n) => n.name.value === name)?.name;
    const text = [`network: ${written ? shown(name, written) : name}`, ...notes.filter(Boolean)].map(mermaidLabel).join("<br/>");
    edges.push(`  ${id} -.-> ${netId}`);
    return { id: netId, line: `    ${netId}{{"${text}"}}` };
  });
  const priority = marks.some((m) => m.startsWith("\u26A0")) ? 0 : hostNetwork || reaches.some((r) => r.reach !== "loopback") ? 1 : 2;
  const exposes = reaches.length > 0 || hostNetwork || mountsEngineSocket(service);
  return { file, id, priority, exposes, nodes, edges, edgeCount: reaches.length * 2 + (hostNetwork ? 1 : 0) + networks.length, networks };
}
var CLASS_DEFS = [
  "  classDef danger fill:#ffe0e0,stroke:#c62828,stroke-width:2px,color:#000",
  "  classDef exposed fill:#fff4d6,stroke:#b7791f,color:#000",
  "  classDef outside fill:#e8eefc,stroke:#3451b2,color:#000"
];
function exposureMap(files, limits = MAP_LIMITS) {
  const all = files.flatMap((file, f) => {
    const networkIds = /* @__PURE__ */ new Map();
    const networkId = (name) => networkIds.get(name) ?? networkIds.set(name, `f${f}n${networkIds.size}`).get(name);
    return file.project.services.map((service, s) => serviceUnit(f, `f${f}s${s}`, service, file.project, networkId));
  });
  const units = all.filter((unit) => unit.exposes);
  const unexposed = all.length - units.length;
  if (units.length === 0) return { mermaid: "", services: 0, shownServices: 0, unexposed };
  const fixed = 400 + files.reduce((n, file) => n + mermaidLabel(file.path).length + 30, 0);
  let chars = fixed;
  let edges = 0;
  const kept = /* @__PURE__ */ new Set();
  const drawnNetworks = /* @__PURE__ */ new Set();
  for (const unit of [...units].sort((a, b) => a.priority - b.priority)) {
    const newNetworks = unit.networks.filter((n) => !drawnNetworks.has(n.id));
    const size = [...unit.nodes, ...unit.edges, ...newNetworks.map((n) => n.line)].join("\n").length + unit.id.length + 2;
    if (chars + size > limits.chars || edges + unit.edgeCount > limits.edges) continue;
    chars += size;
    edges += unit.edgeCount;
    kept.add(unit);
    for (const n of newNetworks) drawnNetworks.add(n.id);
  }
  const shown2 = units.filter((u) => kept.has(u));
  const edgeLines = shown2.flatMap((u) => u.edges);
  const sources = ["internet", "loopback"].filter((id) => edgeLines.some((e) => e.startsWith(`  ${id} `)));
  const lines = ["flowchart LR"];
  if (sources.includes("internet")) lines.push(`  internet(("${mermaidLabel("Internet / any host interface")}"))`);
  if (sources.includes("loopback")) lines.push(`  loopback(("${mermaidLabel("This host only (loopback)")}"))`);
  files.forEach((file, f) => {
    const inFile = shown2.filter((u) => u.file === f);
    if (inFile.length === 0) return;
    lines.push(`  subgraph f${f}["${mermaidLabel(file.path)}"]`);
    lines.push(...inFile.flatMap((u) => u.nodes));
    lines.push(...new Map(inFile.flatMap((u) => u.networks.map((n) => [n.id, n.line]))).values());
    lines.push("  end");
  });
  lines.push(...edgeLines, ...CLASS_DEFS);
  if (sources.length > 0) lines.push(`  class ${sources.join(",")} outside`);
  for (const [priority, name] of [[0, "danger"], [1, "exposed"]]) {
    const ids = shown2.filter((u) => u.priority === priority).map((u) => u.id);
    if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${name}`);
  }
  return { mermaid: lines.join("\n"), services: units.length, shownServices: kept.size, unexposed };
}

// src/format/markdown.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var LEVELS = ["error", "warning", "note"];
var LEVEL_LABEL = { error: "\u{1F534} error", warning: "\u{1F7E0} warning", note: "\u{1F535} note" };
var MAX_PATH_ERRORS = 100;
var MAX_ROWS = 50;
function markdownText(text) {
  return escapeLine(text).replace(/[\\`*_[\]()~|!{}#]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@&#8203;").replace(/\\#(?=\d)/g, "#&#8203;");
}
function code(id) {
  return /^[a-z0-9-]+$/.test(id) ? `\`${id}\`` : markdownText(id);
}
function blobLink(env, path, line) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return void 0;
  if (path.startsWith("/") || path.startsWith("..") || /^[A-Za-z]:/.test(path)) return void 0;
  const encoded = path.split("/").map((part) => encodeURIComponent(part).replace(/[()!*']/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${server.replace(/\/$/, "")}/${repository}/blob/${sha}/${encoded}#L${line}`;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function formatMarkdown(result, context) {
  const env = context.env ?? process.env;
  const workspace = env.GITHUB_WORKSPACE || void 0;
  const budget = context.maxBytes ?? STEP_SUMMARY_LIMIT - 64 * 1024;
  const severity = new Map(context.rules.map((meta) => [meta.id, meta.securitySeverity]));
  const findings = result.files.flatMap((file) => {
    const path = pathFromRoot(file.path, context.cwd, workspace);
    return file.findings.map((finding) => ({ path, finding }));
  }).map((entry, order) => ({ ...entry, order })).sort((a, b) => LEVELS.indexOf(a.finding.level) - LEVELS.indexOf(b.finding.level) || (severity.get(b.finding.ruleId) ?? 0) - (severity.get(a.finding.ruleId) ?? 0) || a.order - b.order);
  const counts = Object.fromEntries(LEVELS.map((level) => [level, findings.filter((f) => f.finding.level === level).length]));
  const filesWithFindings = result.files.filter((file) => file.findings.length > 0).length;
  const head = ["## compose-lint", ""];
  if (findings.length === 0 && result.errors.length > 0) {
    head.push(`\u274C **Not everything was checked**: ${plural(result.errors.length, "path")} could not be linted (see below); no findings in the ${plural(result.files.length, "file")} checked.`, "");
  } else if (findings.length === 0) {
    head.push(`\u2705 No problems found (${plural(result.files.length, "file")} checked).`, "");
  } else {
    const byLevel = LEVELS.map((level) => plural(counts[level], level)).join(", ");
    head.push(`**${plural(findings.length, "problem")}** (${byLevel}) in ${plural(filesWithFindings, "file")}; ${plural(result.files.length, "file")} checked.`, "");
  }
  for (const note of context.notes ?? []) head.push(markdownText(note), "");
  if (findings.length > 0) {
    const byRule = /* @__PURE__ */ new Map();
    for (const { finding } of findings) {
      const rows = byRule.get(finding.ruleId) ?? [];
      const row = rows.find((r) => r.level === finding.level);
      if (row) row.count++;
      else rows.push({ level: finding.level, count: 1 });
      byRule.set(finding.ruleId, rows);
    }
    head.push("| Rule | Level | Findings |", "| --- | --- | ---: |");
    const ruleRows = [...byRule].flatMap(([id, rows]) => rows.map((row) => ({ id, ...row })));
    ruleRows.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || b.count - a.count || (a.id < b.id ? -1 : 1));
    for (const row of ruleRows) head.push(`| ${code(row.id)} | ${LEVEL_LABEL[row.level]} | ${row.count} |`);
    head.push("");
  }
  const tail = [];
  if (result.errors.length > 0) {
    tail.push("### Not checked", "");
    for (const error of result.errors.slice(0, MAX_PATH_ERRORS)) tail.push(`- ${markdownText(error.path)}: ${markdownText(error.message)}`);
    if (result.errors.length > MAX_PATH_ERRORS) tail.push(`- \u2026 and ${result.errors.length - MAX_PATH_ERRORS} more`);
    tail.push("");
  }
  const mapped = result.files.flatMap((file) => file.project ? [{ path: pathFromRoot(file.path, context.cwd, workspace), project: file.project }] : []);
  const map = exposureMap(mapped, MAP_LIMITS);
  tail.push("### Exposure map", "");
  const unexposed = map.unexposed > 0 ? ` (${plural(map.unexposed, "service")} not drawn: ${map.unexposed === 1 ? "it exposes" : "they expose"} nothing)` : "";
  if (map.services === 0) {
    tail.push(`No service publishes a port, mounts an engine socket or uses the host network${unexposed}.`, "");
  } else {
    tail.push(
      `From the outside world through each published host port to its service, and from each service to its networks, for the services that publish a port, mount an engine socket or use the host network${unexposed}. Red: exposed database, Docker socket or privileged; yellow: reachable from outside the host.`,
      "",
      "```mermaid",
      map.mermaid,
      "```",
      ""
    );
    if (map.shownServices < map.services) {
      tail.push(`_The map shows ${map.shownServices} of ${plural(map.services, "service")}, the most exposed first; the rest would go over GitHub's diagram size limit._`, "");
    }
  }
  tail.push(`<sub>compose-lint ${markdownText(version)}</sub>`);
  const table = [];
  if (findings.length > 0) {
    const report = context.fullReport ? `the SARIF report (${markdownText(context.fullReport)})` : "the SARIF report";
    const truncationNote = (left) => `_${plural(left, "more finding")} not listed (the table shows the most severe): see ${report} or the log of this step._`;
    const maxRows = context.maxRows ?? MAX_ROWS;
    const tableHead = ["### Findings", "", "| Location | Level | Rule | Message |", "| --- | --- | --- | --- |"];
    let used = utf8Length([...head, ...tail, ...tableHead, truncationNote(findings.length), ""].join("\n")) + 8;
    let shown2 = 0;
    const rows = [];
    for (const { path, finding } of findings) {
      const row = findingRow(env, path, finding);
      const size = utf8Length(row) + 1;
      if (used + size > budget || shown2 >= maxRows) break;
      used += size;
      rows.push(row);
      shown2++;
    }
    table.push(...tableHead, ...rows, "");
    if (shown2 < findings.length) table.push(truncationNote(findings.length - shown2), "");
  }
  return guardMarkdown([...head, ...table, ...tail].join("\n") + "\n");
}
function findingRow(env, path, finding) {
  const where = `${markdownText(path)}:${finding.span.line}`;
  const link = blobLink(env, path, finding.span.line);
  const location = link ? `[${where}](${link})` : where;
  return `| ${location} | ${LEVEL_LABEL[finding.level]} | ${code(finding.ruleId)} | ${markdownText(finding.message)} |`;
}
export {
  STEP_SUMMARY_LIMIT,
  formatMarkdown,
  markdownText
};
