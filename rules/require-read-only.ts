import { defineRule } from "../src/engine/rule.js";
import { addServiceKey, replaceValue } from "../src/fix/edits.js";

const FIX = "set read_only: true (the service can no longer write outside tmpfs and volumes)";

export default defineRule({
  meta: {
    id: "require-read-only",
    description: "A service's root file system is writable (`read_only: true` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help:
      "With a writable root file system, an attacker who gets code execution in the container can replace its binaries and configuration, drop tools and persist until the container is recreated. Set `read_only: true` and give the service writable space only where it needs it: `tmpfs:` for scratch paths such as /tmp and /run, volumes for data.",
    fixable: "behaviour",
    securitySeverity: 3.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const readOnly = service.readOnly;
      if (readOnly?.value) continue;
      const name = service.name.value;
      const fix = () =>
        readOnly
          ? replaceValue(readOnly, project, "true", FIX, "behaviour", "set read_only: true")
          : addServiceKey(service, project, "read_only", "true", FIX, "behaviour");
      report(
        readOnly
          ? { at: readOnly, service: name, fix, message: (who) => `${who} sets read_only to false, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` }
          : { at: service.name, service: name, fix, message: (who) => `${who} has a writable root file system, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` },
      );
    }
  },
});
