import { defineRule } from "../src/engine/rule.js";
import type { Located } from "../src/model/types.js";

/** True when the value sets a limit: present, not empty, not 0 or negative (Docker's "unlimited"). */
function limits(value: Located<string | number> | undefined): boolean {
  if (!value) return false;
  if (typeof value.value === "number") return value.value > 0;
  const text = value.value.trim();
  if (text === "") return false;
  const number = Number.parseFloat(text);
  return !(Number.isFinite(number) && number <= 0);
}

export default defineRule({
  meta: {
    id: "require-resource-limits",
    description: "A service has no memory limit or no process (PIDs) limit.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "availability"],
    help:
      "Without a memory limit one container can use all of the host's memory until the kernel's OOM killer starts on other services; without a PIDs limit a fork bomb or a thread leak exhausts the host's process table. Set `mem_limit` (or `deploy.resources.limits.memory`) and `pids_limit` (or `deploy.resources.limits.pids`) to a little above what the service uses.",
    securitySeverity: 3.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const missing: string[] = [];
      if (!limits(service.memLimit) && !limits(service.deployLimits.memory)) missing.push("memory limit (`mem_limit`)");
      if (!limits(service.pidsLimit) && !limits(service.deployLimits.pids)) missing.push("PIDs limit (`pids_limit`)");
      if (missing.length === 0) continue;
      const what = missing.join(" and no ");
      report({
        at: service.name,
        service: service.name.value,
        message: (who) => `${who} has no ${what}, so a leak or a fork bomb in it can starve the whole host. Set ${missing.length === 2 ? "both" : "it"}, a little above what the service needs.`,
      });
    }
  },
});
