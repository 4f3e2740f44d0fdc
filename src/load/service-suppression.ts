/**
 * A service's `x-compose-lint:` extension (Compose ignores `x-` keys):
 *   x-compose-lint:
 *     ignore: [no-unbound-port]
 *     reason: public reverse proxy
 * Anything else written there is kept as a problem for the engine to report, never dropped.
 */
import type { Located, ServiceSuppression } from "../model/types.js";
import type { TNode } from "./tree.js";

export const SERVICE_SUPPRESSION_KEY = "x-compose-lint";

export function serviceSuppression(node: TNode | undefined): ServiceSuppression | undefined {
  if (!node) return undefined;
  const suppression: ServiceSuppression = { span: node.span, ignore: [], invalid: [] };
  if (node.kind !== "map") {
    suppression.invalid.push({ span: node.span, message: `\`${SERVICE_SUPPRESSION_KEY}\` must be a mapping with \`ignore: [rule ids]\` and \`reason: text\`` });
    return suppression;
  }
  for (const entry of node.entries) {
    const value = entry.value;
    if (entry.key === "ignore") {
      const items = value.kind === "seq" ? value.items : [value];
      for (const item of items) {
        if (item.kind === "scalar" && typeof item.value === "string" && item.value.trim() !== "") suppression.ignore.push({ value: item.value.trim(), span: item.span });
        else suppression.invalid.push({ span: item.span, message: "`ignore` lists rule ids (strings)" });
      }
    } else if (entry.key === "reason") {
      if (value.kind === "scalar" && value.value !== null && String(value.value).trim() !== "") {
        const reason: Located<string> = { value: String(value.value).trim(), span: value.span };
        suppression.reason = reason;
      } else suppression.invalid.push({ span: value.span, message: "`reason` is a non-empty text" });
    } else {
      suppression.invalid.push({ span: entry.keySpan, message: `unknown key \`${entry.key}\` in \`${SERVICE_SUPPRESSION_KEY}\` (expected \`ignore\` and \`reason\`)` });
    }
  }
  return suppression;
}
