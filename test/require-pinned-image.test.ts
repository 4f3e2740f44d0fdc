/** The `requireDigest` option, which the fixture runner cannot pass. */
import { describe, expect, test } from "vitest";
import rule from "../rules/require-pinned-image.js";
import { lintText } from "../src/lint.js";

const compose = `services:
  web:
    image: nginx:1.27.2
  db:
    image: postgres:16.4@sha256:4ec37d2a07a0067f176fdcc9d4bb633a5724d2cc4f892c7a2046d054bb6939e5
  api:
    image: ghcr.io/example/api:\${API_VERSION}
  built:
    build: .
    image: example/built:2.0
`;

function lines(options: Record<string, unknown>): number[] {
  const result = lintText(compose, "compose.yaml", {
    env: {},
    ruleSet: [rule],
    rules: { [rule.meta.id]: rule.meta.level },
    ruleOptions: { [rule.meta.id]: options },
  });
  return result.findings.map((f) => f.span.line);
}

describe("require-pinned-image requireDigest", () => {
  test("a version tag is enough by default", () => {
    expect(lines({})).toEqual([]);
  });

  test("with requireDigest, a tag without a digest is reported; digests, deploy-time tags and builds are not", () => {
    expect(lines({ requireDigest: true })).toEqual([3]);
  });
});
