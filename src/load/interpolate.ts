/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?err}`, `${VAR?err}`, `${VAR:+alt}`, `${VAR+alt}`, and `$$` for a literal `$`.
 * Defaults may themselves contain interpolations (`${A:-${B:-x}}`), as in Compose.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

export interface Interpolated {
  value: string;
  /** Names of the variables the text refers to. */
  variables: string[];
  /**
   * True when `${...}` nest deeper than MAX_INTERPOLATION_DEPTH: the text was not evaluated
   * (`value` is the text as written), so the caller must say it could not judge it.
   */
  tooDeep?: boolean;
  /**
   * The variables whose values (from the environment or `.env`, not from the file's own text)
   * went into `value`. A message may show `value` only when this is empty: an environment value
   * can be a secret the compose file never wrote.
   */
  substituted: Substitution[];
  /** True when `substituted` is not empty. */
  external: boolean;
}

/** A variable's value that interpolation put into a result. */
export interface Substitution {
  name: string;
  value: string;
}

/** What one interpolation refers to and takes from outside the file. */
interface Trace {
  variables: string[];
  substituted: Substitution[];
}

/** A variable's value, or undefined when it is unset. */
export type Lookup = (name: string) => string | undefined;

/**
 * A variable's value in a set of variables: only its own count (`constructor` or `toString` is
 * unset for Compose, not a member every JavaScript object inherits).
 */
export function variable(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  return Object.hasOwn(env, name) ? env[name] : undefined;
}

/** Looks a variable up, recording it, and recording its value when it goes into the result. */
function lookUp(name: string, env: Lookup, trace: Trace): string | undefined {
  trace.variables.push(name);
  return env(name);
}

function take(name: string, value: string, trace: Trace): string {
  if (value !== "") trace.substituted.push({ name, value });
  return value;
}

/** How deep `${A:-${B:-...}}` may nest before compose-lint stops evaluating (the stack is finite). */
export const MAX_INTERPOLATION_DEPTH = 64;

/** What a finding says where interpolation nests too deep to evaluate. */
export function tooDeepMessage(): string {
  return `not linted: interpolation nested deeper than ${MAX_INTERPOLATION_DEPTH} levels (\`\${A:-\${B:-...}}\`); compose-lint judged the text as written, Docker evaluates it`;
}

/** Thrown inside the evaluation when nesting passes the limit; never leaves this module. */
class TooDeep extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** True when `text` contains something interpolation would change. */
export function hasInterpolation(text: string): boolean {
  return text.includes("$");
}

/** The text with the environment's variables put in (its own variables only, see `variable`). */
export function interpolate(text: string, env: Environment): Interpolated {
  return interpolateWith(text, (name) => variable(env, name));
}

/** The text with the variables `lookup` knows put in (env files look in several places, in order). */
export function interpolateWith(text: string, env: Lookup): Interpolated {
  const trace: Trace = { variables: [], substituted: [] };
  try {
    const value = expand(text, env, trace, 0);
    return { value, variables: trace.variables, substituted: trace.substituted, external: trace.substituted.length > 0 };
  } catch (error) {
    // Not evaluated: the value is the text as written, so nothing came from the environment.
    if (error instanceof TooDeep) return { value: text, variables: trace.variables, substituted: [], external: false, tooDeep: true };
    throw error;
  }
}

function expand(text: string, env: Lookup, trace: Trace, depth: number): string {
  if (depth > MAX_INTERPOLATION_DEPTH) throw new TooDeep();
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== "$") {
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const close = findClose(text, i + 2);
      if (close < 0) {
        // Unterminated: Compose rejects it; keep the text as written so nothing is invented.
        out += text.slice(i);
        break;
      }
      out += expandBraced(text.slice(i + 2, close), env, trace, depth);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1));
    if (name) {
      out += take(name[0], lookUp(name[0], env, trace) ?? "", trace);
      i += 1 + name[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index of the `}` closing a `${` whose body starts at `from`, honouring nested `${...}`. */
export function findClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "$") {
      i++;
    } else if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function expandBraced(body: string, env: Lookup, trace: Trace, depth: number): string {
  const name = NAME.exec(body);
  if (!name) return "";
  const current = lookUp(name[0], env, trace);
  const taken = () => take(name[0], current ?? "", trace);
  const rest = body.slice(name[0].length);
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!operator) return taken();
  const argument = () => expand(rest.slice(operator.length), env, trace, depth + 1);
  const setNonEmpty = current !== undefined && current !== "";
  const set = current !== undefined;
  switch (operator) {
    case ":-":
      return setNonEmpty ? taken() : argument();
    case "-":
      return set ? taken() : argument();
    case ":+":
      return setNonEmpty ? argument() : "";
    case "+":
      return set ? argument() : "";
    default:
      // `:?` / `?`: Compose stops with the message when unset; a linter evaluates what it can.
      return taken();
  }
}
