import { defineRule } from "../src/engine/rule.js";
import { validateComposeSchema } from "../src/schema/validate.js";

export default defineRule({
  meta: {
    id: "compose-schema",
    description: "The file does not follow the Compose Specification: an unknown key, or a value of the wrong type.",
    level: "error",
    preset: "recommended",
    tags: ["correctness"],
    help:
      "Docker Compose checks a file against the Compose Specification before it runs anything and refuses the whole file for one misspelt key or one value of the wrong type; other tools that read compose files may instead ignore the key silently, so a misspelt `read_onyl: true` protects nothing. Fix the key (the message names the nearest valid one) or the value; custom keys must start with `x-`.",
    securitySeverity: 1.0,
  },
  check({ project, report }) {
    // Docker Compose validates every file of a project before merging them.
    for (const file of project.files) for (const problem of validateComposeSchema(file)) report({ at: problem.span, message: problem.message });
  },
});
