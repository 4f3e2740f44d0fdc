import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "require-read-only",
    description: "A service's root file system is writable (`read_only: true` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help:
      "With a writable root file system, an attacker who gets code execution in the container can replace its binaries and configuration, drop tools and persist until the container is recreated. Set `read_only: true` and give the service writable space only where it needs it: `tmpfs:` for scratch paths such as /tmp and /run, volumes for data.",
    securitySeverity: 3.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const readOnly = service.readOnly;
      if (readOnly?.value) continue;
      const name = service.name.value;
      report(
        readOnly
          ? { at: readOnly, service: name, message: (who) => `${who} sets read_only to false, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` }
          : { at: service.name, service: name, message: (who) => `${who} has a writable root file system, so a compromised process can modify its binaries and configuration. Set \`read_only: true\` and use \`tmpfs:\` or volumes for the paths it writes.` },
      );
    }
  },
});
