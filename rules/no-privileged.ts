import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "no-privileged",
    description: "A service runs with `privileged: true`, which removes nearly every boundary between it and the host.",
    level: "error",
    preset: "recommended",
    tags: ["security", "host", "privilege-escalation"],
    help:
      "A privileged container gets every Linux capability, every host device under /dev, and runs without the seccomp, AppArmor and SELinux confinement Docker applies by default, so a process in it can mount the host's disk or load a kernel module and take over the host. Remove `privileged: true` and grant only what the service needs: one capability in `cap_add`, one device in `devices`.",
    securitySeverity: 9.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const privileged = service.privileged;
      if (!privileged?.value) continue;
      report({
        at: privileged,
        service: service.name.value,
        message: (who) =>
          `${who} runs privileged: it gets all capabilities and host devices without seccomp or AppArmor, so whoever controls it controls the host. ` +
          `Remove \`privileged: true\` and add only the capability or device it needs.`,
      });
    }
  },
});
