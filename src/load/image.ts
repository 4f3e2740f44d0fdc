import type { ImageRef } from "../model/types.js";

/**
 * Splits an image reference into registry, repository, tag and digest the way Docker reads it:
 * the first path component is a registry only when it has a `.` or a `:` or is `localhost`.
 */
export function parseImageRef(text: string): ImageRef {
  const trimmed = text.trim();
  let rest = trimmed;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const components = rest.split("/");
  let registry = "docker.io";
  const first = components[0] ?? "";
  // distribution/reference splitDockerDomain: a first component with `.` or `:`, `localhost`, or
  // an upper-case letter (never valid in a repository name) is a registry; index.docker.io is docker.io.
  if (components.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    registry = first === "index.docker.io" ? "docker.io" : first;
    components.shift();
  }
  if (registry === "docker.io" && components.length === 1) components.unshift("library");
  const repository = components.join("/").toLowerCase();
  const name = components[components.length - 1]?.toLowerCase() ?? "";
  const ref: ImageRef = { text: trimmed, registry, repository, name };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}
