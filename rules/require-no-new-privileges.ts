import { defineRule } from "../src/engine/rule.js";
import type { Located } from "../src/model/types.js";
import { addServiceListItem, replaceValue } from "../src/fix/edits.js";
import { quoted } from "../src/model/quote.js";

const FIX = "set no-new-privileges:true in security_opt";

const TRUE = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const FALSE = new Set(["0", "f", "F", "FALSE", "false", "False"]);

/**
 * The `no-new-privileges` setting an entry makes, read as the daemon does: bare, or `=`/`:` with a
 * value Go's strconv.ParseBool accepts. The last entry wins.
 */
function setting(option: string): boolean | undefined {
  if (option === "no-new-privileges") return true;
  const match = /^no-new-privileges[=:](.*)$/.exec(option);
  if (!match) return undefined;
  const value = match[1]!;
  return TRUE.has(value) ? true : FALSE.has(value) ? false : undefined;
}

export default defineRule({
  meta: {
    id: "require-no-new-privileges",
    description: "A service does not set `no-new-privileges` in `security_opt`, so setuid programs in it can still raise privileges.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "privilege-escalation"],
    help:
      "Without the no_new_privs flag, a process that runs a setuid or setgid program (or one with file capabilities) gains that program's privileges; an attacker in a non-root service can become root in the container through any such binary the image ships. Add `security_opt: [\"no-new-privileges:true\"]`; it breaks only programs that need to gain privileges, like sudo or su.",
    fixable: "safe",
    securitySeverity: 4.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      let last: { entry: Located<string>; on: boolean } | undefined;
      for (const entry of service.securityOpt) {
        const on = setting(entry.value);
        if (on !== undefined) last = { entry, on };
      }
      if (last?.on) continue;
      const name = service.name.value;
      const written = last?.entry;
      const fix = () =>
        written
          ? replaceValue(written, project, "no-new-privileges:true", FIX, "safe", "write no-new-privileges:true")
          : addServiceListItem(service, project, "security_opt", '"no-new-privileges:true"', FIX, "safe");
      report(
        last
          ? {
              at: last.entry,
              service: name,
              fix,
              message: (who) => `${who} sets ${quoted(last.entry.value, last.entry)}, so setuid programs in it can raise privileges. Use "no-new-privileges:true".`,
            }
          : {
              at: service.name,
              service: name,
              fix,
              message: (who) => `${who} does not set no-new-privileges, so setuid and setgid programs in it can raise privileges. Add \`security_opt: ["no-new-privileges:true"]\`.`,
            },
      );
    }
  },
});
