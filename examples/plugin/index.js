// An example compose-lint plugin: one rule, `acme/no-public-admin`, written with the same
// defineRule API and typed model as the built-in rules. Load it with
//   compose-lint --plugin ./examples/plugin/index.js
// and configure it like any rule:  rules: { acme/no-public-admin: [error, { images: [adminer] }] }
import { defineRule } from "compose-lint";

const DEFAULT_IMAGES = ["adminer", "phpmyadmin", "pgadmin4", "portainer", "mongo-express", "redis-commander"];

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/;

export const noPublicAdmin = defineRule({
  meta: {
    id: "acme/no-public-admin",
    description: "An administration UI (Adminer, phpMyAdmin, pgAdmin, Portainer...) publishes a port beyond loopback.",
    level: "error",
    preset: "recommended",
    tags: ["security", "exposure"],
    help: "Database and container administration UIs are prime targets: bind their ports to 127.0.0.1 and reach them through an SSH tunnel or an authenticating proxy.",
    securitySeverity: 8.0,
    options: {
      type: "object",
      properties: {
        images: { type: "array", items: { type: "string" }, description: "Image names (last path component) that are administration UIs." },
      },
      additionalProperties: false,
    },
    docs: [
      "# acme/no-public-admin",
      "",
      "Reports an administration UI that publishes a port on an address other than loopback.",
      "",
      "## Bad",
      "",
      "```yaml",
      "services:",
      "  adminer:",
      "    image: adminer:4.8.1",
      "    ports: [\"8080:8080\"]",
      "```",
      "",
      "## Good",
      "",
      "```yaml",
      "services:",
      "  adminer:",
      "    image: adminer:4.8.1",
      "    ports: [\"127.0.0.1:8080:8080\"]",
      "```",
      "",
      "## Options",
      "",
      "- `images`: the image names that are administration UIs (default: " + DEFAULT_IMAGES.join(", ") + ").",
      "",
    ].join("\n"),
  },
  check({ project, options, report }) {
    const images = new Set(options.images ?? DEFAULT_IMAGES);
    for (const service of project.services) {
      const image = service.image?.value;
      if (!image || !images.has(image.name)) continue;
      for (const port of service.ports) {
        const host = port.hostIp?.value ?? "";
        if (LOOPBACK.test(host)) continue;
        report({
          at: port,
          service: service.name.value,
          message: (who) => `${who} publishes the administration UI "${image.name}" on ${host === "" ? "all interfaces" : host}; bind it to 127.0.0.1 and reach it through a tunnel.`,
        });
      }
    }
  },
});

export const rules = [noPublicAdmin];
