import { defineRule } from "../src/engine/rule.js";
import type { Kind, PasswordOptions } from "../src/model/secrets.js";
import { ARTICLE, CLIENT_PASSWORD_OPTIONS, carriesNoSecret, embeddedSecret, optionKind, strength, writtenText } from "../src/model/secrets.js";
import type { CommandLine, Span } from "../src/model/types.js";

/*
 * Reads every command line word by word, as the file writes it (before interpolation), so a value
 * that Compose takes from the environment is never judged nor measured. Nothing printed contains
 * the secret: messages show its length, a masked URL or a well-known default.
 */

/** A word of a command line without its quotes, with the span of the list item or string holding it. */
interface Word {
  text: string;
  span: Span;
}

interface Secret {
  at: Span;
  /** `with \`--requirepass\``, `in \`PGPASSWORD\``, `inside a URL ("redis://:***@cache")`. */
  how: string;
  kind: Kind;
  words: string;
  weak: boolean;
  fallbackFor?: string[];
}

const PLACES = { command: "command", entrypoint: "entrypoint", healthcheck: "healthcheck test" } as const;

/** The words as written in the file, before interpolation: a value from the environment is not the file's. */
function wordsOf(line: CommandLine): Word[] {
  const pieces = line.form === "list" ? line.args.map((arg) => ({ raw: arg.raw ?? arg.value, span: arg.span })) : [{ raw: line.raw ?? line.text, span: line.span }];
  return pieces.flatMap(({ raw, span }) => raw.split(/\s+/).flatMap((word) => (word ? [{ text: word.replace(/\\?["']/g, ""), span }] : [])));
}

/**
 * The secret a value written in the file holds, unless it is empty, a placeholder, expanded at run
 * time, or settings that name a secret kept elsewhere (`docker build --secret id=npm,src=...`).
 */
function literal(raw: string, at: Span, kind: Kind, how: string): Secret | undefined {
  const shown = writtenText(raw);
  const text = shown?.text.replace(/[;&|]+$/, "").replace(/^([^(]*)\)+$/, "$1");
  if (!shown || text === undefined || carriesNoSecret(text) || /\$[\w{(]|`/.test(text) || /^[a-z]+=[^=]/.test(text)) return undefined;
  return { at, how, kind, ...strength(text), ...(shown.fallbackFor ? { fallbackFor: shown.fallbackFor } : {}) };
}

/** The kind of secret `option` takes as the next word, for the client program it is given to. */
function optionTakes(option: string, client: PasswordOptions | undefined): Kind | undefined {
  if (option === client?.separate) return "password";
  if (option === "--password" && client?.promptingPassword) return undefined;
  return optionKind(option.replace(/^-+/, ""));
}

const NOTHING: [undefined, false] = [undefined, false];

/** The secret word `i` passes, and whether that secret is the next word. */
function secretAt(words: readonly Word[], i: number, client: PasswordOptions | undefined): [Secret | undefined, boolean] {
  const { text, span } = words[i]!;
  // Every way below needs an option (`-...`: an attached password too), an `=` or an `@`; most words have none.
  if (text.charCodeAt(0) !== 45 && !text.includes("=") && !text.includes("@")) return NOTHING;
  const assignment = /^(-{0,2}[A-Za-z_][\w.-]*)=(.*)$/.exec(text);
  const assigned = assignment && optionKind(assignment[1]!.replace(/^-+/, ""));
  if (assigned) return [literal(assignment[2]!, span, assigned, `${assignment[1]!.startsWith("-") ? "with" : "in"} \`${assignment[1]}\``), false];
  if (client?.attached && text.startsWith(client.attached) && text.length > client.attached.length) {
    return [literal(text.slice(client.attached.length), span, "password", `with \`${client.attached}\``), false];
  }
  const option = /^(--?[A-Za-z][\w.-]+|-\w)$/.exec(text)?.[1];
  const kind = option && optionTakes(option, client);
  const next = words[i + 1];
  if (kind && next && !next.text.startsWith("-")) return [literal(next.text, next.span, kind, `with \`${option}\``), true];
  const shown = writtenText(text);
  const embedded = shown && embeddedSecret(shown.text);
  if (!embedded) return NOTHING;
  const sameAs = embedded.user && embedded.user === embedded.secret ? "the user name" : undefined;
  const how = `inside a URL ("${embedded.masked}")`;
  return [{ at: span, how, kind: "password", ...strength(embedded.secret, sameAs), ...(shown.fallbackFor ? { fallbackFor: shown.fallbackFor } : {}) }, false];
}

function secretsOn(words: readonly Word[]): Secret[] {
  const found: Secret[] = [];
  let client: PasswordOptions | undefined;
  for (let i = 0; i < words.length; i++) {
    const [secret, tookNext] = secretAt(words, i, client);
    if (secret) found.push(secret);
    if (tookNext) i++;
    const text = words[i]!.text;
    const program = text.replace(/^[$(`]+|[;&|)`]+$/g, "").split("/").at(-1) ?? "";
    client = CLIENT_PASSWORD_OPTIONS.get(program) ?? (/[;&|]$/.test(text) ? undefined : client);
  }
  return found;
}

export default defineRule({
  meta: {
    id: "no-secret-in-command",
    description: "A password or token is written on a command line: in `command`, `entrypoint` or `healthcheck.test`.",
    level: "error",
    preset: "recommended",
    tags: ["security", "secrets", "credentials"],
    help:
      "A command line is not private: every user on the host reads it in `ps` and /proc/<pid>/cmdline, anyone with Docker access in `docker inspect` (healthcheck commands and their output too), besides everyone who reads the compose file (CWE-214). Give the program its secret in a file mounted as a Compose secret (a config file, a `--*-file` option, an image's `*_FILE` variable) or in an environment variable it reads (`REDISCLI_AUTH`, `PGPASSWORD`). Values Compose interpolates (`${REDIS_PASSWORD}`) and `$$VAR` expanded by the container's shell are not reported. Messages never show the secret, only its length.",
    securitySeverity: 7.5,
  },
  check({ project, report }) {
    for (const service of project.services) {
      for (const place of Object.keys(PLACES) as (keyof typeof PLACES)[]) {
        const line = service[place];
        if (!line) continue;
        for (const secret of secretsOn(wordsOf(line))) {
          const unset = secret.fallbackFor ? ` whenever ${secret.fallbackFor.join(", ")} is unset` : "";
          report({
            at: secret.at,
            redact: true,
            ...(secret.fallbackFor && !secret.weak ? { level: "warning" as const } : {}),
            service: service.name.value,
            message: (who) =>
              `${who} passes ${ARTICLE[secret.kind]} (${secret.words}) ${secret.how} in its ${PLACES[place]}${unset}: ` +
              `every user on the host sees it in \`ps\`, and anyone with Docker access in \`docker inspect\`. ` +
              `Give it to the program in a file mounted as a Compose secret, or in an environment variable the program reads.`,
          });
        }
      }
    }
  },
});
