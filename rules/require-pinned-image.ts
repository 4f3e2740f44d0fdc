import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "require-pinned-image",
    description: "A service's image has no tag or the `latest` tag (or, with `requireDigest`, no digest), so what runs changes without the file changing.",
    level: "warning",
    preset: "strict",
    tags: ["security", "supply-chain", "reproducibility"],
    help:
      "An image without a tag means `latest`, and `latest` moves with every push: a new host, a `docker compose pull` or an evicted cache silently runs different code, which may be broken or, if the publisher's account is compromised, malicious. Pin a version tag (`postgres:16.4`); with the option `requireDigest: true`, pin the digest as well (`postgres:16.4@sha256:...`), since a tag can be pushed again. Services that build their image (`build:`) are not checked.",
    securitySeverity: 4.0,
    options: {
      type: "object",
      properties: { requireDigest: { type: "boolean", description: "Also require a digest (`image:tag@sha256:...`), since a tag can be pushed again." } },
      additionalProperties: false,
    },
  },
  check({ project, report, options }) {
    const requireDigest = options.requireDigest === true;
    for (const service of project.services) {
      const image = service.image;
      // With `build:`, `image:` names what the build produces; nothing is pulled by tag.
      if (!image || service.build) continue;
      const ref = image.value;
      if (ref.text === "" || ref.digest) continue;
      // `app:${TAG}` or `${IMAGE}`: the tag (or a digest) is chosen when the file is deployed.
      const chosenAtDeploy = image.raw !== undefined && image.raw.slice(image.raw.lastIndexOf("/") + 1).includes("$");
      const name = service.name.value;
      const from = image.raw !== undefined ? ` (from \`${image.raw}\`)` : "";
      if (!ref.tag) {
        if (chosenAtDeploy) continue;
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses image "${ref.text}" without a tag, so Docker pulls whatever \`latest\` points to that day and a new host can run different code. Pin a version tag or a digest.`,
        });
      } else if (ref.tag === "latest") {
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses "${ref.text}"${from}; \`latest\` moves with every release, so a new host or a pull can run different code. Pin a version tag or a digest.`,
        });
      } else if (requireDigest && !chosenAtDeploy) {
        report({
          at: image,
          service: name,
          message: (who) => `${who} uses "${ref.text}" without a digest; the tag can be pushed again to point at other content. Pin it as "${ref.text}@sha256:<digest>".`,
        });
      }
    }
  },
});
