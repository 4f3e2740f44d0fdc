import { defineRule } from "../src/engine/rule.js";
import { quoted } from "../src/model/quote.js";

/** The user part of `user[:group]` names root: `root`, `0`, `0:0`, `root:root`, `root:staff`. */
function isRoot(user: string): boolean {
  const name = user.split(":")[0]!.trim();
  return name === "root" || /^0+$/.test(name);
}

export default defineRule({
  meta: {
    id: "require-non-root-user",
    description: "A service runs as root: `user` is unset (the image's default, usually root) or set to root or 0.",
    level: "note",
    preset: "strict",
    tags: ["security", "hardening"],
    help:
      "Root in a container is root on the host's kernel, held back only by capabilities, seccomp and namespaces: every kernel bug or misconfiguration (a mounted host path, a writable device) is worth more to a root process. Set `user:` to an unprivileged UID and GID (`user: \"10001:10001\"`) and give that user the files it needs, or use an image that defines a non-root USER and set it explicitly here.",
    securitySeverity: 4.0,
  },
  check({ project, report }) {
    for (const service of project.services) {
      const user = service.user;
      const name = service.name.value;
      if (!user) {
        report({
          at: service.name,
          service: name,
          message: (who) => `${who} sets no \`user\`, so it runs as the image's default user, root unless the image says otherwise. Set \`user:\` to an unprivileged UID:GID.`,
        });
        continue;
      }
      // `${UID}:${GID}` with the variables unset here: the user is chosen when the file is deployed.
      if (user.raw !== undefined && user.value.split(":")[0]!.trim() === "") continue;
      if (!isRoot(user.value)) continue;
      report({
        at: user,
        service: name,
        message: (who) => `${who} runs as root (user ${quoted(user.value, user)}), so any escape or writable host path gives an attacker root. Set \`user:\` to an unprivileged UID:GID.`,
      });
    }
  },
});
