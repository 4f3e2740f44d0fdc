import { defineRule } from "../src/engine/rule.js";
import { addServiceListItem } from "../src/fix/edits.js";

export default defineRule({
  meta: {
    id: "require-cap-drop-all",
    description: "A service keeps Docker's default capabilities (`cap_drop: [ALL]` is not set).",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening", "capabilities"],
    help:
      "Docker leaves about fourteen capabilities to every container, among them NET_RAW (forge packets), CHOWN, DAC_OVERRIDE, SETUID and MKNOD, whether the service needs them or not. Drop them all with `cap_drop: [ALL]` and add back in `cap_add` only those the service is known to need, such as NET_BIND_SERVICE for a port below 1024.",
    fixable: "behaviour",
    securitySeverity: 3.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      if (service.capDrop.some((cap) => cap.value.trim().toUpperCase() === "ALL")) continue;
      report({
        at: service.name,
        service: service.name.value,
        fix: () => addServiceListItem(service, project, "cap_drop", "ALL", "drop all capabilities (cap_drop: [ALL]; a service that needs one must add it back in cap_add)", "behaviour"),
        message: (who) => `${who} keeps Docker's default capabilities (NET_RAW, CHOWN, DAC_OVERRIDE, SETUID...). Add \`cap_drop: [ALL]\` and \`cap_add\` back only what it needs.`,
      });
    }
  },
});
